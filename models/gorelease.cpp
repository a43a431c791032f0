#include "gorelease.h"

namespace GoDual {

std::optional<GoReleaseFile> GoRelease::archiveFor(QStringView os, QStringView arch) const
{
    for (const GoReleaseFile &f : files) {
        if (f.kind == GoReleaseFile::Kind::Archive && f.os == os && f.arch == arch)
            return f;
    }
    return std::nullopt;
}

QString goOsFromKernelType(QStringView kernelType)
{
    if (kernelType == u"winnt")
        return QStringLiteral("windows");
    // Go and Qt agree on the others that Go ships archives for.
    if (kernelType == u"linux" || kernelType == u"darwin" || kernelType == u"freebsd" || kernelType == u"netbsd"
        || kernelType == u"openbsd")
        return kernelType.toString();
    return {};
}

QString goArchFromCpuArchitecture(QStringView cpuArchitecture)
{
    if (cpuArchitecture == u"x86_64")
        return QStringLiteral("amd64");
    if (cpuArchitecture == u"i386")
        return QStringLiteral("386");
    if (cpuArchitecture == u"arm64")
        return QStringLiteral("arm64");
    // Go publishes one 32-bit ARM archive, built for ARMv6 and named after it.
    if (cpuArchitecture == u"arm")
        return QStringLiteral("armv6l");
    if (cpuArchitecture == u"loongarch64")
        return QStringLiteral("loong64");
    if (cpuArchitecture == u"riscv64" || cpuArchitecture == u"s390x" || cpuArchitecture == u"ppc64le")
        return cpuArchitecture.toString();
    return {};
}

QString kindName(GoReleaseFile::Kind kind)
{
    switch (kind) {
    case GoReleaseFile::Kind::Archive:
        return QStringLiteral("archive");
    case GoReleaseFile::Kind::Installer:
        return QStringLiteral("installer");
    case GoReleaseFile::Kind::Source:
        return QStringLiteral("source");
    }
    return {};
}

} // namespace GoDual
