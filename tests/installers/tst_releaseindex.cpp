#include "releaseindex.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace GoDual;

namespace {

QByteArray fixture(const QString &name) { return TestData::fixture(QStringLiteral("releases/") + name); }

QJsonObject goodFile()
{
    return QJsonObject {
        { QStringLiteral("filename"), QStringLiteral("go1.22.6.linux-amd64.tar.gz") },
        { QStringLiteral("os"), QStringLiteral("linux") },
        { QStringLiteral("arch"), QStringLiteral("amd64") },
        { QStringLiteral("version"), QStringLiteral("go1.22.6") },
        { QStringLiteral("sha256"),
            QStringLiteral("999805bed7d9039ec3da1a53bfbcafc13e367da52aa823cb60b68ba22d44c616") },
        { QStringLiteral("size"), 68988925 },
        { QStringLiteral("kind"), QStringLiteral("archive") },
    };
}

QJsonObject release(const QString &version, const QJsonArray &files)
{
    return QJsonObject { { QStringLiteral("version"), version }, { QStringLiteral("stable"), true },
        { QStringLiteral("files"), files } };
}

// An index whose second release (position 1) has a good file 0 and, as file 1, `file`.
QByteArray withSecondFile(const QJsonValue &file)
{
    QJsonObject first = goodFile();
    first[QStringLiteral("filename")] = QStringLiteral("go1.22.7.linux-amd64.tar.gz");
    first[QStringLiteral("version")] = QStringLiteral("go1.22.7");
    const QJsonArray index { release(QStringLiteral("go1.22.7"), { first }),
        release(QStringLiteral("go1.22.6"), { goodFile(), file }) };
    return QJsonDocument(index).toJson(QJsonDocument::Compact);
}

QByteArray withFileField(const QString &key, const QJsonValue &value)
{
    QJsonObject file = goodFile();
    if (value.isUndefined())
        file.remove(key);
    else
        file[key] = value;
    return withSecondFile(file);
}

} // namespace

class TestReleaseIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodIndex();
    void currentStable();
    void archiveFor();
    void bad_data();
    void bad();
    void garbage();
    void largeIndex();
};

void TestReleaseIndex::goodIndex()
{
    const auto r = ReleaseIndex::parse(fixture(QStringLiteral("index-all.json")));
    QVERIFY2(r, qPrintable(r.error()));
    const QList<GoRelease> &releases = *r;
    QCOMPARE(releases.size(), 8);
    QCOMPARE(releases.first().version.toString(), QStringLiteral("go1.23rc2"));
    QVERIFY(!releases.first().stable);
    QCOMPARE(releases.last().version.toString(), QStringLiteral("go1.20.14"));

    const GoRelease &r1226 = releases.at(1);
    QCOMPARE(r1226.version.toString(), QStringLiteral("go1.22.6"));
    QVERIFY(r1226.stable);
    QCOMPARE(r1226.files.size(), 9);
    const GoReleaseFile &src = r1226.files.first();
    QCOMPARE(src.kind, GoReleaseFile::Kind::Source);
    QVERIFY(src.os.isEmpty());
    QVERIFY(src.arch.isEmpty());
    const GoReleaseFile &linux = r1226.files.at(4);
    QCOMPARE(linux.filename, QStringLiteral("go1.22.6.linux-amd64.tar.gz"));
    QCOMPARE(linux.sha256, QStringLiteral("999805bed7d9039ec3da1a53bfbcafc13e367da52aa823cb60b68ba22d44c616"));
    QCOMPARE(linux.size, 68988925);
    QCOMPARE(linux.version, r1226.version);
}

void TestReleaseIndex::currentStable()
{
    const auto r = ReleaseIndex::parse(fixture(QStringLiteral("index-all.json")));
    QVERIFY2(r, qPrintable(r.error()));
    // As go.dev/dl/?mode=json: the newest stable patch of the two newest minor lines.
    const QList<GoRelease> stable = ReleaseIndex::currentStable(*r);
    QCOMPARE(stable.size(), 2);
    QCOMPARE(stable.at(0).version.toString(), QStringLiteral("go1.22.6"));
    QCOMPARE(stable.at(1).version.toString(), QStringLiteral("go1.21.13"));

    // Order in the index does not matter; prereleases never count.
    QList<GoRelease> shuffled = *r;
    std::reverse(shuffled.begin(), shuffled.end());
    QCOMPARE(ReleaseIndex::currentStable(shuffled), stable);
    QVERIFY(ReleaseIndex::currentStable({}).isEmpty());
}

