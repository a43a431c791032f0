#pragma once

#include "changeset.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QVBoxLayout;

namespace GoDual {

class DiffView;

// What a preview shows: the change set, and what could not be included (one line each).
struct ChangePreview {
    ChangeSet set;
    QStringList notIncluded;
    QString note; // how the change works, when that needs saying (the mechanism `use` picked)
};

// Shows a change before it is made: each target as its side names it with the reasons, its diff,
// the choices the fix offers (radio buttons, each with its trade-off in one sentence; picking
// one plans again), the distros that must restart (a check box: restarting ends their running
// programs, so it is asked, never assumed). Accepting emits applyRequested() with the set shown.
class ChangePreviewDialog : public QDialog {
    Q_OBJECT

public:
    // Plans the change for a choice ("" when there is none): pure and quick, run on each pick.
    using Planner = std::function<ChangePreview(const QString &choice)>;
    struct Choice {
        QString name; // "append-off": what the plan is asked for
        QString title; // for people
        QString tradeOff; // one sentence
    };

    // `choices` empty: the change has one way. The first choice is the default.
    ChangePreviewDialog(const QString &title, const QList<Choice> &choices, Planner planner, QWidget *parent = nullptr);

    void setApplyText(const QString &text);
    const ChangeSet &changeSet() const { return m_preview.set; }
    QString choice() const;
    void setChoice(const QString &name);
    bool restartRequested() const;
    DiffView *diffView() const { return m_diff; }
    QListWidget *targets() const { return m_targets; }

Q_SIGNALS:
    void applyRequested(const GoDual::ChangeSet &set, bool restart);

private:
    void replan();
    void showTarget(int row);
    static QString targetLabel(const Change &change);

    Planner m_planner;
    ChangePreview m_preview;
    QLabel *m_summary;
    QGroupBox *m_choiceBox = nullptr;
    QButtonGroup *m_choices = nullptr;
    QStringList m_choiceNames;
    QListWidget *m_targets;
    DiffView *m_diff;
    QLabel *m_notIncluded;
    QCheckBox *m_restart;
    QDialogButtonBox *m_buttons;
};

} // namespace GoDual
