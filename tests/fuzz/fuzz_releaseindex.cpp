// go.dev's release index (?mode=json&include=all).
#include "releaseindex.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto releases = GoDual::ReleaseIndex::parse(QByteArrayView(data, qsizetype(size)));
    if (releases)
        (void)GoDual::ReleaseIndex::currentStable(*releases);
    return 0;
}
