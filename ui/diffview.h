#pragma once

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

namespace GoDual {

// Colours a unified diff: added lines green, removed lines red, hunk headers and the file lines
// muted; the colours are mixed with the palette's text colour so they read on light and dark
// themes alike.
class DiffHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit DiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

// A read-only, monospace view of a unified diff, coloured by DiffHighlighter.
class DiffView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);
    void setDiff(const QString &diff);
};

} // namespace GoDual