void TestReleaseIndex::archiveFor()
{
    const auto r = ReleaseIndex::parse(fixture(QStringLiteral("index-all.json")));
    QVERIFY2(r, qPrintable(r.error()));
    const GoRelease &rel = r->at(1);
    QCOMPARE(rel.archiveFor(u"windows", u"amd64")->filename, QStringLiteral("go1.22.6.windows-amd64.zip"));
    QCOMPARE(rel.archiveFor(u"linux", u"armv6l")->filename, QStringLiteral("go1.22.6.linux-armv6l.tar.gz"));
    QCOMPARE(rel.archiveFor(u"darwin", u"arm64")->filename, QStringLiteral("go1.22.6.darwin-arm64.tar.gz"));
    QVERIFY(!rel.archiveFor(u"plan9", u"amd64"));

    QCOMPARE(goOsFromKernelType(u"winnt"), QStringLiteral("windows"));
    QCOMPARE(goOsFromKernelType(u"linux"), QStringLiteral("linux"));
    QCOMPARE(goArchFromCpuArchitecture(u"x86_64"), QStringLiteral("amd64"));
    QCOMPARE(goArchFromCpuArchitecture(u"arm"), QStringLiteral("armv6l"));
    QCOMPARE(goArchFromCpuArchitecture(u"loongarch64"), QStringLiteral("loong64"));
    QVERIFY(goArchFromCpuArchitecture(u"ia64").isEmpty());
}

void TestReleaseIndex::bad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // a part of the message that names the place

    const QString file1 = QStringLiteral("release 1 (go1.22.6), file 1: ");
    const QByteArray good = fixture(QStringLiteral("index-all.json"));

    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("not JSON") << QByteArray("<html>503 Service Unavailable</html>") << "not valid JSON (at byte";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not valid JSON";
    QTest::newRow("object instead of array") << QByteArray(R"({"version":"go1.22.6"})") << "an object, not an array";
    QTest::newRow("number") << QByteArray("42") << "not valid JSON";
    QTest::newRow("release not an object") << QByteArray(R"([[]])") << "release 0 is an array, not an object";
    QTest::newRow("release without version")
        << QByteArray(R"([{"stable":true,"files":[]}])") << "release 0: 'version' is missing";
    QTest::newRow("release version a number") << QByteArray(R"([{"version":1.22,"stable":true,"files":[]}])")
                                              << "release 0: 'version' is a number, not a string";
    QTest::newRow("release bad version") << QByteArray(R"([{"version":"1.22.6","stable":true,"files":[]}])")
                                         << "release 0: 'version' \"1.22.6\" is not a Go version";
    QTest::newRow("stable a string") << QByteArray(R"([{"version":"go1.22.6","stable":"true","files":[]}])")
                                     << "release 0 (go1.22.6): 'stable' is a string, not a boolean";
    QTest::newRow("files missing") << QByteArray(R"([{"version":"go1.22.6","stable":true}])")
                                   << "release 0 (go1.22.6): 'files' is missing";
    QTest::newRow("files an object") << QByteArray(R"([{"version":"go1.22.6","stable":true,"files":{}}])")
                                     << "release 0 (go1.22.6): 'files' is an object, not an array";
    QTest::newRow("file not an object") << withSecondFile(QJsonValue(QStringLiteral("x")))
                                        << file1 + QStringLiteral("is a string, not an object");

    QTest::newRow("filename missing") << withFileField(QStringLiteral("filename"), QJsonValue::Undefined)
                                      << file1 + QStringLiteral("'filename' is missing");
    QTest::newRow("os null") << withFileField(QStringLiteral("os"), QJsonValue::Null)
                             << file1 + QStringLiteral("'os' is null, not a string");
    QTest::newRow("arch missing") << withFileField(QStringLiteral("arch"), QJsonValue::Undefined)
                                  << file1 + QStringLiteral("'arch' is missing");
    QTest::newRow("sha256 missing") << withFileField(QStringLiteral("sha256"), QJsonValue::Undefined)
                                    << file1 + QStringLiteral("'sha256' is missing");
    QTest::newRow("sha256 short") << withFileField(QStringLiteral("sha256"), QStringLiteral("999805bed7d9"))
                                  << file1 + QStringLiteral("'sha256' is not 64 lowercase hex digits");
    QTest::newRow("sha256 uppercase") << withFileField(
        QStringLiteral("sha256"), QStringLiteral("999805BED7D9039EC3DA1A53BFBCAFC13E367DA52AA823CB60B68BA22D44C616"))
                                      << file1 + QStringLiteral("'sha256' is not 64 lowercase hex digits");
    QTest::newRow("sha256 not hex") << withFileField(
        QStringLiteral("sha256"), QStringLiteral("z99805bed7d9039ec3da1a53bfbcafc13e367da52aa823cb60b68ba22d44c616"))
                                    << file1 + QStringLiteral("'sha256' is not 64 lowercase hex digits");
    QTest::newRow("size negative") << withFileField(QStringLiteral("size"), -1)
                                   << file1 + QStringLiteral("'size' is negative");
    QTest::newRow("size fractional") << withFileField(QStringLiteral("size"), 1.5)
                                     << file1 + QStringLiteral("'size' is not a whole number");
    QTest::newRow("size a string") << withFileField(QStringLiteral("size"), QStringLiteral("68988925"))
                                   << file1 + QStringLiteral("'size' is a string, not a number");
    QTest::newRow("kind unknown") << withFileField(QStringLiteral("kind"), QStringLiteral("binary"))
                                  << file1 + QStringLiteral("'kind' \"binary\" is not archive, installer or source");
    QTest::newRow("file version bad") << withFileField(QStringLiteral("version"), QStringLiteral("go1.22.x"))
                                      << file1 + QStringLiteral("'version' \"go1.22.x\" is not a Go version");
    QTest::newRow("file version differs")
        << withFileField(QStringLiteral("version"), QStringLiteral("go1.22.5"))
        << file1 + QStringLiteral("'version' \"go1.22.5\" differs from the release's \"go1.22.6\"");
    QTest::newRow("filename with a path")
        << withFileField(QStringLiteral("filename"), QStringLiteral("go1.22.6.linux-amd64/../../evil.tar.gz"))
        << file1 + QStringLiteral("'filename'");
    QTest::newRow("filename of another version")
        << withFileField(QStringLiteral("filename"), QStringLiteral("go1.22.5.linux-amd64.tar.gz"))
        << file1
            + QStringLiteral("'filename' \"go1.22.5.linux-amd64.tar.gz\" is not an official Go file name for go1.22.6");
    QTest::newRow("filename odd extension")
        << withFileField(QStringLiteral("filename"), QStringLiteral("go1.22.6.linux-amd64.exe"))
        << file1 + QStringLiteral("'filename' \"go1.22.6.linux-amd64.exe\" is not an official Go file name");
    QTest::newRow("os with a slash") << withFileField(QStringLiteral("os"), QStringLiteral("linux/x"))
                                     << file1 + QStringLiteral("'os' \"linux/x\" is not a GOOS name");
}

