#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace GoDual {

// Reads Windows files by their Windows paths (C:\Users\dev\go). On Windows these are the real
// files; elsewhere the GODUAL_WINDOWS_ROOT folder stands for the drives (<root>/c is C:\) and
// names are matched case-insensitively, as NTFS does. Blocking: call it off the GUI thread.
class WindowsFiles {
public:
    virtual ~WindowsFiles() = default;

    virtual bool isFile(const QString &windowsPath) const = 0;
    virtual bool isDir(const QString &windowsPath) const = 0;
    // At most `maxBytes` bytes; empty when the file is missing or unreadable.
    virtual QByteArray read(const QString &windowsPath, qint64 maxBytes = 1 << 20) const = 0;
    // Names of the subfolders of `windowsDir` that start with `prefix` (case-insensitive).
    virtual QStringList subdirs(const QString &windowsDir, const QString &prefix = {}) const = 0;
    // This machine's path of an existing folder or file (for writing to it); empty when
    // `windowsPath` is not a drive path or does not exist.
    virtual QString existingLocalPath(const QString &windowsPath) const = 0;

    // The files behind `root` (the GODUAL_WINDOWS_ROOT layout).
    static std::unique_ptr<WindowsFiles> mapped(const QString &root);
    // The real drives, on Windows.
    static std::unique_ptr<WindowsFiles> native();
};

// Joins Windows path components with one backslash.
QString windowsPathJoin(const QString &dir, const QString &name);

} // namespace GoDual
