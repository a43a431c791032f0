// The go env file that `go env -w` writes.
#include "scan/goenvfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)GoDual::GoEnvFile::parse(bytes, QStringLiteral("/home/dev/.config/go/env"));
    return 0;
}
