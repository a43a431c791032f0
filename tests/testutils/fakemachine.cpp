#include "fakemachine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace GoDual::Test {

namespace {

const QString kFakes = QStringLiteral(GODUAL_FAKES_DIR);

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
    return {};
}

} // namespace

FakeMachine::FakeMachine()
    : m_dir(std::make_unique<QTemporaryDir>())
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const QString wsl = path(QStringLiteral("wsl"));
    const QString makeDistro = kFakes + QStringLiteral("/make-distro");
    m_error = runTool(
        makeDistro, { wsl + QStringLiteral("/distros/Ubuntu"), QStringLiteral("--user"), QStringLiteral("dev") });
    if (m_error.isEmpty())
        m_error = runTool(makeDistro, { wsl + QStringLiteral("/distros/Debian") });
    if (!m_error.isEmpty())
        return;
    const QString c = path(QStringLiteral("windows/c"));
    const bool written = write(distro(QStringLiteral("/etc/wsl.conf")), "[user]\ndefault=dev\n")
        && write(wsl + QStringLiteral("/distros.list"), "Ubuntu Running 2 default\nDebian Stopped 2\n")
        && QDir().mkpath(path(QStringLiteral("state")))
        && write(c + QStringLiteral("/Program Files/Go/VERSION"), "go1.22.6\ntime 2024-08-06T15:44:46Z\n")
        && write(c + QStringLiteral("/Program Files/Go/bin/go.exe"), QByteArray("MZ\x90\0", 4) + QByteArray(60, '\0'))
        && QDir().mkpath(c + QStringLiteral("/Windows/system32"))
        && QDir().mkpath(c + QStringLiteral("/Users/dev/go/bin"))
        && write(path(QStringLiteral("machine.reg")),
            "Windows Registry Editor Version 5.00\r\n\r\n"
            "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment]\r\n"
            "\"Path\"=\"C:\\\\Windows\\\\system32;C:\\\\Program Files\\\\Go\\\\bin\"\r\n\r\n"
            "[HKEY_CURRENT_USER\\Environment]\r\n"
            "\"Path\"=\"%USERPROFILE%\\\\go\\\\bin\"\r\n"
            "\"GOPATH\"=\"C:\\\\Users\\\\dev\\\\go\"\r\n"
            "\"WSLENV\"=\"GOPATH/p\"\r\n\r\n"
            "[HKEY_CURRENT_USER\\Volatile Environment]\r\n"
            "\"USERPROFILE\"=\"C:\\\\Users\\\\dev\"\r\n"
            "\"APPDATA\"=\"C:\\\\Users\\\\dev\\\\AppData\\\\Roaming\"\r\n\r\n");
    if (!written)
        m_error = QStringLiteral("cannot write the fake machine's files");
}

bool FakeMachine::write(const QString &file, const QByteArray &content) const
{
    QDir().mkpath(QFileInfo(file).path());
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

std::optional<QByteArray> FakeMachine::read(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

bool FakeMachine::makeLinuxSdk(const QString &root, const QString &version) const
{
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    const QString bin = root + QStringLiteral("/bin/go");
    return !go.isEmpty() && QDir().mkpath(root + QStringLiteral("/bin"))
        && QDir().mkpath(root + QStringLiteral("/pkg/tool/linux_amd64"))
        && write(root + QStringLiteral("/VERSION"), version.toUtf8() + "\ntime 2024-08-06T15:44:46Z\n")
        && QFile::copy(QFileInfo(go).canonicalFilePath(), bin)
        && QFile::setPermissions(bin, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
}

QString FakeMachine::writableUsr() const
{
    const QString upper = distro(QStringLiteral("/.godual-overlay/usr/upper"));
    return write(distro(QStringLiteral("/.godual-binds")), "overlay /usr\n") && QDir().mkpath(upper) ? upper
                                                                                                     : QString();
}

QProcessEnvironment FakeMachine::environment() const
{
    QProcessEnvironment env = ProcessRun::hermeticEnvironment();
    env.insert(QStringLiteral("GODUAL_WSL"), kFakes + QStringLiteral("/wsl.exe"));
    env.insert(QStringLiteral("GODUAL_REGISTRY"), path(QStringLiteral("machine.reg")));
    env.insert(QStringLiteral("GODUAL_WINDOWS_ROOT"), path(QStringLiteral("windows")));
    env.insert(QStringLiteral("GODUAL_STATE_DIR"), path(QStringLiteral("godual-state")));
    env.insert(QStringLiteral("GODUAL_FAKE_WSL_HOME"), path(QStringLiteral("wsl")));
    env.insert(QStringLiteral("GODUAL_FAKE_WSL_STATE"), path(QStringLiteral("state")));
    // What a wsl.exe started by GoDual inherits on a real machine: the registry's environment.
    env.insert(
        QStringLiteral("GODUAL_FAKE_WINDOWS_PATH"), QStringLiteral("C:\\Windows\\system32;C:\\Program Files\\Go\\bin"));
    // A process started now gets the user variables the registry holds now (a fix may have
    // changed them): WSLENV and GOPATH, read from the .reg file's plain string lines.
    const QString reg = QString::fromUtf8(read(path(QStringLiteral("machine.reg"))).value_or(QByteArray()));
    for (const QString &name : { QStringLiteral("WSLENV"), QStringLiteral("GOPATH") }) {
        const QRegularExpression line(
            QStringLiteral("^\"%1\"=\"(.*)\"\\r?$").arg(name), QRegularExpression::MultilineOption);
        if (const auto m = line.match(reg); m.hasMatch())
            env.insert(name, m.captured(1).replace(QStringLiteral("\\\\"), QStringLiteral("\\")));
    }
    return env;
}

ProcessRun::Outcome FakeMachine::godual(const QStringList &args, int timeoutMs) const
{
    return ProcessRun::run(QStringLiteral(GODUAL_TEST_EXECUTABLE), args, environment(), timeoutMs);
}

QStringList FakeMachine::wslCalls() const
{
    const auto log = read(path(QStringLiteral("state/calls.log")));
    return log ? QString::fromUtf8(*log).split(u'\n', Qt::SkipEmptyParts) : QStringList();
}

} // namespace GoDual::Test
