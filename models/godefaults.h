#pragma once

#include "snapshot.h"

namespace GoDual::GoDefaults {

// The Go variables GoDual follows through start-up files, the environment, the registry and the go
// env file: GOROOT, GOPATH, GOBIN, GOTOOLCHAIN, GOPROXY, GOSUMDB, GOFLAGS, ...
const QStringList &variables();

// Go's built-in values of the settings GoDual shows, as `go env` prints them when nothing sets
// them (the standard release's $GOROOT/go.env gives GOPROXY, GOSUMDB and GOTOOLCHAIN; GOPATH is
// the home folder's go). `gopath` is that side's default GOPATH ($HOME/go, %USERPROFILE%\go).
QList<std::pair<QString, QString>> values(const QString &gopath);

// Adds Go's default, with origin `default`, for every setting of values() that `env` lacks.
// Go's precedence is environment > go env file > $GOROOT/go.env > built-in: callers put the first
// two (and, where it is read, the $GOROOT/go.env layer) into `env` before calling this, so only
// what nothing set gets the built-in value. An empty `gopath` adds no GOPATH.
void fillIn(QMap<QString, EnvValue> &env, const QString &gopath);

} // namespace GoDual::GoDefaults
