// `wsl --list --verbose`, `--quiet` and `--running --quiet` output.
#include "platform/wsllistparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)GoDual::parseWslListVerbose(bytes, 0);
    (void)GoDual::parseWslListQuiet(bytes, 0);
    (void)GoDual::parseWslListRunningQuiet(bytes, 0);
    return 0;
}
