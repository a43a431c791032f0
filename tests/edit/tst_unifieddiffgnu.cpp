// unifiedDiff against the real GNU `diff -u` of the build root, on pairs made from the fixtures of
// the start-up, wsl.conf and go env corpora by the editors (a managed block added, one line
// replaced or deleted, a wsl.conf value set, a go env key set), plus new and deleted files.
// The headers aside, the hunks must be diff's, with every CR shown as U+240D.

#include "edit/goenvfileedit.h"
#include "edit/lineedit.h"
#include "edit/managedblock.h"
#include "edit/textlines.h"
#include "edit/unifieddiff.h"
#include "edit/wslconfedit.h"
#include "processrun.h"
#include "requirement.h"
#include "testdata.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

std::optional<QByteArray> edited(const QString &file, const QByteArray &bytes, int edit)
{
    const int lines = int(TextLines::split(bytes).lines.size());
    switch (edit) {
    case 0:
        return ManagedBlock::apply(bytes, { u"export GOPATH='/home/dev/go'"_s }).value();
    case 1:
        return ManagedBlock::apply(bytes, { u"export A=1"_s, u"export B=2"_s }, lines / 2).value();
    case 2:
        return lines ? LineEdit::replaceLine(bytes, (lines + 1) / 2, u"changed line"_s).value() : bytes;
    case 3:
        return lines ? LineEdit::removeLine(bytes, lines).value() : bytes;
    case 4:
        if (file.startsWith(u"wslconf/"_s)) {
            const auto r = WslConfEdit::set(bytes, u"interop"_s, u"appendWindowsPath"_s, u"false"_s);
            return r.ok() ? *r : bytes;
        }
        if (file.startsWith(u"goenv/"_s))
            return GoEnvFileEdit::set(bytes, u"GOPROXY"_s, u"https://goproxy.cn,direct"_s).value();
        return bytes;
    default:
        return std::nullopt;
    }
}

} // namespace

class TestUnifiedDiffGnu : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void againstDiff_data();
    void againstDiff();
};

void TestUnifiedDiffGnu::againstDiff_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("edit"); // 5: deleted file, 6: new file
    QTest::addColumn<int>("context");
    const char *names[] = { "block at end", "block in the middle", "line replaced", "last line removed",
        "setting changed", "deleted", "new" };
    for (const QString &dir : { u"startup"_s, u"wslconf"_s, u"goenv"_s, u"edit/startup"_s }) {
        for (const QString &file : TestData::fixtureFiles(dir)) {
            if (file.contains(u"/malformed-"_s))
                continue;
            for (int edit = 0; edit < 7; ++edit)
                QTest::addRow("%s %s", qPrintable(file), names[edit]) << file << edit << (edit == 2 ? 1 : 3);
        }
    }
}

void TestUnifiedDiffGnu::againstDiff()
{
    QFETCH(QString, file);
    QFETCH(int, edit);
    QFETCH(int, context);
    const QString diff = QStandardPaths::findExecutable(u"diff"_s);
    GODUAL_REQUIRE_OR_SKIP(!diff.isEmpty(), "GNU diff (diffutils; the build root has it)");
    const QByteArray bytes = TestData::fixture(file);
    std::optional<QByteArray> before = bytes;
    std::optional<QByteArray> after = edited(file, bytes, edit);
    if (edit == 6)
        std::swap(before, after);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const std::optional<QByteArray> &content) {
        if (!content)
            return u"/dev/null"_s;
        QFile out(dir.path() + u'/' + name);
        if (!out.open(QIODevice::WriteOnly) || out.write(*content) != content->size())
            qFatal("cannot write %s", qPrintable(out.fileName()));
        return out.fileName();
    };
    const QString a = write(u"a"_s, before);
    const QString b = write(u"b"_s, after);
    const ProcessRun::Outcome outcome
        = ProcessRun::run(diff, { u"-U"_s + QString::number(context), a, b }, ProcessRun::hermeticEnvironment(), 30000);
    QVERIFY2(outcome.exitCode == 0 || outcome.exitCode == 1, qPrintable(outcome.err));

    const QString ours = unifiedDiff(before, after, u"f"_s, context);
    // Headers aside: drop the --- and +++ lines of both.
    auto hunks = [](const QString &text) { return text.split(u'\n').mid(2).join(u'\n'); };
    QString theirs = outcome.out;
    theirs.replace(u'\r', QChar(0x240D));
    if (outcome.exitCode == 0) {
        QVERIFY2(ours.isEmpty() || (before.has_value() != after.has_value()), qPrintable(ours));
        return;
    }
    QCOMPARE(hunks(ours), hunks(theirs));
}

QTEST_GUILESS_MAIN(TestUnifiedDiffGnu)
#include "tst_unifieddiffgnu.moc"
