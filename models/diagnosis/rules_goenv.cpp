// Rules about where Go settings come from: the go env file, start-up files, the checksum database.

#include "diagnosis/rules.h"
#include "diagnosis/rulesupport.h"
#include "gosettings.h"

namespace GoDual::Rules {

using S = Finding::Severity;

QList<Finding> goenvFileConflict(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        for (auto it = side.goEnvFileValues.cbegin(); it != side.goEnvFileValues.cend(); ++it) {
            const QString &name = it.key();
            if (name == QLatin1StringView("GOROOT")) {
                out.append(about({ QStringLiteral("GOROOT") },
                    finding("goenv-file-conflict", S::Warning, side,
                        tr("the go env file sets GOROOT=%1 (%2); GOROOT belongs to the toolchain, not to a user "
                           "setting")
                            .arg(it->value, text(it->origin)),
                        { QStringLiteral("GOROOT=") + originNote(*it) }, tr("Run 'go env -u GOROOT' on this side."))));
                continue;
            }
            const auto env = side.env.constFind(name);
            if (env == side.env.cend() || env->origin == it->origin || env->value == it->value)
                continue;
            out.append(about({ name },
                finding("goenv-file-conflict", S::Warning, side,
                    tr("%1 is %2 in the go env file (%3) but %4 in the environment (%5), which wins")
                        .arg(name, it->value, text(it->origin), env->value, text(env->origin)),
                    { name + u'=' + originNote(*it), name + u'=' + originNote(*env) },
                    tr("Keep one: run 'go env -u %1', or remove the setting at %2.").arg(name, text(env->origin)))));
        }
    }
    return out;
}

QList<Finding> checksumDbDisabled(const Snapshot &s)
{
    // side.env holds each setting as Go resolves it: the environment, then the go env file, then
    // $GOROOT/go.env. GOINSECURE only allows plain HTTP fetches; it does not skip checksums.
    QList<Finding> out;
    for (const Side &side : s.sides) {
        QStringList why;
        if (const auto v = side.env.constFind(QStringLiteral("GOSUMDB"));
            v != side.env.cend() && v->value == QLatin1StringView("off"))
            why.append(QStringLiteral("GOSUMDB=") + originNote(*v));
        if (const auto v = GoSettings::noSumDb(side.env); v && GoSettings::matchesEveryModule(v->value)) {
            const bool own = side.env.value(QStringLiteral("GONOSUMDB")).value.isEmpty() == false;
            why.append(own ? QString(QStringLiteral("GONOSUMDB=") + originNote(*v))
                           : QString(QStringLiteral("GOPRIVATE=") + originNote(*v)
                                 + QStringLiteral(" (GONOSUMDB's default)")));
        }
        if (const auto v = side.env.constFind(QStringLiteral("GOFLAGS"));
            v != side.env.cend() && GoSettings::flagsSetInsecure(v->value))
            why.append(QStringLiteral("GOFLAGS=") + originNote(*v));
        if (why.isEmpty())
            continue;
        QStringList vars;
        for (const QString &w : std::as_const(why))
            vars.append(w.section(u'=', 0, 0));
        out.append(about(vars,
            finding("checksum-db-disabled", S::Warning, side,
                tr("module checksums are not verified against the checksum database: %1")
                    .arg(why.join(QStringLiteral("; "))),
                why, tr("Remove these settings; list only private module paths in GOPRIVATE."))));
    }
    return out;
}

QList<Finding> rcConflictingExports(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (isWindows(side))
            continue;
        QStringList reported;
        for (qsizetype i = 0; i < side.rcAssignments.size(); ++i) {
            const RcAssignment &a = side.rcAssignments[i];
            if (a.variable == QLatin1StringView("PATH") || reported.contains(a.variable))
                continue;
            for (qsizetype j = i + 1; j < side.rcAssignments.size(); ++j) {
                const RcAssignment &b = side.rcAssignments[j];
                if (b.variable != a.variable || b.file == a.file || b.value == a.value)
                    continue;
                reported.append(a.variable);
                const QString first = a.file + u':' + QString::number(a.line);
                const QString second = b.file + u':' + QString::number(b.line);
                out.append(about({ a.variable },
                    finding("rc-conflicting-exports", S::Warning, side,
                        tr("%1 is set to %2 at %3 and to %4 at %5").arg(a.variable, a.value, first, b.value, second),
                        { first + QStringLiteral(": ") + a.text, second + QStringLiteral(": ") + b.text },
                        tr("Set %1 in one start-up file only.").arg(a.variable))));
                break;
            }
        }
    }
    return out;
}

} // namespace GoDual::Rules
