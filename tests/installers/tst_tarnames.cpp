#include "archiveextractor.h"
#include "requirement.h"
#include "tarnames.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;

namespace {

// One 512-byte ustar header with a valid checksum.
QByteArray header(const QByteArray &name, char type, qint64 size, const QByteArray &link = {})
{
    QByteArray h(512, '\0');
    auto put = [&](int offset, const QByteArray &bytes) { std::copy(bytes.begin(), bytes.end(), h.begin() + offset); };
    put(0, name.left(100));
    put(100, "0000644");
    put(108, "0000000");
    put(116, "0000000");
    put(124, QByteArray::number(size, 8).rightJustified(11, '0'));
    put(136, "00000000000");
    h[156] = type;
    put(157, link.left(100));
    put(257,
        QByteArray("ustar\0"
                   "00",
            8));
    put(148, QByteArray(8, ' '));
    int sum = 0;
    for (char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    return h;
}

QByteArray padded(QByteArray data)
{
    data.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return data;
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    // The length counts its own digits.
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        ++length;
    return QByteArray::number(length) + body;
}

QByteArray endOfArchive() { return QByteArray(1024, '\0'); }

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestTarNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gnuTar_data();
    void gnuTar();
    void handBuiltPax();
    void hostilePaxRefusedBeforeWriting();
    void truncated_data();
    void truncated();
    void badChecksum();
};

void TestTarNames::gnuTar_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("pax") << QStringLiteral("pax");
    QTest::newRow("gnu") << QStringLiteral("gnu");
    QTest::newRow("ustar-long-via-prefix") << QStringLiteral("ustar");
}

// Real tars from GNU tar, with a non-ASCII name and a name longer than 100 bytes: the names come
// back exactly, and the extractor writes them under those names.
void TestTarNames::gnuTar()
{
    QFETCH(QString, format);
    GODUAL_REQUIRE_OR_SKIP(
        !QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty(), "GNU tar is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString deep = QStringLiteral("go/src/") + QString(60, u'd') + u'/' + QString(50, u'e');
    const bool ustar = format == u"ustar";
    const QString odd = ustar ? QStringLiteral("plain.go") : QStringLiteral("\u00DEfoo.go");
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("src/") + deep));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/go/VERSION")), "go1.24.4\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/go/") + odd), "package main\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/") + deep + QStringLiteral("/f.go")), "package f\n"));
    QVERIFY(QFile::link(QStringLiteral("VERSION"), dir.filePath(QStringLiteral("src/go/link"))));
    const QString tarPath = dir.filePath(QStringLiteral("t.tar"));
    QProcess tar;
    tar.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tar.start(QStringLiteral("tar"),
        { QStringLiteral("--format=") + format, QStringLiteral("--sort=name"), QStringLiteral("-cf"), tarPath,
            QStringLiteral("-C"), dir.filePath(QStringLiteral("src")), QStringLiteral("go") });
    QVERIFY(tar.waitForFinished());
    QCOMPARE(tar.exitCode(), 0);

    const auto members = TarNames::readFile(tarPath);
    QVERIFY2(members, qPrintable(members.error()));
    QStringList names;
    for (const TarMember &m : *members)
        names << m.name;
    QVERIFY2(names.contains(QStringLiteral("go/") + odd), qPrintable(names.join(u',')));
    QVERIFY(names.contains(deep + QStringLiteral("/f.go")));
    const auto link
        = std::find_if(members->cbegin(), members->cend(), [](const TarMember &m) { return m.name == u"go/link"; });
    QVERIFY(link != members->cend());
    QCOMPARE(link->type, TarMember::Type::Symlink);
    QCOMPARE(link->linkName, QStringLiteral("VERSION"));

    ArchiveExtractor extractor(tarPath);
    const QString target = dir.filePath(QStringLiteral("out"));
    const auto extracted = extractor.extractTo(target);
    QVERIFY2(extracted, qPrintable(extracted.error()));
    QFile odd2(QDir(target).filePath(QStringLiteral("go/") + odd));
    QVERIFY(odd2.open(QIODevice::ReadOnly));
    QCOMPARE(odd2.readAll(), QByteArray("package main\n"));
    QVERIFY(QFileInfo::exists(QDir(target).filePath(deep + QStringLiteral("/f.go"))));
    QCOMPARE(QFileInfo(QDir(target).filePath(QStringLiteral("go/link"))).symLinkTarget(),
        QDir(target).filePath(QStringLiteral("go/VERSION")));
}

