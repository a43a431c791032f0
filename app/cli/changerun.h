#pragma once

#include "changeset.h"
#include "cli/command.h"
#include "cli/commandline.h"
#include "result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QProcessEnvironment>

#include <functional>

namespace GoDual {
class ChangeApplier;
class WslCli;
} // namespace GoDual

namespace GoDual::Cli {

// The options every command of the write path shares (contract, "The write path").
struct ChangeRunOptions {
    bool dryRun = false;
    bool yes = false;
    bool noRestart = false;
    bool json = false;
};

// Adds --dry-run, --yes, --no-restart (when `restart`) and --json to `parser`.
void addChangeRunOptions(QCommandLineParser &parser, bool restart = true);
ChangeRunOptions changeRunOptions(const QCommandLineParser &parser);

// Shows `set`, asks (or stops without --yes when nobody can answer), applies it with `apply`,
// restarts the distros it needs restarted, prints the outcome. Returns the exit code.
using ApplyFunction = std::function<Result<void>(ChangeApplier &applier, const ChangeSet &set)>;
// After applying, `verify` (when set) gets the wsl.exe environment the change left (rebuilt from
// the registry) and the distros restarted, and returns what to report: lines for people and the
// JSON "verified" value.
struct Verification {
    QStringList lines;
    QJsonValue json = QJsonValue(QJsonValue::Undefined);
    // The change did not have its effect and was undone: the command exits 1, `lines` say why.
    bool failed = false;
};
using VerifyFunction
    = std::function<Verification(const QProcessEnvironment &wslEnvironment, const QStringList &restarted)>;
int runChangeSet(const QString &command, ChangeSet set, const ChangeRunOptions &options, Io &io,
    const ApplyFunction &apply, const VerifyFunction &verify = {});

// The distros `set` needs restarted that are running now; terminates them (wsl.exe --terminate).
// Returns the ones restarted; the others, and every one when `restart` is false, go to `pending`.
QStringList restartDistros(const ChangeSet &set, bool restart, const WslCli &wsl, QStringList &pending, Io &io);

} // namespace GoDual::Cli
