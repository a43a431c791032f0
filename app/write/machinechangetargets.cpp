#include "write/machinechangetargets.h"

#include "platform/windowsfiles.h"
#include "platform/writableregistry.h"
#include "write/linuxfilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace GoDual {

MachineChangeTargets::MachineChangeTargets(MachineSeams seams)
    : m_seams(std::move(seams))
    , m_wsl(m_seams.wsl)
{
}

Result<void> MachineChangeTargets::apply(const SideId &side, const QList<Change> &changes, Check check)
{
    switch (side.kind()) {
    case SideId::Kind::Local:
        return LinuxFileWriter().write(changes, check);
    case SideId::Kind::Wsl:
        if (m_seams.wsl.isEmpty())
            return Failure { tr("%1: there is no wsl.exe to write through").arg(side.toString()) };
        return LinuxFileWriter(m_wsl, side.distro()).write(changes, check);
    case SideId::Kind::Windows:
        return applyWindows(changes, check);
    }
    return {};
}

Result<void> MachineChangeTargets::clean(const SideId &side, const QList<Change> &changes)
{
    QList<Change> files;
    for (const Change &c : changes) {
        if (!c.isRegistry())
            files.append(c);
    }
    switch (side.kind()) {
    case SideId::Kind::Local:
        return LinuxFileWriter().clean(files);
    case SideId::Kind::Wsl:
        return m_seams.wsl.isEmpty() ? Result<void> {} : LinuxFileWriter(m_wsl, side.distro()).clean(files);
    case SideId::Kind::Windows:
        return {}; // QSaveFile and the registry leave nothing behind
    }
    return {};
}

namespace {

// This machine's path for a Windows file, existing or about to be created in an existing folder.
QString localPathFor(const WindowsFiles &files, const QString &windowsPath)
{
    if (const QString existing = files.existingLocalPath(windowsPath); !existing.isEmpty())
        return existing;
    const qsizetype slash = windowsPath.lastIndexOf(u'\\');
    if (slash <= 0)
        return {};
    const QString dir = files.existingLocalPath(windowsPath.left(slash));
    return dir.isEmpty() ? QString() : QDir(dir).filePath(windowsPath.mid(slash + 1));
}

std::optional<QByteArray> readLocal(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

Result<void> writeLocal(const QString &path, const std::optional<QByteArray> &bytes, const QString &shown)
{
    if (!bytes) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Failure { MachineChangeTargets::tr("%1: cannot delete it").arg(shown) };
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Failure { MachineChangeTargets::tr("%1: cannot write it: %2").arg(shown, file.errorString()) };
    return {};
}

} // namespace

Result<void> MachineChangeTargets::applyWindows(const QList<Change> &changes, Check check)
{
    if (changes.isEmpty())
        return {};
    auto registry = openWritableRegistry(m_seams);
    const auto files = openWindowsFiles(m_seams);
    bool registryChanged = false;
    // 1. Every target still holds what the plan was made from (Before), or the ones that do not
    // are left as they are (IfBefore), or nothing is checked (None).
    QList<Change> toWrite;
    for (const Change &c : changes) {
        bool holdsBefore = true;
        if (c.isRegistry()) {
            if (!registry)
                return Failure { registry.error() };
            holdsBefore = (*registry)->value(c.registryKey, c.registryName) == c.beforeValue;
        } else {
            const QString local = localPathFor(*files, c.target);
            if (local.isEmpty())
                return Failure { tr("%1: its folder does not exist").arg(c.target) };
            holdsBefore = readLocal(local) == c.before;
        }
        if (!holdsBefore && check == Check::Before)
            return Failure {
                tr("%1 changed after GoDual read it; nothing was written (scan again and retry)").arg(c.target)
            };
        if (holdsBefore || check == Check::None)
            toWrite.append(c);
    }
    // 2. One target at a time, the old state kept in `c` to put back if a later one fails.
    QList<Change> done;
    QString failure;
    for (const Change &c : std::as_const(toWrite)) {
        Result<void> r;
        if (c.isRegistry()) {
            r = c.afterValue ? (*registry)->setValue(c.registryKey, c.registryName, *c.afterValue)
                             : (*registry)->deleteValue(c.registryKey, c.registryName);
            registryChanged = registryChanged || r.ok();
        } else {
            r = writeLocal(localPathFor(*files, c.target), c.after, c.target);
        }
        if (!r) {
            failure = r.error();
            break;
        }
        done.append(c);
    }
    for (auto it = done.crbegin(); failure.size() && it != done.crend(); ++it) {
        if (it->isRegistry()) {
            if (it->beforeValue)
                (void)(*registry)->setValue(it->registryKey, it->registryName, *it->beforeValue);
            else
                (void)(*registry)->deleteValue(it->registryKey, it->registryName);
        } else {
            (void)writeLocal(localPathFor(*files, it->target), it->before, it->target);
        }
    }
    if (registryChanged) {
        // Explorer and the programs that listen start new processes with the new environment,
        // and so does GoDual for the wsl.exe calls it makes from now on.
        if (auto r = (*registry)->notifyEnvironmentChanged(); !r && failure.isEmpty())
            failure = r.error();
        m_wsl.refreshEnvironment(**registry);
    }
    if (!failure.isEmpty())
        return Failure { failure };
    return {};
}

} // namespace GoDual
