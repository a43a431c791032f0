#include "edit/shellsyntax.h"

#include <QRegularExpression>

namespace GoDual {

namespace {

Result<void> checkName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!valid.match(name).hasMatch())
        return Failure { ShellSyntax::tr("'%1' is not a variable name a shell accepts").arg(name) };
    return {};
}

// A folder as compared with PATH entries: without trailing slashes (but "/" itself).
QString folder(const QString &path)
{
    QString out = path;
    while (out.size() > 1 && out.endsWith(u'/'))
        out.chop(1);
    return out;
}

} // namespace

Result<QString> ShellSyntax::quote(Shell shell, const QString &value)
{
    if (value.contains(u'\n') || value.contains(u'\r'))
        return Failure { tr("the value '%1' holds a line break, which a start-up file line cannot hold safely")
                .arg(QString(value).replace(u'\n', u' ').replace(u'\r', u' ')) };
    if (value.contains(QChar(0)))
        return Failure { tr("the value holds a NUL character") };
    if (shell == Shell::Fish) {
        // Inside fish's single quotes only \' and \\ are escapes.
        QString escaped = value;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        return QString(u'\'' + escaped + u'\'');
    }
    // Inside POSIX single quotes nothing is special; a quote ends them, so ' is written '\''.
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return QString(u'\'' + escaped + u'\'');
}

Result<QStringList> ShellSyntax::setVariable(Shell shell, const QString &name, const QString &value)
{
    if (const auto ok = checkName(name); !ok)
        return Failure { ok.error() };
    const auto quoted = quote(shell, value);
    if (!quoted)
        return Failure { quoted.error() };
    if (shell == Shell::Fish)
        return QStringList { QStringLiteral("set -gx %1 %2").arg(name, *quoted) };
    return QStringList { QStringLiteral("export %1=%2").arg(name, *quoted) };
}

Result<QStringList> ShellSyntax::unsetVariable(Shell shell, const QString &name)
{
    if (const auto ok = checkName(name); !ok)
        return Failure { ok.error() };
    if (shell == Shell::Fish)
        return QStringList { QStringLiteral("set -e %1").arg(name) };
    return QStringList { QStringLiteral("unset %1").arg(name) };
}

Result<QStringList> ShellSyntax::prependPath(Shell shell, const QString &path)
{
    const auto quoted = quote(shell, folder(path));
    if (!quoted)
        return Failure { quoted.error() };
    if (shell == Shell::Fish) {
        return QStringList { QStringLiteral("if not contains -- %1 $PATH").arg(*quoted),
            QStringLiteral("    set -gx PATH %1 $PATH").arg(*quoted), QStringLiteral("end") };
    }
    // The quoted part of a case pattern is literal, so the folder matches only as itself.
    return QStringList { QStringLiteral("case \":$PATH:\" in"), QStringLiteral("    *:%1:*) ;;").arg(*quoted),
        QStringLiteral("    *) export PATH=%1\"${PATH:+:$PATH}\" ;;").arg(*quoted), QStringLiteral("esac") };
}

Result<QStringList> ShellSyntax::putPathFirst(Shell shell, const QString &path)
{
    const auto removed = removePathEntries(shell, { path }, QString());
    const auto quoted = quote(shell, folder(path));
    if (!removed || !quoted)
        return Failure { removed ? quoted.error() : removed.error() };
    QStringList lines = *removed;
    if (shell == Shell::Fish)
        lines.append(QStringLiteral("set -gx PATH %1 $PATH").arg(*quoted));
    else
        lines.append(QStringLiteral("export PATH=%1\"${PATH:+:$PATH}\"").arg(*quoted));
    return lines;
}

