#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>

namespace GoDual {

// The go env file (`go env -w`, ~/.config/go/env, %AppData%\go\env) rewritten exactly as cmd/go's
// updateEnvFile writes it (src/cmd/go/internal/envcmd/env.go), so that GoDual's change is the
// change `go env -w` / `go env -u` would make, byte for byte:
// - the file is split after each '\n'; a last line without one gets one;
// - a line's key is the text before its first '=' (a line without '=', or with '#' before it, has
//   none); of lines with the same key all but the last are deleted;
// - `set` rewrites the last line of the key as KEY=VALUE\n, or appends that line;
//   `unset` deletes it;
// - runs of key lines (between lines without a key, deleted lines included) are sorted by key,
//   byte-wise.
// So even a change of one key normalises the rest of the file the way `go env -w` does.
// Refused as cmd/go refuses them: keys it never writes (GOENV, GODEBUG, GOEXE, GOGCCFLAGS,
// GOHOSTARCH, GOHOSTOS, GOMOD, GOWORK, GOTOOLDIR, GOVERSION, GOTELEMETRY, GOTELEMETRYDIR), a
// relative GOPATH or GOMODCACHE, a GOPATH starting with '~', values holding a line break, a
// vertical tab or NUL. cmd/go also refuses a key it does not know; that list is Go's and not
// repeated here, so the caller passes only variables of the go command.
class GoEnvFileEdit {
    Q_DECLARE_TR_FUNCTIONS(GoDual::GoEnvFileEdit)

public:
    static Result<QByteArray> set(const QByteArray &file, const QString &key, const QString &value);
    static Result<QByteArray> unset(const QByteArray &file, const QString &key);
    // Several at once, as `go env -w A=1 B=2` (or -u); a key in both is an error.
    static Result<QByteArray> update(
        const QByteArray &file, const QMap<QString, QString> &set, const QSet<QString> &unset);
};

} // namespace GoDual
