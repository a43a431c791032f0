// ShellSyntax's lines in a managed block of a real start-up file, read by the real login shells
// of the build root (bash -l -i, zsh -l -i, fish -l) in a temporary HOME holding a copy of the
// corpus (tests/data/startup): the shell sees exactly the values written, whatever quotes, $,
// backticks, spaces or CJK they hold; nothing in a value runs; a PATH prepended twice is there
// once; the interop filter drops the Windows Go folders and shims and keeps the rest.

#include "edit/managedblock.h"
#include "edit/shellsyntax.h"
#include "processrun.h"
#include "requirement.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(GoDual::Shell)

namespace {

const QString kSystemPath = u"/usr/local/bin:/usr/bin:/bin"_s;

QString shellName(Shell shell) { return shell == Shell::Bash ? u"bash"_s : shell == Shell::Zsh ? u"zsh"_s : u"fish"_s; }

// The start-up file the block goes into, in a home that is a copy of the corpus home.
QString startupFile(Shell shell, const QString &home)
{
    switch (shell) {
    case Shell::Bash:
        return home + u"/.bashrc"_s;
    case Shell::Zsh:
        return home + u"/.zshrc"_s;
    case Shell::Fish:
        return home + u"/.config/fish/conf.d/godual.fish"_s;
    }
    return {};
}

struct Run {
    int exitCode = -1;
    QString value; // between < and >, or "(unset)"
    QStringList path;
};

// Writes `block` into the start-up file and asks the shell for GODUAL_VALUE and PATH.
Run runShell(Shell shell, const QString &home, const QStringList &block, const QString &path,
    const std::optional<QString> &inheritedValue = std::nullopt)
{
    const QString file = startupFile(shell, home);
    QFile in(file);
    QByteArray bytes;
    if (in.open(QIODevice::ReadOnly))
        bytes = in.readAll();
    in.close();
    const auto applied = ManagedBlock::apply(bytes, block);
    if (!applied)
        qFatal("%s", qPrintable(applied.error()));
    QDir().mkpath(QFileInfo(file).path());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(*applied) != applied->size())
        qFatal("cannot write %s", qPrintable(file));
    out.close();

    QProcessEnvironment env = ProcessRun::hermeticEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"PATH"_s, path);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"ZDOTDIR"_s);
    env.remove(u"BASH_ENV"_s);
    env.remove(u"ENV"_s);
    env.remove(u"GODUAL_VALUE"_s);
    if (inheritedValue)
        env.insert(u"GODUAL_VALUE"_s, *inheritedValue);
    const QString program = QStandardPaths::findExecutable(shellName(shell));
    QStringList args;
    if (shell == Shell::Fish) {
        args = {
            u"-l"_s, u"-c"_s,
            u"if set -q GODUAL_VALUE; printf '<%s>' \"$GODUAL_VALUE\"; else; printf '(unset)'; end; printf '\\n%s' (string join : $PATH)"_s
        };
    } else {
        args = {
            u"-l"_s, u"-i"_s, u"-c"_s,
            u"if [ -n \"${GODUAL_VALUE+x}\" ]; then printf '<%s>' \"$GODUAL_VALUE\"; else printf '(unset)'; fi; printf '\\n%s' \"$PATH\""_s
        };
    }
    const ProcessRun::Outcome outcome = ProcessRun::run(program, args, env, 60000);
    Run run;
    run.exitCode = outcome.exitCode;
    // Start-up files may print; what the command printed is the last two lines.
    const QString text = outcome.out;
    const qsizetype split = text.lastIndexOf(u'\n');
    const QString first = text.left(split);
    const qsizetype start = first.lastIndexOf(u'\n') + 1;
    QString value = first.mid(start);
    if (value.startsWith(u'<') && value.endsWith(u'>'))
        value = value.mid(1, value.size() - 2);
    run.value = value;
    run.path = text.mid(split + 1).split(u':');
    if (outcome.exitCode != 0)
        qWarning("%s: %s", qPrintable(shellName(shell)), qPrintable(outcome.err));
    return run;
}

} // namespace

class TestShellBlocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void values_data();
    void values();
    void unset_data();
    void unset();
    void prependOnce_data();
    void prependOnce();
    void filter_data();
    void filter();
    void refusals();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString home(Shell shell);
};

void TestShellBlocks::init() { m_dir = std::make_unique<QTemporaryDir>(); }

QString TestShellBlocks::home(Shell shell)
{
    const QString home = m_dir->path() + u"/home"_s;
    const QString corpus = QStringLiteral(GODUAL_TEST_DATA "/startup/") + shellName(shell);
    if (!TestData::copyTree(corpus, home))
        qFatal("cannot copy %s", qPrintable(corpus));
    return home;
}

void TestShellBlocks::values_data()
{
    QTest::addColumn<Shell>("shell");
    QTest::addColumn<QString>("value");
    const QList<std::pair<const char *, QString>> values {
        { "single quote", u"it's"_s },
        { "quote escape text", u"'\\''"_s },
        { "dollar", u"$HOME ${PATH} $(touch pwned)"_s },
        { "backticks", u"`touch pwned` `id`"_s },
        { "double quotes", u"\"a\" \"\""_s },
        { "spaces", u"  a  b  "_s },
        { "backslashes", u"C:\\Users\\dev\\go \\n \\\\"_s },
        { "glob and tilde", u"* ~ ?[a] {a,b}"_s },
        { "semicolons and hash", u"a; b # c | d & e"_s },
        { "bang and percent", u"!! %PATH% !$"_s },
        { "cjk", u"/home/用户/工作区/go"_s },
        { "empty", QString() },
    };
    for (const Shell shell : { Shell::Bash, Shell::Zsh, Shell::Fish }) {
        for (const auto &[name, value] : values)
            QTest::addRow("%s %s", qPrintable(shellName(shell)), name) << shell << value;
    }
}

void TestShellBlocks::values()
{
    QFETCH(Shell, shell);
    QFETCH(QString, value);
    GODUAL_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(shellName(shell)).isEmpty(),
        qPrintable(shellName(shell) + u" (the build root has it)"_s));
    const QString h = home(shell);
    const auto lines = ShellSyntax::setVariable(shell, u"GODUAL_VALUE"_s, value);
    QVERIFY2(lines.ok(), qPrintable(lines.error()));
    const Run run = runShell(shell, h, *lines, kSystemPath);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.value, value);
    QVERIFY(!QFile::exists(h + u"/pwned"_s));
}

void TestShellBlocks::unset_data()
{
    QTest::addColumn<Shell>("shell");
    for (const Shell shell : { Shell::Bash, Shell::Zsh, Shell::Fish })
        QTest::newRow(qPrintable(shellName(shell))) << shell;
}

void TestShellBlocks::unset()
{
    QFETCH(Shell, shell);
    GODUAL_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(shellName(shell)).isEmpty(),
        qPrintable(shellName(shell) + u" (the build root has it)"_s));
    const auto lines = ShellSyntax::unsetVariable(shell, u"GODUAL_VALUE"_s);
    QVERIFY(lines.ok());
    const Run run = runShell(shell, home(shell), *lines, kSystemPath, u"inherited"_s);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.value, u"(unset)"_s);
}

void TestShellBlocks::prependOnce_data() { unset_data(); }

void TestShellBlocks::prependOnce()
{
    QFETCH(Shell, shell);
    GODUAL_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(shellName(shell)).isEmpty(),
        qPrintable(shellName(shell) + u" (the build root has it)"_s));
    const QString h = home(shell);
    const QString folder = h + u"/sdk/go 1.23 'x' $y/bin"_s;
    const auto once = ShellSyntax::prependPath(shell, folder + u'/');
    QVERIFY2(once.ok(), qPrintable(once.error()));
    // The block's lines twice: as if the file were read twice; and the folder already on PATH.
    const Run run = runShell(shell, h, *once + *once, kSystemPath + u':' + folder);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.path.count(folder), 1);
    const Run fresh = runShell(shell, h, *once + *once, kSystemPath);
    QCOMPARE(fresh.path.count(folder), 1);
    // First among what the block saw (start-up lines after the block may add before it).
    QVERIFY(fresh.path.indexOf(folder) < fresh.path.indexOf(u"/usr/bin"_s));
    for (const QString &entry : kSystemPath.split(u':'))
        QVERIFY(fresh.path.contains(entry));
}