// A PAX `path` record overrides the header's name, a 'g' record names nothing.
void TestTarNames::handBuiltPax()
{
    QByteArray tar;
    const QByteArray global = paxRecord("comment", "hello");
    tar += header("pax_global_header", 'g', global.size()) + padded(global);
    const QByteArray pax = paxRecord("path",
        "go/\xC3\x9E"
        "main.go");
    tar += header("go/PaxHeaders/main.go", 'x', pax.size()) + padded(pax);
    tar += header("go/main.go", '0', 5) + padded("hello");
    tar += header("go/plain", '0', 0);
    tar += endOfArchive();
    QBuffer buffer(&tar);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto members = TarNames::read(buffer, QStringLiteral("hand.tar"));
    QVERIFY2(members, qPrintable(members.error()));
    QCOMPARE(members->size(), 2);
    QCOMPARE(members->at(0).name, QStringLiteral("go/\u00DEmain.go"));
    QCOMPARE(members->at(0).headerName, QStringLiteral("go/main.go"));
    QCOMPARE(members->at(0).size, 5);
    QCOMPARE(members->at(0).dataOffset, 512 * 5);
    QCOMPARE(members->at(1).name, QStringLiteral("go/plain"));
}

// KTar would see "go/harmless"; the archive really says "go/../../evil". It must be refused
// before anything is written.
void TestTarNames::hostilePaxRefusedBeforeWriting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray tar;
    const QByteArray pax = paxRecord("path", "go/../../evil");
    tar += header("go/PaxHeaders/harmless", 'x', pax.size()) + padded(pax);
    tar += header("go/harmless", '0', 4) + padded("evil");
    tar += endOfArchive();
    const QString tarPath = dir.filePath(QStringLiteral("hostile.tar"));
    QVERIFY(writeFile(tarPath, tar));

    const auto members = TarNames::readFile(tarPath);
    QVERIFY(members);
    QCOMPARE(members->at(0).name, QStringLiteral("go/../../evil"));

    ArchiveExtractor extractor(tarPath);
    const QString target = dir.filePath(QStringLiteral("a/b"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a"))));
    const auto extracted = extractor.extractTo(target);
    QVERIFY(!extracted);
    QVERIFY2(extracted.error().contains(QStringLiteral("go/../../evil")), qPrintable(extracted.error()));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("evil"))));
}

void TestTarNames::truncated_data()
{
    QTest::addColumn<int>("keep");
    QTest::newRow("inside-header") << 700;
    QTest::newRow("inside-data") << 1024 + 100;
    QTest::newRow("no-end-blocks") << 1536;
}

void TestTarNames::truncated()
{
    QFETCH(int, keep);
    QByteArray tar = header("go/a", '0', 1000) + padded(QByteArray(1000, 'a')) + endOfArchive();
    tar.truncate(keep);
    QBuffer buffer(&tar);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto members = TarNames::read(buffer, QStringLiteral("short.tar"));
    QVERIFY(!members);
    QVERIFY2(members.error().contains(QStringLiteral("short.tar")), qPrintable(members.error()));
}

void TestTarNames::badChecksum()
{
    QByteArray tar = header("go/a", '0', 0) + endOfArchive();
    tar[0] = 'x';
    QBuffer buffer(&tar);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto members = TarNames::read(buffer, QStringLiteral("sum.tar"));
    QVERIFY(!members);
    QVERIFY(members.error().contains(QStringLiteral("checksum")));
}

QTEST_GUILESS_MAIN(TestTarNames)
#include "tst_tarnames.moc"
