// A VS Code settings.json (JSON with comments): the JSONC reader, its editor, and the managed block
// and unified diff over the same bytes.
#include "edit/jsoncedit.h"
#include "edit/managedblock.h"
#include "edit/unifieddiff.h"
#include "jsonc.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)GoDual::Jsonc::readObject(bytes);
    const auto set = GoDual::JsoncEdit::set(bytes, QStringLiteral("go.goroot"), QJsonValue(QStringLiteral("/g")));
    (void)GoDual::JsoncEdit::remove(bytes, QStringLiteral("go.goroot"));
    const auto block = GoDual::ManagedBlock::apply(bytes, { QStringLiteral("x") });
    if (block.ok())
        (void)GoDual::unifiedDiff(QByteArray(bytes), *block, QStringLiteral("f"));
    if (set.ok())
        (void)GoDual::unifiedDiff(QByteArray(bytes), *set, QStringLiteral("f"));
    return 0;
}
