#include "changedump.h"

namespace GoDual::Test {

QStringList dumpChanges(const QList<Change> &changes)
{
    QStringList out;
    for (const Change &c : changes) {
        if (!c.isRegistry()) {
            out.append(c.target + QStringLiteral(" = ") + QString::fromUtf8(c.after.value_or("(deleted)")));
            continue;
        }
        if (!c.afterValue) {
            out.append(c.target + QStringLiteral(" deleted"));
            continue;
        }
        const QString type = c.afterValue->type == RegistryValue::ExpandSz ? QStringLiteral("REG_EXPAND_SZ")
            : c.afterValue->type == RegistryValue::Sz                      ? QStringLiteral("REG_SZ")
                                                                           : QStringLiteral("other");
        out.append(c.target + u' ' + type + QStringLiteral(" = ") + c.afterValue->text);
    }
    return out;
}

} // namespace GoDual::Test
