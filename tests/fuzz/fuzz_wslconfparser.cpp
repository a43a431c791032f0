// A distro's /etc/wsl.conf: the reader, the layout the editor uses, and the editor itself.
#include "edit/wslconfedit.h"
#include "wslconfparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)GoDual::parseWslConf(bytes);
    (void)GoDual::readWslConfLayout(bytes);
    (void)GoDual::WslConfEdit::set(
        bytes, QStringLiteral("interop"), QStringLiteral("appendWindowsPath"), QStringLiteral("false"));
    (void)GoDual::WslConfEdit::unset(bytes, QStringLiteral("boot"), QStringLiteral("systemd"));
    return 0;
}
