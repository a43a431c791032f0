#pragma once

#include <QByteArray>
#include <QString>

namespace GoDual::VsCodeSettings {

struct Setting {
    QString value;
    int line = 0; // 1-based; 0 when the setting is absent
};

// The `go.goroot` setting of a VS Code settings.json. VS Code writes JSON with comments and
// trailing commas, which strict JSON parsers refuse: read with the JSONC reader (jsonc.h), the last
// occurrence winning as in VS Code; a file it refuses is searched line by line for the key.
Setting goroot(const QByteArray &settingsJson);

} // namespace GoDual::VsCodeSettings
