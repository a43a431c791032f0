#include "gosettings.h"

#include <QStringList>

namespace GoDual::GoSettings {

std::optional<EnvValue> lookup(const Layers &layers, const QString &name)
{
    if (const auto it = layers.environment.constFind(name); it != layers.environment.cend() && !it->value.isEmpty())
        return *it;
    if (const auto it = layers.envFile.constFind(name); it != layers.envFile.cend())
        return *it;
    if (const auto it = layers.gorootEnv.constFind(name); it != layers.gorootEnv.cend())
        return *it;
    return std::nullopt;
}

std::optional<EnvValue> noSumDb(const QMap<QString, EnvValue> &settings)
{
    if (const auto it = settings.constFind(QStringLiteral("GONOSUMDB")); it != settings.cend() && !it->value.isEmpty())
        return *it;
    if (const auto it = settings.constFind(QStringLiteral("GOPRIVATE")); it != settings.cend() && !it->value.isEmpty())
        return *it;
    return std::nullopt;
}

namespace {

bool globMatchesEveryModule(QStringView glob)
{
    if (glob.contains(u'/') || glob.isEmpty())
        return false;
    qsizetype stars = 0;
    qsizetype questions = 0;
    qsizetype dots = 0;
    for (const QChar c : glob) {
        if (c == u'*')
            ++stars;
        else if (c == u'?')
            ++questions;
        else if (c == u'.')
            ++dots;
        else
            return false;
    }
    if (stars == 0)
        return false;
    if (dots == 0)
        return questions <= 3;
    // "*.*": a dot with stars on both sides and nothing else.
    return dots == 1 && questions == 0 && glob.front() == u'*' && glob.back() == u'*';
}

} // namespace

bool matchesEveryModule(const QString &patterns)
{
    for (QStringView glob : QStringView(patterns).split(u',')) {
        if (glob.endsWith(u'/'))
            glob.chop(1); // strings.TrimSuffix drops one '/': "*//" keeps a slash
        if (globMatchesEveryModule(glob))
            return true;
    }
    return false;
}

bool flagsSetInsecure(const QString &goflags)
{
    static const QStringList truths { QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"),
        QStringLiteral("true"), QStringLiteral("TRUE"), QStringLiteral("True") };
    // strings.Fields: any run of white space separates flags.
    const QString fields = goflags.simplified();
    for (QStringView flag : QStringView(fields).split(u' ', Qt::SkipEmptyParts)) {
        if (flag.startsWith(u"--"))
            flag = flag.mid(2);
        else if (flag.startsWith(u'-'))
            flag = flag.mid(1);
        else
            continue;
        if (flag == u"insecure")
            return true;
        if (flag.startsWith(u"insecure=") && truths.contains(flag.mid(9).toString()))
            return true;
    }
    return false;
}

} // namespace GoDual::GoSettings
