#include "diagnosis/diagnosis.h"

#include "diagnosis/rules.h"

#include <algorithm>

namespace GoDual::Diagnosis {

const QList<Rule> &rules()
{
    using S = Finding::Severity;
    static const QList<Rule> all {
        { QStringLiteral("windows-go-on-wsl-path"), S::Error, Rules::windowsGoOnWslPath },
        { QStringLiteral("goroot-mismatch"), S::Error, Rules::gorootMismatch },
        { QStringLiteral("goroot-invalid"), S::Error, Rules::gorootInvalid },
        { QStringLiteral("goroot-crosses-boundary"), S::Error, Rules::gorootCrossesBoundary },
        { QStringLiteral("wslenv-forwards-go-vars"), S::Warning, Rules::wslenvForwardsGoVars },
        { QStringLiteral("gopath-on-windows-drive"), S::Warning, Rules::gopathOnWindowsDrive },
        { QStringLiteral("gopath-inside-goroot"), S::Error, Rules::gopathInsideGoroot },
        { QStringLiteral("gopath-bin-not-on-path"), S::Warning, Rules::gopathBinNotOnPath },
        { QStringLiteral("go-shadowed-on-path"), S::Warning, Rules::goShadowedOnPath },
        { QStringLiteral("windows-path-appended"), S::Info, Rules::windowsPathAppended },
        { QStringLiteral("wsl-conf-ignored-lines"), S::Warning, Rules::wslConfIgnoredLines },
        { QStringLiteral("interop-disabled-but-needed"), S::Info, Rules::interopDisabledButNeeded },
        { QStringLiteral("path-entry-missing"), S::Info, Rules::pathEntryMissing },
        { QStringLiteral("path-entry-duplicate"), S::Info, Rules::pathEntryDuplicate },
        { QStringLiteral("path-unexpanded-variable"), S::Error, Rules::pathUnexpandedVariable },
        { QStringLiteral("path-too-long"), S::Warning, Rules::pathTooLong },
        { QStringLiteral("goenv-file-conflict"), S::Warning, Rules::goenvFileConflict },
        { QStringLiteral("checksum-db-disabled"), S::Warning, Rules::checksumDbDisabled },
        { QStringLiteral("rc-conflicting-exports"), S::Warning, Rules::rcConflictingExports },
        { QStringLiteral("kernel-modules-missing"), S::Warning, Rules::kernelModulesMissing },
        { QStringLiteral("vscode-goroot-mismatch"), S::Warning, Rules::vscodeGorootMismatch },
        { QStringLiteral("distro-not-scanned"), S::Info, Rules::distroNotScanned },
    };
    return all;
}

QList<Finding> run(const Snapshot &snapshot)
{
    QList<Finding> findings;
    for (const Rule &rule : rules())
        findings.append(rule.check(snapshot));
    // Sort keys computed once: building a side's name per comparison dominated large snapshots.
    QList<std::pair<QString, qsizetype>> keys;
    keys.reserve(findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        keys.append({ findings[i].side.toString(), i });
    std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        const Finding &fa = findings[a.second];
        const Finding &fb = findings[b.second];
        if (fa.severity != fb.severity)
            return fa.severity > fb.severity;
        if (a.first != b.first)
            return a.first < b.first;
        return fa.id < fb.id;
    });
    QList<Finding> sorted;
    sorted.reserve(findings.size());
    for (const auto &k : std::as_const(keys))
        sorted.append(std::move(findings[k.second]));
    return sorted;
}

} // namespace GoDual::Diagnosis
