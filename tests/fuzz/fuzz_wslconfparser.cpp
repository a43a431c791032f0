// A distro's /etc/wsl.conf.
#include "platform/wslconfparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)GoDual::parseWslConf(bytes);
    return 0;
}
