// A `reg export` file (UTF-16LE with BOM, or UTF-8), then read as the registry.
#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = GoDual::parseRegFile(bytes, QStringLiteral("fuzz.reg"));
    if (parsed.ok()) {
        const GoDual::RegFileRegistry registry(*parsed);
        (void)registry.subkeys(QStringLiteral("HKCU"));
    }
    return 0;
}
