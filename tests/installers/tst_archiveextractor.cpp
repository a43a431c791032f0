#include "archiveextractor.h"

#include <KTar>
#include <KZip>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GoDual;

namespace {

// One entry the test writes into an archive with KArchive.
struct Spec {
    enum Kind { File, Dir, Link } kind;
    QString name;
    QByteArray data; // file content, or link target
    int mode = 0644;
};

std::unique_ptr<KArchive> archiveFor(const QString &path)
{
    if (path.endsWith(QLatin1StringView(".zip")))
        return std::make_unique<KZip>(path);
    return std::make_unique<KTar>(path);
}

bool writeArchive(const QString &path, const QList<Spec> &specs)
{
    auto archive = archiveFor(path);
    if (!archive->open(QIODevice::WriteOnly))
        return false;
    for (const Spec &s : specs) {
        bool ok = false;
        switch (s.kind) {
        case Spec::File:
            ok = archive->writeFile(s.name, s.data, mode_t(0100000 | s.mode));
            break;
        case Spec::Dir:
            ok = archive->writeDir(s.name, QString(), QString(), mode_t(040000 | s.mode));
            break;
        case Spec::Link:
            ok = archive->writeSymLink(s.name, QString::fromUtf8(s.data));
            break;
        }
        if (!ok)
            return false;
    }
    return archive->close();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kGoScript = QByteArrayLiteral("#!/bin/sh\necho go version go1.22.6 linux/amd64\n");
const QByteArray kVersion = QByteArrayLiteral("go1.22.6\ntime 2024-08-06T15:44:46Z\n");
const QByteArray kSource = QByteArrayLiteral("package main\n\nfunc main() {}\n");

QList<Spec> goLikeTree()
{
    return {
        { Spec::Dir, QStringLiteral("go"), {}, 0755 },
        { Spec::File, QStringLiteral("go/VERSION"), kVersion, 0644 },
        { Spec::File, QStringLiteral("go/bin/go"), kGoScript, 0755 },
        { Spec::File, QStringLiteral("go/src/cmd/main.go"), kSource, 0644 },
        { Spec::Dir, QStringLiteral("go/pkg/empty"), {}, 0755 },
        { Spec::Link, QStringLiteral("go/misc/main-link.go"), QByteArrayLiteral("../src/cmd/main.go") },
        { Spec::File, QStringLiteral("go/test/fixedbugs/issue27836.dir/\u00DEfoo.go"), kSource, 0644 },
    };
}

} // namespace

class TestArchiveExtractor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void extractsContentModesAndLinks_data();
    void extractsContentModesAndLinks();
    void refusesHostileArchives_data();
    void refusesHostileArchives();
    void truncatedArchiveLeavesNothing();
    void cancelLeavesNothing();
    void existingTargetIsNeverTouched();
    void rejectsUnknownFormat();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArchiveExtractor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestArchiveExtractor::extractsContentModesAndLinks_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("tar.gz") << "go1.22.6.linux-amd64.tar.gz";
    QTest::newRow("zip") << "go1.22.6.windows-amd64.zip";
}

void TestArchiveExtractor::extractsContentModesAndLinks()
{
    QFETCH(QString, fileName);
    const QString archive = m_dir->filePath(fileName);
    QVERIFY(writeArchive(archive, goLikeTree()));

    ArchiveExtractor extractor(archive);
    const auto listing = extractor.listing();
    QVERIFY2(listing, qPrintable(listing.error()));
    QStringList paths;
    for (const ArchiveEntry &e : *listing)
        paths.append(e.path);
    paths.sort();
    const QStringList expected { QStringLiteral("go"), QStringLiteral("go/VERSION"), QStringLiteral("go/bin"),
        QStringLiteral("go/bin/go"), QStringLiteral("go/misc"), QStringLiteral("go/misc/main-link.go"),
        QStringLiteral("go/pkg"), QStringLiteral("go/pkg/empty"), QStringLiteral("go/src"),
        QStringLiteral("go/src/cmd"), QStringLiteral("go/src/cmd/main.go"), QStringLiteral("go/test"),
        QStringLiteral("go/test/fixedbugs"), QStringLiteral("go/test/fixedbugs/issue27836.dir"),
        QStringLiteral("go/test/fixedbugs/issue27836.dir/\u00DEfoo.go") };
    QCOMPARE(paths, expected);

    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    const QString target = m_dir->filePath(QStringLiteral("out"));
    const auto done = extractor.extractTo(target, [&](qint64 d, qint64 t) {
        lastDone = d;
        lastTotal = t;
        return true;
    });
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(lastTotal, qint64(kVersion.size() + kGoScript.size() + 2 * kSource.size()));
    QCOMPARE(lastDone, lastTotal);

    const QDir out(target);
    QCOMPARE(readAll(out.filePath(QStringLiteral("go/VERSION"))), kVersion);
    QCOMPARE(readAll(out.filePath(QStringLiteral("go/bin/go"))), kGoScript);
    QCOMPARE(readAll(out.filePath(QStringLiteral("go/test/fixedbugs/issue27836.dir/\u00DEfoo.go"))), kSource);

    QVERIFY(QFileInfo(out.filePath(QStringLiteral("go/pkg/empty"))).isDir());
#ifndef Q_OS_WIN
    // Modes and symbolic links are facts of Unix file systems: NTFS has no mode bits, and Go's
    // Windows archives hold no links.
    const QFileInfo goBinary(out.filePath(QStringLiteral("go/bin/go")));
    QVERIFY(goBinary.isExecutable());
    QVERIFY(goBinary.permissions().testFlag(QFileDevice::ExeOther));
    const QFileInfo source(out.filePath(QStringLiteral("go/src/cmd/main.go")));
    QVERIFY(!source.isExecutable());
    QVERIFY(!source.permissions().testFlag(QFileDevice::WriteOther));

    const QFileInfo link(out.filePath(QStringLiteral("go/misc/main-link.go")));
    QVERIFY(link.isSymLink());
    QCOMPARE(link.symLinkTarget(), source.absoluteFilePath());
    QCOMPARE(readAll(link.filePath()), kSource);
#endif
}

