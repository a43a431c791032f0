#include "modeldump.h"

#include <QFile>
#include <QSaveFile>
#include <QStringList>

namespace GoDual::ModelDump {

namespace {

bool g_updating = false;

QString text(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral("; "));
    return v.toString();
}

} // namespace

QString dump(const QAbstractItemModel &model, const QList<int> &extraRoles)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(QStringLiteral(" | ")));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(text(model.data(model.index(r, c))));
        QString line = cells.join(QStringLiteral(" | "));
        // Row labels only where the model has its own (the default is the row number).
        const QVariant label = model.headerData(r, Qt::Vertical);
        if (label.typeId() == QMetaType::QString)
            line.prepend(label.toString() + QStringLiteral(": "));
        for (int role : extraRoles) {
            const QVariant v = model.data(model.index(r, 0), role);
            if (v.isValid())
                line += QStringLiteral(" [%1=%2]").arg(role).arg(text(v));
        }
        lines.append(line);
    }
    return lines.join(u'\n') + u'\n';
}

QString compareWithGolden(const QString &actual, const QString &relativePath)
{
    const QString path = QStringLiteral(GODUAL_TEST_DATA "/") + relativePath;
    if (g_updating) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(actual.toUtf8()) < 0 || !out.commit())
            return QStringLiteral("cannot write the golden %1").arg(path);
        qInfo("golden written: tests/data/%s", qPrintable(relativePath));
        return {};
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("no golden %1 (tools/dev update-goldens creates it)").arg(path);
    const QStringList want = QString::fromUtf8(in.readAll()).split(u'\n');
    const QStringList got = actual.split(u'\n');
    for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i) {
        if (want.value(i) != got.value(i)) {
            return QStringLiteral("%1 line %2:\n  golden: %3\n  actual: %4")
                .arg(relativePath)
                .arg(i + 1)
                .arg(want.value(i), got.value(i));
        }
    }
    return {};
}

void setUpdatingGoldens(bool updating) { g_updating = updating; }

bool updatingGoldens() { return g_updating; }

bool takeUpdateGoldensArgument(int &argc, char **argv)
{
    bool found = false;
    int kept = 0;
    for (int i = 0; i < argc; ++i) {
        if (i > 0 && qstrcmp(argv[i], "--update-goldens") == 0)
            found = true;
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return found;
}

} // namespace GoDual::ModelDump
