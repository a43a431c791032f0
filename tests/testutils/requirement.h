#pragma once

#include <QByteArray>
#include <QString>
#include <QTest>

namespace GoDual::Test {

// True in CI (CI=true, as CI services and .ci/run set it): there every requirement of a test
// (root, chroot, Wine, a shell, a tool) is part of the build root, so a missing one is a broken
// environment and must fail the run instead of turning the test into a quiet skip.
inline bool requirementsAreMandatory()
{
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return ci == "true" || ci == "1" || ci == "yes";
}

inline QByteArray missingRequirement(const QString &what)
{
    if (requirementsAreMandatory())
        return QStringLiteral("CI=true and a requirement is missing: %1").arg(what).toUtf8();
    return what.toUtf8();
}

inline QByteArray missingRequirement(const char *what) { return missingRequirement(QString::fromUtf8(what)); }

// Root: the fake wsl.exe enters its distros with chroot and mount namespaces.
bool isRoot();

} // namespace GoDual::Test

// Skips the calling test with `what` (a const char * or QString saying what is missing and where
// to get it) when `available` is false, or fails it under CI=true. A macro, so that QSKIP and
// QFAIL return from the test function itself; a helper function using it returns only from the
// helper, so call it in the test (or init/initTestCase) instead.
#define GODUAL_REQUIRE_OR_SKIP(available, what)                                                                        \
    do {                                                                                                               \
        if (!(available)) {                                                                                            \
            const QByteArray godualMissing_ = GoDual::Test::missingRequirement(what);                                  \
            if (GoDual::Test::requirementsAreMandatory())                                                              \
                QFAIL(godualMissing_.constData());                                                                     \
            QSKIP(godualMissing_.constData());                                                                         \
        }                                                                                                              \
    } while (false)

// The fake wsl.exe's distros: root, which tools/dev test provides (as root or in a user namespace).
#define GODUAL_REQUIRE_ROOT()                                                                                          \
    GODUAL_REQUIRE_OR_SKIP(GoDual::Test::isRoot(),                                                                     \
        "the fake wsl.exe enters its distros with chroot and needs root (tools/dev test runs as root)")