void TestArchiveExtractor::refusesHostileArchives_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QList<Spec>>("specs");
    QTest::addColumn<QString>("mentions");

    const QList<std::pair<const char *, QString>> formats { { "tar.gz", QStringLiteral(".tar.gz") },
        { "zip", QStringLiteral(".zip") } };
    for (const auto &[label, suffix] : formats) {
        QTest::addRow("%s: dot-dot escape", label)
            << suffix
            << QList<Spec> { { Spec::File, QStringLiteral("go/VERSION"), kVersion },
                   { Spec::File, QStringLiteral("go/../../evil.txt"), QByteArrayLiteral("pwned") } }
            << "..";
        QTest::addRow("%s: absolute link", label)
            << suffix
            << QList<Spec> { { Spec::File, QStringLiteral("go/VERSION"), kVersion },
                   { Spec::Link, QStringLiteral("go/esc"), QByteArrayLiteral("/victim") } }
            << "/victim";
        QTest::addRow("%s: link above the root", label)
            << suffix
            << QList<Spec> { { Spec::File, QStringLiteral("go/VERSION"), kVersion },
                   { Spec::Link, QStringLiteral("go/up"), QByteArrayLiteral("../../outside") } }
            << "../../outside";
        QTest::addRow("%s: link walking through a link", label)
            << suffix
            << QList<Spec> { { Spec::Link, QStringLiteral("go/a"), QByteArrayLiteral("..") },
                   { Spec::Link, QStringLiteral("go/b"), QByteArrayLiteral("a/..") } }
            << "a/..";
    }
}

void TestArchiveExtractor::refusesHostileArchives()
{
    QFETCH(QString, suffix);
    QFETCH(QList<Spec>, specs);
    QFETCH(QString, mentions);
    // The archive lives two folders down so that an escape would land inside the temporary dir.
    const QString work = m_dir->filePath(QStringLiteral("a/b"));
    QVERIFY(QDir().mkpath(work));
    const QString archive = work + QStringLiteral("/hostile") + suffix;
    QVERIFY(writeArchive(archive, specs));

    ArchiveExtractor extractor(archive);
    const auto listing = extractor.listing();
    QVERIFY(!listing);
    QVERIFY2(listing.error().contains(mentions), qPrintable(listing.error()));
    QVERIFY2(listing.error().contains(archive), qPrintable(listing.error()));

    const QString target = work + QStringLiteral("/out");
    QVERIFY(!extractor.extractTo(target));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("evil.txt"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("a/evil.txt"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("a/b/evil.txt"))));
}

void TestArchiveExtractor::truncatedArchiveLeavesNothing()
{
    // Incompressible content, so that cutting the file cuts into the middle of the data.
    QByteArray noise(2 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    const QString archive = m_dir->filePath(QStringLiteral("truncated.tar.gz"));
    QVERIFY(writeArchive(archive,
        { { Spec::File, QStringLiteral("go/VERSION"), kVersion }, { Spec::File, QStringLiteral("go/blob"), noise } }));
    QFile f(archive);
    QVERIFY(f.resize(f.size() * 6 / 10));

    ArchiveExtractor extractor(archive);
    const QString target = m_dir->filePath(QStringLiteral("out"));
    const auto result = extractor.extractTo(target);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(archive), qPrintable(result.error()));
    QVERIFY(!QFileInfo::exists(target));
}

void TestArchiveExtractor::cancelLeavesNothing()
{
    const QString archive = m_dir->filePath(QStringLiteral("go.zip"));
    QVERIFY(writeArchive(archive, goLikeTree()));
    ArchiveExtractor extractor(archive);
    const QString target = m_dir->filePath(QStringLiteral("out"));
    int calls = 0;
    const auto result = extractor.extractTo(target, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!result);
    QCOMPARE(calls, 2);
    QVERIFY(!QFileInfo::exists(target));
}

void TestArchiveExtractor::existingTargetIsNeverTouched()
{
    const QString archive = m_dir->filePath(QStringLiteral("go.tar.gz"));
    QVERIFY(writeArchive(archive, goLikeTree()));
    const QString target = m_dir->filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(target + QStringLiteral("/go")));
    QFile keep(target + QStringLiteral("/go/VERSION"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("go1.21.0\n");
    keep.close();

    ArchiveExtractor extractor(archive);
    const auto result = extractor.extractTo(target);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(target), qPrintable(result.error()));
    QCOMPARE(readAll(target + QStringLiteral("/go/VERSION")), QByteArrayLiteral("go1.21.0\n"));
}

void TestArchiveExtractor::rejectsUnknownFormat()
{
    const QString archive = m_dir->filePath(QStringLiteral("go.rar"));
    QFile f(archive);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Rar!");
    f.close();
    ArchiveExtractor extractor(archive);
    const auto listing = extractor.listing();
    QVERIFY(!listing);
    QVERIFY2(listing.error().contains(archive), qPrintable(listing.error()));
}

QTEST_GUILESS_MAIN(TestArchiveExtractor)
#include "tst_archiveextractor.moc"
