#include "diffview.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

namespace GoDual {

namespace {

QColor mixed(const QColor &tint, const QColor &text)
{
    // Two thirds tint, one third text: green stays green on white and on black.
    return QColor(
        (2 * tint.red() + text.red()) / 3, (2 * tint.green() + text.green()) / 3, (2 * tint.blue() + text.blue()) / 3);
}

} // namespace

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    const QColor textColor = QApplication::palette().color(QPalette::Text);
    QTextCharFormat format;
    if (text.startsWith(QLatin1StringView("+++")) || text.startsWith(QLatin1StringView("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(u'+')) {
        format.setForeground(mixed(QColor(0, 150, 0), textColor));
    } else if (text.startsWith(u'-')) {
        format.setForeground(mixed(QColor(200, 0, 0), textColor));
    } else if (text.startsWith(QLatin1StringView("@@"))) {
        format.setForeground(mixed(QColor(0, 90, 200), textColor));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(document());
}

void DiffView::setDiff(const QString &diff) { setPlainText(diff); }

} // namespace GoDual
