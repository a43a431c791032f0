#include "installdialog.h"

#include "icons.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/releaselistmodel.h"
#include "itemmodels/sidename.h"
#include "releaseindexclient.h"
#include "sdk/sdkplan.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace GoDual {

namespace {

const char *const kSideProperty = "godualSide";

// A version to ask planInstall with before the user picked one: the answer for "can this side take
// an SDK, and which os/arch" does not depend on it.
GoVersion anyVersion() { return *GoVersion::parse(u"go1.22.0"); }

} // namespace

InstallDialog::InstallDialog(const Snapshot &snapshot, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_index(new ReleaseIndexClient(this))
    , m_releases(new ReleaseListModel(this))
    , m_filter(new ReleaseFilterModel(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_search(new QLineEdit(this))
    , m_showAll(new QCheckBox(this))
    , m_view(new QTableView(this))
    , m_sidesLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("installDialog"));
    setWindowIcon(Icons::install());
    m_filter->setSourceModel(m_releases);

    m_status->setObjectName(QStringLiteral("releaseStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setIcon(Icons::refresh());
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &InstallDialog::reload);

    m_search->setObjectName(QStringLiteral("releaseSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ReleaseFilterModel::setSearchText);
    m_showAll->setObjectName(QStringLiteral("showAllReleases"));
    connect(m_showAll, &QCheckBox::toggled, m_filter, &ReleaseFilterModel::setShowAll);

    m_view->setObjectName(QStringLiteral("releaseView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReleaseListModel::VersionColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InstallDialog::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InstallDialog::updateButtons);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &InstallDialog::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &InstallDialog::updateButtons);

    m_install = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_install->setObjectName(QStringLiteral("installButton"));
    m_install->setIcon(Icons::install());
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_install, &QPushButton::clicked, this, &InstallDialog::install);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // One box per side of the snapshot; the ones planInstall refuses stay visible, disabled, with
    // its reason as the tooltip, so the user sees that a side exists but cannot take an SDK yet.
    auto *sides = new QVBoxLayout;
    QStringList platforms;
    for (const Side &side : snapshot.sides) {
        auto *box = new QCheckBox(sideDisplayName(side), this);
        box->setObjectName(QStringLiteral("side:") + side.id.toString());
        box->setProperty(kSideProperty, side.id.toString());
        box->setIcon(Icons::side(side));
        const Result<InstallRequest> plan = planInstall(anyVersion(), side.id, &side);
        auto *row = new QHBoxLayout;
        row->addWidget(box);
        if (!canInstallOn(side.id) || !plan) {
            box->setEnabled(false);
            box->setToolTip(plan ? tr("GoDual cannot install on this side yet") : plan.error());
            // Said next to the box too: a disabled control shows no tooltip on some platforms.
            auto *reason = new QLabel(box->toolTip(), this);
            reason->setObjectName(QStringLiteral("sideReason:") + side.id.toString());
            reason->setEnabled(false);
            row->addWidget(reason, 1);
        } else {
            box->setToolTip(tr("Installs into %1").arg(plan->sdkRoot));
            const QString platform = plan->os + u'/' + plan->arch;
            if (!platforms.contains(platform))
                platforms.append(platform);
        }
        connect(box, &QCheckBox::toggled, this, &InstallDialog::updateButtons);
        m_sideBoxes.append(box);
        row->addStretch();
        sides->addLayout(row);
    }
    // One side that can take an SDK: the obvious choice, made already.
    const auto enabled
        = std::count_if(m_sideBoxes.begin(), m_sideBoxes.end(), [](QCheckBox *b) { return b->isEnabled(); });
    if (enabled == 1) {
        for (QCheckBox *box : std::as_const(m_sideBoxes))
            box->setChecked(box->isEnabled());
    }
    m_releases->setPlatforms(platforms);
    // Which archives exist only means something for sides that can take one.
    m_view->setColumnHidden(ReleaseListModel::ArchivesColumn, platforms.isEmpty());

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_sidesLabel);
    layout->addLayout(sides);
    layout->addWidget(m_buttons);
    resize(640, 520);

    connect(m_index, &ReleaseIndexClient::finished, this, &InstallDialog::onIndexFetched);
    retranslate();
    m_index->fetch();
    updateStatus();
    updateButtons();
}

InstallDialog::~InstallDialog() = default;

void InstallDialog::reload()
{
    m_index->fetch(ReleaseIndexClient::CachePolicy::Refresh);
    updateStatus();
}

bool InstallDialog::isLoading() const { return m_index->isRunning(); }

void InstallDialog::onIndexFetched()
{
    const Result<ReleaseIndexAnswer> &answer = m_index->result();
    m_releases->setReleases(answer ? answer->releases : QList<GoRelease>());
    m_view->resizeColumnsToContents();
    if (m_filter->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
    updateStatus();
    updateButtons();
    Q_EMIT releasesLoaded();
}

void InstallDialog::updateStatus()
{
    m_retry->setVisible(false);
    QPalette palette = this->palette();
    if (!m_planError.isEmpty()) {
        palette.setColor(QPalette::WindowText, QColor(214, 48, 49));
        m_status->setPalette(palette);
        m_status->setText(m_planError);
        return;
    }
    m_status->setPalette(palette);
    if (m_index->isRunning()) {
        m_status->setText(tr("Loading the release index…"));
        return;
    }
    const Result<ReleaseIndexAnswer> &answer = m_index->result();
    if (!answer) {
        palette.setColor(QPalette::WindowText, QColor(214, 48, 49));
        m_status->setPalette(palette);
        m_status->setText(tr("The release index could not be read: %1").arg(answer.error()));
        m_retry->setVisible(true);
        return;
    }
    const QString when = QLocale().toString(answer->fetchedAt.toLocalTime(), QLocale::ShortFormat);
    if (answer->stale) {
        m_status->setText(tr("Offline: cached index from %1").arg(when));
        m_status->setToolTip(answer->staleReason);
        m_retry->setVisible(true);
        return;
    }
    m_status->setToolTip(answer->url.toString());
    m_status->setText(
        tr("%n release(s) from %1, fetched %2", nullptr, int(answer->releases.size())).arg(answer->url.host(), when));
}

const GoRelease *InstallDialog::selectedRelease() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_releases->release(m_filter->mapToSource(current).row()) : nullptr;
}

void InstallDialog::updateButtons()
{
    const bool anySide = std::any_of(
        m_sideBoxes.begin(), m_sideBoxes.end(), [](QCheckBox *b) { return b->isEnabled() && b->isChecked(); });
    m_install->setEnabled(anySide && selectedRelease() && !m_index->isRunning());
}

void InstallDialog::install()
{
    const GoRelease *release = selectedRelease();
    if (!release)
        return;
    QList<InstallRequest> requests;
    for (QCheckBox *box : std::as_const(m_sideBoxes)) {
        if (!box->isEnabled() || !box->isChecked())
            continue;
        const Result<SideId> id = SideId::parse(box->property(kSideProperty).toString());
        if (!id)
            continue;
        Result<InstallRequest> plan = planInstall(release->version, *id, m_snapshot.side(*id));
        if (!plan) {
            m_planError = plan.error();
            updateStatus();
            return;
        }
        requests.append(std::move(plan).value());
    }
    m_planError.clear();
    Q_EMIT installRequested(requests);
    accept();
}

void InstallDialog::retranslate()
{
    setWindowTitle(tr("Install Go"));
    m_retry->setText(tr("&Retry"));
    m_search->setPlaceholderText(tr("Search versions, e.g. 1.22"));
    m_search->setAccessibleName(tr("Search versions"));
    m_showAll->setText(tr("Show &all releases (betas and release candidates too)"));
    m_view->setAccessibleName(tr("Go releases"));
    m_sidesLabel->setText(tr("Install on:"));
    m_install->setText(tr("&Install"));
    m_close->setText(tr("Close"));
    updateStatus();
}

void InstallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace GoDual
