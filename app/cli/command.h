#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace GoDual::Cli {

// Where a command writes; tests hand in string-backed streams.
struct Io {
    QTextStream &out;
    QTextStream &err;
    bool outIsTerminal = false;
    // Where a command asks for confirmation; null when stdin is not an interactive terminal, so a
    // command never waits for an answer nobody can give.
    QTextStream *in = nullptr;
};

// One subcommand of `godual`. `run` gets the arguments after the command's name.
struct Command {
    QString name;
    QString synopsis; // "diagnose [--json] [--side ID]..."
    QString summary; // one line, translated
    std::function<int(const QStringList &args, Io &io)> run;
};

// Every command this build has, in the order `godual --help` lists them.
QList<Command> commands();

} // namespace GoDual::Cli
