#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace GoDual {

// A Go release name in Go's own spelling: go1.22.6, go1.23rc1, go1.21beta2, go1.20.
// Ordering follows Go's internal/gover: go1.21 < go1.21rc1 < go1.21.0 < go1.21.1.
class GoVersion {
public:
    GoVersion() = default;

    // Accepts exactly Go's spelling (a leading "go" is required); nullopt for anything else,
    // including "devel" builds, which have no place in an ordering of releases.
    static std::optional<GoVersion> parse(QStringView text);

    bool isValid() const { return m_major > 0; }
    bool isPrerelease() const { return !m_kind.isEmpty(); }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    // -1 when the name has no patch component (go1.20, go1.21rc1).
    int patch() const { return m_patch; }

    // The name as Go spells it, e.g. "go1.22.6".
    QString toString() const;
    // The language version this release belongs to, e.g. "go1.22" for go1.22.6 and go1.22rc1.
    QString languageVersion() const;

    std::strong_ordering operator<=>(const GoVersion &other) const;
    bool operator==(const GoVersion &other) const = default;

private:
    int m_major = 0;
    int m_minor = -1;
    int m_patch = -1;
    QString m_kind; // "", "alpha", "beta" or "rc"; compared as text, which gives Go's order
    int m_pre = 0;
};

} // namespace GoDual

Q_DECLARE_METATYPE(GoDual::GoVersion)
