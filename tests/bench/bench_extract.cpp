// Extracts one archive the way GoDual does, for tests/bench/run to time against tar, unzip and
// bsdtar: `bench_extract MODE ARCHIVE DEST`, DEST must not exist.
//   godual   .tar.gz: TarInflater to a plain .tar beside DEST, then ArchiveExtractor on it
//            (what `godual install` runs); .zip: ArchiveExtractor (KZip) directly
//   karchive ArchiveExtractor straight on the .tar.gz (KTar: inflates into $TMPDIR first)
#include "archiveextractor.h"
#include "tarinflater.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace GoDual;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: bench_extract godual|karchive ARCHIVE DEST\n";
        return 2;
    }
    const QString mode = args.at(1);
    const QString archive = args.at(2);
    const QString dest = args.at(3);
    QString source = archive;
    const QString tar = dest + QStringLiteral(".tar");
    if (mode == u"godual" && archive.endsWith(QLatin1StringView(".tar.gz"))) {
        if (auto inflated = TarInflater::inflate(archive, tar); !inflated) {
            err << inflated.error() << '\n';
            return 1;
        }
        source = tar;
    }
    ArchiveExtractor extractor(source);
    const auto extracted = extractor.extractTo(dest);
    QFile::remove(tar);
    if (!extracted) {
        err << extracted.error() << '\n';
        return 1;
    }
    return 0;
}
