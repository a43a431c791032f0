#include "wsldistro.h"

namespace GoDual {

namespace {

// wsl.exe's STATE words (platform facts 1.4), the one table both directions read.
constexpr struct {
    WslDistro::State state;
    const char16_t *word;
} kStateWords[] = {
    { WslDistro::State::Running, u"Running" },
    { WslDistro::State::Stopped, u"Stopped" },
    { WslDistro::State::Installing, u"Installing" },
    { WslDistro::State::Uninstalling, u"Uninstalling" },
    { WslDistro::State::Converting, u"Converting" },
    { WslDistro::State::Exporting, u"Exporting" },
};

} // namespace

QString wslStateWord(WslDistro::State state)
{
    for (const auto &entry : kStateWords) {
        if (entry.state == state)
            return QString::fromUtf16(entry.word);
    }
    return {};
}

WslDistro::State wslStateFromText(QStringView text)
{
    for (const auto &entry : kStateWords) {
        if (text.compare(QStringView(entry.word), Qt::CaseInsensitive) == 0)
            return entry.state;
    }
    return WslDistro::State::Unknown;
}

} // namespace GoDual
