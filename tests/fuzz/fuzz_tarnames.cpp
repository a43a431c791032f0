// Tar headers (ustar, GNU long names, pax): the member names and types an archive claims.
#include "tarnames.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer tar(&bytes);
    if (!tar.open(QIODevice::ReadOnly))
        return 0;
    (void)GoDual::TarNames::read(tar, QStringLiteral("fuzz.tar"));
    return 0;
}
