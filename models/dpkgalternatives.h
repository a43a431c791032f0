#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace GoDual {

// One group of Debian's update-alternatives (`go`, for GoDual): the master link a command is run
// by, the registered choices and which one is in force, as dpkg keeps them in
// /var/lib/dpkg/alternatives/NAME and /etc/alternatives/NAME.
struct AlternativeGroup {
    struct Choice {
        QString path;
        int priority = 0;
        bool operator==(const Choice &) const = default;
    };

    QString name;
    bool manual = false; // `update-alternatives --set` chose; else auto mode, the highest priority wins
    QString link; // the master link: /usr/bin/go
    QString value; // what /etc/alternatives/NAME points at now
    QList<Choice> choices;

    bool hasChoice(const QString &path) const;
    // The state GoDual's writer reads and restores for the group, one line: "manual /usr/lib/go-1.21/bin/go\n".
    QByteArray state() const { return stateOf(manual, value); }
    static QByteArray stateOf(bool manual, const QString &value);
};

class DpkgAlternatives {
    Q_DECLARE_TR_FUNCTIONS(GoDual::DpkgAlternatives)

public:
    // Parses the administrative file of group `name` (`file`: the path it was read from, for
    // messages): its mode, master link, slave names and links, a blank line, then each choice's
    // path, priority and one line per slave, and a closing blank line. `value` is where
    // /etc/alternatives/NAME points. A failure names the file, the line and what was expected.
    static Result<AlternativeGroup> parse(
        const QString &name, const QByteArray &admin, const QString &value, const QString &file);
};

} // namespace GoDual
