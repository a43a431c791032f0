// WindowsPathEdit on hand-made values: entries removed and one put in front of the others, every
// other character of the value kept as stored. Expected texts and types are written by hand from
// how Windows splits a Path value (at ';', empty entries dropped).
#include "fix/windowspathedit.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"HKEY_CURRENT_USER\\Environment"_s;

Origin userPath() { return Origin::registry(kUser, u"Path"_s); }

// The Windows side whose user Path the scan split into `stored` entries (each expanding to itself,
// as literal folders do).
Side sideWith(const QStringList &stored)
{
    Side side;
    side.id = SideId::windows();
    for (const QString &s : stored) {
        PathEntry e;
        e.value = s;
        e.raw = s;
        e.origin = userPath();
        side.path.append(e);
    }
    return side;
}

QString typeName(RegistryValue::Type type)
{
    return type == RegistryValue::ExpandSz ? u"REG_EXPAND_SZ"_s : type == RegistryValue::Sz ? u"REG_SZ"_s : u"other"_s;
}

} // namespace

class TestWindowsPathEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void prepend_data()
    {
        QTest::addColumn<bool>("exists"); // false: the value is absent and gets created
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("entries"); // what the scan split the text into
        QTest::addColumn<QList<qsizetype>>("removed"); // before the prepend
        QTest::addColumn<QString>("stored"); // the new first entry
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QString>("expectedType");

        QTest::newRow("in front of one entry, %USERPROFILE% kept")
            << true << u"REG_EXPAND_SZ"_s << u"%USERPROFILE%\\go\\bin"_s << QStringList { u"%USERPROFILE%\\go\\bin"_s }
            << QList<qsizetype>() << u"%USERPROFILE%\\sdk\\go1.21.13\\bin"_s
            << u"%USERPROFILE%\\sdk\\go1.21.13\\bin;%USERPROFILE%\\go\\bin"_s << u"REG_EXPAND_SZ"_s;
        QTest::newRow("leading and trailing separators stay behind it")
            << true << u"REG_SZ"_s << u";;C:\\tools;"_s << QStringList { u"C:\\tools"_s } << QList<qsizetype>()
            << u"D:\\go\\bin"_s << u"D:\\go\\bin;;C:\\tools;"_s << u"REG_SZ"_s;
        QTest::newRow("REG_SZ becomes REG_EXPAND_SZ for a new entry holding %")
            << true << u"REG_SZ"_s << u"C:\\tools"_s << QStringList { u"C:\\tools"_s } << QList<qsizetype>()
            << u"%USERPROFILE%\\sdk\\go1.22.6\\bin"_s << u"%USERPROFILE%\\sdk\\go1.22.6\\bin;C:\\tools"_s
            << u"REG_EXPAND_SZ"_s;
        QTest::newRow("the first entry removed: one separator between the new one and the rest")
            << true << u"REG_EXPAND_SZ"_s << u"C:\\Go\\bin;C:\\tools"_s
            << QStringList { u"C:\\Go\\bin"_s, u"C:\\tools"_s } << QList<qsizetype> { 0 } << u"D:\\go\\bin"_s
            << u"D:\\go\\bin;C:\\tools"_s << u"REG_EXPAND_SZ"_s;
        QTest::newRow("a middle entry removed")
            << true << u"REG_SZ"_s << u"C:\\a;C:\\Go\\bin;C:\\c"_s
            << QStringList { u"C:\\a"_s, u"C:\\Go\\bin"_s, u"C:\\c"_s } << QList<qsizetype> { 1 } << u"D:\\go\\bin"_s
            << u"D:\\go\\bin;C:\\a;C:\\c"_s << u"REG_SZ"_s;
        QTest::newRow("every entry removed: no separator left around it")
            << true << u"REG_SZ"_s << u"C:\\Go\\bin;"_s << QStringList { u"C:\\Go\\bin"_s } << QList<qsizetype> { 0 }
            << u"D:\\go\\bin"_s << u"D:\\go\\bin"_s << u"REG_SZ"_s;
        QTest::newRow("an empty value") << true << u"REG_EXPAND_SZ"_s << QString() << QStringList()
                                        << QList<qsizetype>() << u"D:\\go\\bin"_s << u"D:\\go\\bin"_s
                                        << u"REG_EXPAND_SZ"_s;
        QTest::newRow("an absent value is created as REG_EXPAND_SZ")
            << false << QString() << QString() << QStringList() << QList<qsizetype>() << u"D:\\go\\bin"_s
            << u"D:\\go\\bin"_s << u"REG_EXPAND_SZ"_s;
    }
    void prepend()
    {
        QFETCH(bool, exists);
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(QStringList, entries);
        QFETCH(QList<qsizetype>, removed);
        QFETCH(QString, stored);
        QFETCH(QString, expectedText);
        QFETCH(QString, expectedType);
        const Side side = sideWith(entries);
        std::optional<RegistryValue> value;
        if (exists)
            value = RegistryValue::fromString(type == u"REG_SZ"_s ? RegistryValue::Sz : RegistryValue::ExpandSz, text);
        const auto started = WindowsPathEdit::start(side, userPath(), value, value);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        WindowsPathEdit edit = started.value();
        QCOMPARE(edit.isTied(), exists); // an absent value has no entries to tie
        for (const qsizetype i : std::as_const(removed))
            edit.remove(i);
        edit.prepend(stored, u"C:\\Users\\dev\\new"_s);
        QCOMPARE(edit.text(), expectedText);
        QCOMPARE(edit.appendedFolders(), QStringList { u"C:\\Users\\dev\\new"_s });
        const auto after = edit.value();
        QVERIFY(after.ok());
        QCOMPARE(after->text, expectedText);
        QCOMPARE(typeName(after->type), expectedType);
    }

    // An entry removed after the prepend takes one separator with it, never the new entry's.
    void removeAfterPrepend()
    {
        const Side side = sideWith({ u"C:\\a"_s, u"C:\\b"_s });
        const auto value = RegistryValue::fromString(RegistryValue::Sz, u"C:\\a;C:\\b"_s);
        const auto started = WindowsPathEdit::start(side, userPath(), value, value);
        QVERIFY(started.ok());
        WindowsPathEdit edit = started.value();
        edit.prepend(u"D:\\go\\bin"_s, u"D:\\go\\bin"_s);
        QCOMPARE(edit.text(), u"D:\\go\\bin;C:\\a;C:\\b"_s);
        edit.remove(0);
        QCOMPARE(edit.text(), u"D:\\go\\bin;C:\\b"_s);
        edit.remove(1);
        QCOMPARE(edit.text(), u"D:\\go\\bin"_s);
        edit.append(u"C:\\c"_s, u"C:\\c"_s);
        QCOMPARE(edit.text(), u"D:\\go\\bin;C:\\c"_s);
        QCOMPARE(edit.appendedFolders(), QStringList({ u"D:\\go\\bin"_s, u"C:\\c"_s }));
    }
};

QTEST_GUILESS_MAIN(TestWindowsPathEdit)
#include "tst_windowspathedit.moc"
