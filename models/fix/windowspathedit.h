#pragma once

#include "registryvalue.h"
#include "result.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GoDual {

// One Windows Path registry value edited entry by entry, as fixes change Path: the text as stored,
// cut where Windows splits it (windowsPathSegments), each stored entry tied to the Side::path
// entry the scan made of it. Fixes name entries by their index in Side::path (what the scan saw,
// expanded), and the edit changes exactly the stored text behind them: every other entry keeps its
// text (%USERPROFILE% unexpanded) and the separators around it. A value type, so a plan draft can
// be copied with it.
class WindowsPathEdit {
    Q_DECLARE_TR_FUNCTIONS(GoDual::WindowsPathEdit)

public:
    // Starts from `current`, the value as the plan holds it now (std::nullopt: no such value yet;
    // a value of another type than REG_SZ or REG_EXPAND_SZ fails). Its entries are tied to the
    // scan when its text is still the one the scan read (`scanned`) and the entries of
    // `windows.path` with `origin` match its stored entries one to one, in order.
    static Result<WindowsPathEdit> start(const Side &windows, const Origin &origin,
        const std::optional<RegistryValue> &scanned, const std::optional<RegistryValue> &current);

    // Whether stored entries are tied to the scan's entries (when not, only append() works).
    bool isTied() const { return m_tied; }
    // Whether the scan's entry `pathIndex` is stored in this value and not removed.
    bool holds(qsizetype pathIndex) const;
    // The scan's entries this value stores, in order (removed ones included).
    QList<qsizetype> pathIndexes() const;
    // Its stored text as edited so far (empty when the value does not hold it).
    QString storedText(qsizetype pathIndex) const;

    void remove(qsizetype pathIndex);
    // Stores entry `pathIndex` as `stored` instead (it must expand to the same folder).
    void rewrite(qsizetype pathIndex, const QString &stored);
    // Adds an entry at the end, stored as `stored`, which expands to `folder`.
    void append(const QString &stored, const QString &folder);
    // Adds an entry in front of every other, stored as `stored`, which expands to `folder`; one
    // ';' separates it from the entries after it (the value's own separators stay behind it).
    void prepend(const QString &stored, const QString &folder);
    // What the added entries (appended or prepended) expand to, in the value's order.
    QStringList appendedFolders() const;

    // The value's text now: the entries kept, with the separators that were around them; empty
    // when no entry is left (the value stays, empty).
    QString text() const;
    // REG_SZ or REG_EXPAND_SZ as the plan holds it now.
    RegistryValue::Type type() const { return m_type; }
    // The type of the plan's value, which another fix may have changed (path-unexpanded-variable).
    void setType(RegistryValue::Type type) { m_type = type; }

    // The value to write: unchanged when its text and type are; else REG_EXPAND_SZ when it was, is
    // new, or an entry GoDual wrote holds '%', and REG_SZ otherwise. Fails above 32,767
    // characters (what Windows holds in a variable).
    Result<RegistryValue> value() const;

private:
    struct Piece {
        QString lead; // the separators before the entry
        QString text; // the entry as stored
        qsizetype pathIndex = -1; // the scan's entry it produced; -1 for an added one
        QString folder; // added: what it expands to
        bool removed = false;
        bool written = false; // its text is GoDual's (appended or rewritten)
    };
    qsizetype find(qsizetype pathIndex) const;
    bool anyKept() const;

    std::optional<RegistryValue> m_current;
    RegistryValue::Type m_type = RegistryValue::ExpandSz;
    QList<Piece> m_pieces;
    QString m_tail; // the separators after the last entry
    bool m_tied = false;
};

} // namespace GoDual
