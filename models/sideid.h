#pragma once

#include "result.h"

#include <QMetaType>
#include <QString>

namespace GoDual {

// Names one side as the contract spells it: "windows", "local" or "wsl:<distro>".
class SideId {
public:
    enum class Kind { Windows, Wsl, Local };

    SideId() = default;
    static SideId windows() { return SideId(Kind::Windows, {}); }
    static SideId local() { return SideId(Kind::Local, {}); }
    static SideId wsl(const QString &distro) { return SideId(Kind::Wsl, distro); }

    // Accepts "windows", "local", "wsl:<name>" and a bare distro name. Distro names follow WSL's
    // registration rule ([A-Za-z0-9._-]{1,256}); anything else is an error naming the input.
    static Result<SideId> parse(const QString &text);
    static bool isValidDistroName(QStringView name);

    Kind kind() const { return m_kind; }
    // The distro name for a WSL side, empty otherwise.
    const QString &distro() const { return m_distro; }
    QString toString() const;

    // WSL looks distros up case-insensitively, so two spellings of one name are the same side.
    bool operator==(const SideId &other) const;

private:
    SideId(Kind kind, QString distro)
        : m_kind(kind)
        , m_distro(std::move(distro))
        , m_folded(m_distro.toCaseFolded())
    {
    }

    Kind m_kind = Kind::Local;
    QString m_distro;
    // The name case-folded once: sides are compared in every lookup of planning and diagnosis,
    // and a plain comparison of folded names is what a case-insensitive one costs many times.
    QString m_folded;
};

} // namespace GoDual

Q_DECLARE_METATYPE(GoDual::SideId)