Result<QStringList> ShellSyntax::appendPath(Shell shell, const QString &path)
{
    const auto quoted = quote(shell, folder(path));
    if (!quoted)
        return Failure { quoted.error() };
    if (shell == Shell::Fish) {
        return QStringList { QStringLiteral("if not contains -- %1 $PATH").arg(*quoted),
            QStringLiteral("    set -gx PATH $PATH %1").arg(*quoted), QStringLiteral("end") };
    }
    return QStringList { QStringLiteral("case \":$PATH:\" in"), QStringLiteral("    *:%1:*) ;;").arg(*quoted),
        QStringLiteral("    *) export PATH=\"${PATH:+$PATH:}\"%1 ;;").arg(*quoted), QStringLiteral("esac") };
}

Result<QStringList> ShellSyntax::removePathEntries(Shell shell, const QStringList &prefixes, const QString &windowsRoot)
{
    QStringList quotedPrefixes;
    for (const QString &prefix : prefixes) {
        const auto quoted = quote(shell, folder(prefix));
        if (!quoted)
            return Failure { quoted.error() };
        quotedPrefixes.append(*quoted);
    }
    const QString root = folder(windowsRoot);
    const auto quotedRoot = quote(shell, root == u'/' ? QString() : root);
    if (!quotedRoot)
        return Failure { quotedRoot.error() };
    QStringList lines;
    if (shell == Shell::Fish) {
        // Prefixes are compared as text (string sub + test =), never as wildcard patterns.
        lines << QStringLiteral("set -l __godual_path");
        lines << QStringLiteral("for __godual_dir in $PATH");
        for (const QString &prefix : std::as_const(quotedPrefixes)) {
            lines << QStringLiteral(
                "    if test \"$__godual_dir\" = %1; or test \"$(string sub -l (string length -- %1/) "
                "-- \"$__godual_dir\")\" = %1/")
                         .arg(prefix);
            lines << QStringLiteral("        continue") << QStringLiteral("    end");
        }
        if (!windowsRoot.isEmpty()) {
            lines << QStringLiteral(
                "    if test \"$(string sub -l (string length -- %1/) -- \"$__godual_dir\")\" = %1/; "
                "and begin; test -e \"$__godual_dir/go.exe\"; or test -e \"$__godual_dir/go\"; end")
                         .arg(*quotedRoot);
            lines << QStringLiteral("        continue") << QStringLiteral("    end");
        }
        lines << QStringLiteral("    set -a __godual_path $__godual_dir");
        lines << QStringLiteral("end");
        lines << QStringLiteral("set -gx PATH $__godual_path");
        lines << QStringLiteral("set -e __godual_path __godual_dir");
        return lines;
    }
    // POSIX sh: walk "$PATH:" entry by entry; quoted parts of case patterns are literal.
    lines << QStringLiteral("__godual_path=") << QStringLiteral("__godual_rest=\"$PATH:\"");
    lines << QStringLiteral("while [ -n \"$__godual_rest\" ]; do");
    lines << QStringLiteral("    __godual_dir=\"${__godual_rest%%:*}\"");
    lines << QStringLiteral("    __godual_rest=\"${__godual_rest#*:}\"");
    if (!quotedPrefixes.isEmpty()) {
        QStringList patterns;
        for (const QString &prefix : std::as_const(quotedPrefixes))
            patterns << prefix << prefix + QStringLiteral("/*");
        lines << QStringLiteral("    case \"$__godual_dir\" in");
        lines << QStringLiteral("        %1) continue ;;").arg(patterns.join(u'|'));
        lines << QStringLiteral("    esac");
    }
    if (!windowsRoot.isEmpty()) {
        lines << QStringLiteral("    case \"$__godual_dir\" in");
        lines << QStringLiteral("        %1/*) if [ -e \"$__godual_dir/go.exe\" ] || [ -e \"$__godual_dir/go\" ]; then "
                                "continue; fi ;;")
                     .arg(*quotedRoot);
        lines << QStringLiteral("    esac");
    }
    lines << QStringLiteral("    __godual_path=\"${__godual_path:+$__godual_path:}$__godual_dir\"");
    lines << QStringLiteral("done");
    lines << QStringLiteral("export PATH=\"$__godual_path\"");
    lines << QStringLiteral("unset __godual_path __godual_rest __godual_dir");
    return lines;
}

} // namespace GoDual