void TestShellBlocks::filter_data() { unset_data(); }

void TestShellBlocks::filter()
{
    QFETCH(Shell, shell);
    GODUAL_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(shellName(shell)).isEmpty(),
        qPrintable(shellName(shell) + u" (the build root has it)"_s));
    const QString h = home(shell);
    // A folder standing for the automount root: Windows' Go, a shim folder, one without Go, a
    // prefix whose name needs quoting, and a Linux Go that must stay.
    const QString root = m_dir->path() + u"/mnt"_s;
    const QString goBin = root + u"/c/Program Files/Go/bin"_s;
    const QString shims = root + u"/c/Users/dev/scoop/shims"_s;
    const QString windows = root + u"/c/Windows"_s;
    const QString odd = root + u"/d/Go 'odd' $x"_s;
    const QString linuxGo = m_dir->path() + u"/usr/local/go/bin"_s;
    for (const QString &dir : QStringList { goBin, shims, windows, odd + u"/bin"_s, linuxGo })
        QVERIFY(QDir().mkpath(dir));
    for (const QString &file : QStringList { goBin + u"/go.exe"_s, shims + u"/go"_s, linuxGo + u"/go"_s }) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const auto lines = ShellSyntax::removePathEntries(shell, { odd }, root + u'/');
    QVERIFY2(lines.ok(), qPrintable(lines.error()));
    // The PATH the filter sees is set just before it: a login bash's /etc/profile replaces the
    // inherited one, and appendWindowsPath adds its entries before any start-up file runs.
    const QString path = QStringList { linuxGo, kSystemPath, goBin, windows, shims, odd + u"/bin"_s, odd }.join(u':');
    QStringList block;
    if (shell == Shell::Fish) {
        block << u"set -gx PATH"_s;
        for (const QString &entry : path.split(u':'))
            block.last() += u' ' + ShellSyntax::quote(shell, entry).value();
    } else {
        block << ShellSyntax::setVariable(shell, u"PATH"_s, path).value();
    }
    const Run run = runShell(shell, h, block + *lines, path);
    QCOMPARE(run.exitCode, 0);
    QStringList underRoot;
    for (const QString &entry : run.path) {
        if (entry.startsWith(root))
            underRoot.append(entry);
    }
    QVERIFY2(underRoot == QStringList { windows }, qPrintable(run.path.join(u':')));
    QVERIFY(run.path.contains(linuxGo));
    QVERIFY(run.path.indexOf(linuxGo) < run.path.indexOf(u"/usr/bin"_s));
}

void TestShellBlocks::refusals()
{
    for (const Shell shell : { Shell::Bash, Shell::Zsh, Shell::Fish }) {
        QVERIFY(!ShellSyntax::setVariable(shell, u"GOPATH"_s, u"a\nb"_s).ok());
        QVERIFY(!ShellSyntax::setVariable(shell, u"GOPATH"_s, u"a\rb"_s).ok());
        QVERIFY(!ShellSyntax::setVariable(shell, u"GO PATH"_s, u"a"_s).ok());
        QVERIFY(!ShellSyntax::setVariable(shell, u"1GO"_s, u"a"_s).ok());
        QVERIFY(!ShellSyntax::setVariable(shell, u"GO;rm"_s, u"a"_s).ok());
        QVERIFY(!ShellSyntax::unsetVariable(shell, u"$X"_s).ok());
        QVERIFY(!ShellSyntax::prependPath(shell, u"/a\n/b"_s).ok());
        QVERIFY(!ShellSyntax::removePathEntries(shell, { u"/a\nb"_s }, {}).ok());
    }
    QCOMPARE(ShellSyntax::quote(Shell::Bash, u"it's"_s).value(), u"'it'\\''s'"_s);
    QCOMPARE(ShellSyntax::quote(Shell::Fish, u"it's \\"_s).value(), u"'it\\'s \\\\'"_s);
}

QTEST_GUILESS_MAIN(TestShellBlocks)
#include "tst_shellblocks.moc"