void TestReleaseIndex::bad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto r = ReleaseIndex::parse(json);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(error), qPrintable(r.error()));
}

void TestReleaseIndex::garbage()
{
    // 5 MB of noise (for example a captive portal's binary answer) is an error, quickly.
    QByteArray noise(5 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20240806);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    const auto r = ReleaseIndex::parse(noise);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QStringLiteral("not valid JSON")), qPrintable(r.error()));

    // A huge array of the wrong things fails at its first element.
    const QByteArray numbers = '[' + QByteArray("1,").repeated(1024 * 1024) + "1]";
    const auto r2 = ReleaseIndex::parse(numbers);
    QVERIFY(!r2);
    QVERIFY2(r2.error().contains(QStringLiteral("release 0 is a number")), qPrintable(r2.error()));
}

void TestReleaseIndex::largeIndex()
{
    // The real include=all index holds a few hundred releases of ~15-30 files each.
    QJsonArray index;
    for (int minor = 30; minor >= 1; --minor) {
        for (int patch = 9; patch >= 0; --patch) {
            const QString version = QStringLiteral("go1.%1.%2").arg(minor).arg(patch);
            QJsonArray files;
            for (int i = 0; i < 20; ++i) {
                QJsonObject file = goodFile();
                file[QStringLiteral("filename")] = QStringLiteral("%1.linux-arch%2.tar.gz").arg(version).arg(i);
                file[QStringLiteral("arch")] = QStringLiteral("arch%1").arg(i);
                file[QStringLiteral("version")] = version;
                files.append(file);
            }
            index.append(release(version, files));
        }
    }
    const QByteArray json = QJsonDocument(index).toJson(QJsonDocument::Indented);
    const auto r = ReleaseIndex::parse(json);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->size(), 300);
    // The index's order is kept, first to last.
    QCOMPARE(r->first().version.toString(), QStringLiteral("go1.30.9"));
    QCOMPARE(r->last().version.toString(), QStringLiteral("go1.1.0"));
}

QTEST_GUILESS_MAIN(TestReleaseIndex)
#include "tst_releaseindex.moc"
