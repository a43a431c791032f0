#pragma once

#include "snapshot.h"

#include <QByteArray>
#include <QMap>

namespace GoDual::GoEnvFile {

// The settings of a go env file (`go env -w`; ~/.config/go/env, %AppData%\go\env) read by Go's
// own rules: `KEY=VALUE` lines whose first byte is A-Z, everything else ignored, the first
// assignment of a key kept. Each value's origin is "<path>:<line>".
QMap<QString, EnvValue> parse(const QByteArray &content, const QString &path);

} // namespace GoDual::GoEnvFile
