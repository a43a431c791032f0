#include "changepreviewdialog.h"

#include "cli/changesetreport.h"
#include "diffview.h"
#include "itemmodels/sidename.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace GoDual {

ChangePreviewDialog::ChangePreviewDialog(
    const QString &title, const QList<Choice> &choices, Planner planner, QWidget *parent)
    : QDialog(parent)
    , m_planner(std::move(planner))
    , m_summary(new QLabel(this))
    , m_targets(new QListWidget(this))
    , m_diff(new DiffView(this))
    , m_notIncluded(new QLabel(this))
    , m_restart(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePreviewDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    if (!choices.isEmpty()) {
        m_choiceBox = new QGroupBox(tr("How"), this);
        m_choiceBox->setObjectName(QStringLiteral("choiceBox"));
        m_choices = new QButtonGroup(this);
        auto *choiceLayout = new QVBoxLayout(m_choiceBox);
        for (int i = 0; i < choices.size(); ++i) {
            auto *radio = new QRadioButton(choices[i].title, m_choiceBox);
            radio->setObjectName(QStringLiteral("choice-") + choices[i].name);
            auto *tradeOff = new QLabel(choices[i].tradeOff, m_choiceBox);
            tradeOff->setWordWrap(true);
            tradeOff->setTextFormat(Qt::PlainText);
            tradeOff->setBuddy(radio);
            // Indented under its radio button, as Windows' own dialogs do.
            tradeOff->setContentsMargins(24, 0, 0, 6);
            radio->setToolTip(choices[i].tradeOff);
            choiceLayout->addWidget(radio);
            choiceLayout->addWidget(tradeOff);
            m_choices->addButton(radio, i);
            m_choiceNames.append(choices[i].name);
        }
        m_choices->button(0)->setChecked(true);
        connect(m_choices, &QButtonGroup::idClicked, this, &ChangePreviewDialog::replan);
        layout->addWidget(m_choiceBox);
    }

    m_targets->setObjectName(QStringLiteral("changeTargets"));
    m_targets->setAccessibleName(tr("Files and registry values to change"));
    m_diff->setObjectName(QStringLiteral("changeDiff"));
    m_diff->setAccessibleName(tr("Changes"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_targets);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    connect(m_targets, &QListWidget::currentRowChanged, this, &ChangePreviewDialog::showTarget);

    m_notIncluded->setObjectName(QStringLiteral("notIncluded"));
    m_notIncluded->setWordWrap(true);
    m_notIncluded->setTextFormat(Qt::PlainText);
    layout->addWidget(m_notIncluded);
    m_restart->setObjectName(QStringLiteral("restartCheck"));
    layout->addWidget(m_restart);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyButton"));
    // Qt's own translations of the standard buttons may not be installed beside GoDual.
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applyRequested(m_preview.set, restartRequested());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(900, 640);
    replan();
}

void ChangePreviewDialog::setApplyText(const QString &text) { m_buttons->button(QDialogButtonBox::Ok)->setText(text); }

QString ChangePreviewDialog::choice() const
{
    return m_choices ? m_choiceNames.value(m_choices->checkedId()) : QString();
}

void ChangePreviewDialog::setChoice(const QString &name)
{
    const int at = int(m_choiceNames.indexOf(name));
    if (!m_choices || at < 0)
        return;
    m_choices->button(at)->setChecked(true);
    replan();
}

bool ChangePreviewDialog::restartRequested() const { return !m_restart->isHidden() && m_restart->isChecked(); }

QString ChangePreviewDialog::targetLabel(const Change &change)
{
    QString label = change.side.kind() == SideId::Kind::Windows
        ? change.target
        : tr("%1: %2").arg(sideDisplayName(change.side), change.target);
    if (!change.reasons.isEmpty())
        label += QStringLiteral("  (") + change.reasons.join(QStringLiteral(", ")) + u')';
    return label;
}

void ChangePreviewDialog::replan()
{
    m_preview = m_planner(choice());
    const ChangeSet &set = m_preview.set;
    m_targets->clear();
    for (const Change &change : set.changes)
        m_targets->addItem(targetLabel(change));
    QString summary = set.isEmpty() ? tr("Nothing to change.")
                                    : tr("%1\n\n%n target(s) change. Each is backed up first and written in one step; "
                                         "Change history undoes the whole set.",
                                          nullptr, int(set.changes.size()))
                                          .arg(set.summary);
    if (!m_preview.note.isEmpty())
        summary += QStringLiteral("\n") + m_preview.note;
    m_summary->setText(summary);
    m_notIncluded->setVisible(!m_preview.notIncluded.isEmpty());
    m_notIncluded->setText(tr("Not included:") + u'\n' + m_preview.notIncluded.join(u'\n'));
    m_restart->setVisible(!set.restartDistros.isEmpty());
    m_restart->setText(tr("Restart %1 after applying, so the change takes effect at once (programs running there end)")
            .arg(set.restartDistros.join(QStringLiteral(", "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!set.isEmpty());
    if (m_targets->count() > 0)
        m_targets->setCurrentRow(0);
    else
        m_diff->clear();
}

void ChangePreviewDialog::showTarget(int row)
{
    if (row < 0 || row >= m_preview.set.changes.size()) {
        m_diff->clear();
        return;
    }
    m_diff->setDiff(ChangeSetReport::diff(m_preview.set.changes[row]));
}

} // namespace GoDual
