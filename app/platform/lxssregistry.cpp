#include "platform/lxssregistry.h"

#include "sideid.h"

namespace GoDual {

Origin LxssDistro::flagsOrigin() const
{
    return Origin::registry(key, QStringLiteral("Flags"), QStringLiteral("0x") + QString::number(flags, 16));
}

namespace LxssRegistry {

QList<LxssDistro> distros(const Registry &registry)
{
    QString defaultGuid;
    if (const auto d = registry.value(key, QStringLiteral("DefaultDistribution")); d && d->type == RegistryValue::Sz)
        defaultGuid = d->text.trimmed();

    QList<LxssDistro> out;
    for (const QString &guid : registry.subkeys(key)) {
        LxssDistro distro;
        distro.key = Registry::canonicalKey(key + u'\\' + guid);
        const auto name = registry.value(distro.key, QStringLiteral("DistributionName"));
        if (!name || name->type != RegistryValue::Sz || !SideId::isValidDistroName(name->text))
            continue;
        distro.name = name->text;
        if (const auto base = registry.value(distro.key, QStringLiteral("BasePath")); base) {
            distro.basePath = base->text;
            if (distro.basePath.startsWith(QLatin1StringView("\\\\?\\")))
                distro.basePath.remove(0, 4);
        }
        if (const auto flags = registry.value(distro.key, QStringLiteral("Flags"));
            flags && flags->type == RegistryValue::Dword) {
            distro.flags = quint32(flags->number);
            distro.flagsStored = true;
        }
        if (const auto state = registry.value(distro.key, QStringLiteral("State"));
            state && state->type == RegistryValue::Dword)
            distro.state = quint32(state->number);
        distro.isDefault = guid.compare(defaultGuid, Qt::CaseInsensitive) == 0;
        if (distro.isDefault)
            out.prepend(distro);
        else
            out.append(distro);
    }
    return out;
}

InteropSettings limitedByFlags(InteropSettings settings, const LxssDistro &distro)
{
    if (!(distro.flags & LxssDistro::kEnableInterop) && settings.enabled) {
        settings.enabled = false;
        settings.enabledOrigin = distro.flagsOrigin();
    }
    const bool appendAllowed
        = (distro.flags & LxssDistro::kEnableInterop) && (distro.flags & LxssDistro::kAppendNtPath);
    if (!appendAllowed && settings.appendWindowsPath) {
        settings.appendWindowsPath = false;
        settings.appendWindowsPathOrigin = distro.flagsOrigin();
    }
    return settings;
}

} // namespace LxssRegistry

} // namespace GoDual
