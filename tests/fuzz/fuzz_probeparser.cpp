// The side probe's report; N1 is the nonce of the fixture tests/data/probe/basic.out.
#include "scan/probeparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)GoDual::ProbeParser::parse(bytes, QStringLiteral("N1"));
    (void)GoDual::ProbeParser::unescape(QString::fromUtf8(bytes));
    return 0;
}
