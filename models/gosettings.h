#pragma once

#include "snapshot.h"

#include <QMap>
#include <QString>

#include <optional>

namespace GoDual::GoSettings {

// Where Go reads a setting from, highest first (cmd/go/internal/cfg: Getenv, readEnvFile).
struct Layers {
    QMap<QString, EnvValue> environment; // the OS environment; an empty value counts as unset
    QMap<QString, EnvValue> envFile; // the user's go env file (`go env -w`)
    QMap<QString, EnvValue> gorootEnv; // $GOROOT/go.env, the distribution's defaults
};

// The value Go uses for `name`: a non-empty environment value, else the go env file's (even an
// empty one: the file's key hides go.env's), else $GOROOT/go.env's. Nothing when no layer sets it.
std::optional<EnvValue> lookup(const Layers &layers, const QString &name);

// The modules exempt from the checksum database: GONOSUMDB, or GOPRIVATE when GONOSUMDB is empty
// (cfg.go: GONOSUMDB = envOr("GONOSUMDB", GOPRIVATE)). `settings` holds the values already
// resolved through the layers (a Side's env).
std::optional<EnvValue> noSumDb(const QMap<QString, EnvValue> &settings);

// Whether a comma-separated pattern list (GOPRIVATE, GONOSUMDB, ...) matches every module path,
// by golang.org/x/mod/module.MatchPrefixPatterns: each glob (a trailing '/' dropped, no spaces
// trimmed) is matched with path.Match against the target's first N+1 elements, N being the
// glob's slash count. A glob with a slash never matches a one-element path such as example.com,
// so only slash-free globs can match everything: those made of '*' alone, '*' with at most three
// '?' (the shortest valid first element, "a.b", has three characters), or '*.*' (every module
// path's first element holds a dot).
bool matchesEveryModule(const QString &patterns);

// Whether GOFLAGS turns on -insecure (`-insecure`, `--insecure`, `-insecure=true`, ...).
bool flagsSetInsecure(const QString &goflags);

} // namespace GoDual::GoSettings
