#include "tarinflater.h"

#include <KCompressionDevice>
#include <QCoreApplication>
#include <QFile>

namespace GoDual {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::TarInflater", text); }

constexpr qint64 kChunk = 1024 * 1024;

} // namespace

namespace TarInflater {

Result<void> inflate(const QString &gzPath, const QString &tarPath, const Progress &progress)
{
    auto *input = new QFile(gzPath);
    const qint64 total = input->size();
    // The device owns `input` (autoDeleteInputDevice) and never seeks it: only read() is called.
    KCompressionDevice gz(input, true, KCompressionDevice::GZip);
    if (!gz.open(QIODevice::ReadOnly))
        return Failure { tr("cannot open %1: %2").arg(gzPath, gz.errorString()) };
    QFile out(tarPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Failure { tr("cannot create %1: %2").arg(tarPath, out.errorString()) };
    auto fail = [&](QString message) -> Result<void> {
        out.close();
        out.remove();
        return Failure { std::move(message) };
    };
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = gz.read(buffer.data(), buffer.size());
        if (n < 0 || gz.error() != QFileDevice::NoError)
            return fail(tr("%1: the gzip data is damaged or ends early: %2").arg(gzPath, gz.errorString()));
        if (n == 0)
            break;
        if (out.write(buffer.constData(), n) != n)
            return fail(tr("cannot write %1: %2").arg(tarPath, out.errorString()));
        if (progress && !progress(input->pos(), total))
            return fail(tr("cancelled"));
    }
    // A stream that stops before its end marker reads as a short EOF; the whole input must have
    // been consumed by a complete stream.
    if (!gz.atEnd() || input->pos() < total)
        return fail(tr("%1: the gzip data ends early or has trailing bytes").arg(gzPath));
    if (!out.flush())
        return fail(tr("cannot write %1: %2").arg(tarPath, out.errorString()));
    return {};
}

} // namespace TarInflater
} // namespace GoDual
