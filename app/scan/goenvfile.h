#pragma once

#include "snapshot.h"

#include <QByteArray>
#include <QMap>

namespace GoDual::GoEnvFile {

// The settings of a go env file (`go env -w`; ~/.config/go/env, %AppData%\go\env) or of
// $GOROOT/go.env, read as cmd/go's readEnvFile reads them: lines split at '\n' only; a line counts
// when it has a '=' and its first byte is A-Z, everything else is ignored; the key is everything
// before the first '=', the value everything after it, nothing trimmed (a CR before the '\n' stays
// part of the value); when a key repeats, the last assignment wins. Each value's origin is
// "<path>:<line>" of the line that won.
QMap<QString, EnvValue> parse(const QByteArray &content, const QString &path);

} // namespace GoDual::GoEnvFile
