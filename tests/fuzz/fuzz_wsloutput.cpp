// wsl.exe's own text (UTF-16LE or UTF-8, any line ends) decoded, split and read as an error.
#include "platform/wsloutput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = GoDual::wslOutputLines(GoDual::decodeWslOutput(bytes));
    (void)GoDual::parseWslError(lines);
    return 0;
}
