// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/stage/StagedReleasesTab.h"

#include "desktop/mainwindow/StatePalette.h"
#include "desktop/stage/StagedReleaseModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

StagedReleasesTab::StagedReleasesTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stagedReleasesTab"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stagedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("stagedTable"));
    m_table->setAccessibleName(tr("Staged releases"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(StagedReleaseModel::RawValueRole);

    m_diff = new QTextBrowser(splitter);
    m_diff->setObjectName(QStringLiteral("stageDiff"));
    m_diff->setAccessibleName(tr("Changes against the last release"));
    m_diff->setOpenLinks(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveStaged"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setAccessibleName(tr("Approve the selected staged version"));
    m_approve->setToolTip(tr("Publish the selected version (Ctrl+Return)"));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectStaged"));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_reject->setAccessibleName(tr("Reject the selected staged version"));
    m_reject->setToolTip(tr("Delete the selected staged version (Ctrl+Delete)"));
    m_approveAll = new QPushButton(tr("Approve a&ll in dependency order…"), this);
    m_approveAll->setObjectName(QStringLiteral("approveAllStaged"));
    m_approveAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_approveAll->setAccessibleName(tr("Approve every waiting staged version"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("stageProgress"));
    m_progress->setAccessibleName(tr("Batch approval progress"));
    m_progress->hide();
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approveAll);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    layout->addLayout(buttons);

    setTabOrder(m_table, m_approve);
    setTabOrder(m_approve, m_reject);
    setTabOrder(m_reject, m_approveAll);
    setTabOrder(m_approveAll, m_diff);

    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const QString id = currentStageId(); !id.isEmpty())
            Q_EMIT approveRequested(id);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (const QString id = currentStageId(); !id.isEmpty())
            Q_EMIT rejectRequested(id);
    });
    connect(m_approveAll, &QPushButton::clicked, this, &StagedReleasesTab::approveAllRequested);
    setActionsEnabled(false, false, false);
}

void StagedReleasesTab::setModel(StagedReleaseModel *model)
{
    m_proxy->setSourceModel(model);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(StagedReleaseModel::WhenColumn, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StagedReleasesTab::emitCurrent);
    // A reset (a new poll) keeps the selection on the same version when it is still there.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_table->setProperty("keep", currentStageId()); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        selectRelease(m_table->property("keep").toString());
        emitCurrent();
    });
}

void StagedReleasesTab::emitCurrent()
{
    Q_EMIT currentReleaseChanged(currentStageId());
}

QString StagedReleasesTab::currentStageId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(StagedReleaseModel::StageIdRole).toString() : QString();
}

void StagedReleasesTab::selectRelease(const QString &stageId)
{
    if (stageId.isEmpty())
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(StagedReleaseModel::StageIdRole).toString() == stageId) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void StagedReleasesTab::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void StagedReleasesTab::setDiffHtml(const QString &html)
{
    if (html == m_diffHtml)
        return;
    m_diffHtml = html;
    m_diff->setHtml(html);
}

void StagedReleasesTab::setActionsEnabled(bool approve, bool reject, bool approveAll)
{
    m_approve->setEnabled(approve);
    m_reject->setEnabled(reject);
    m_approveAll->setEnabled(approveAll);
}

void StagedReleasesTab::setProgress(int done, int total)
{
    m_progress->setVisible(total > 0);
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %n approved", nullptr, total).arg(done));
}

DiffColours StagedReleasesTab::diffColours() const
{
    const QPalette &p = palette();
    return {stateColor(ExpiryState::Healthy), stateColor(ExpiryState::Expired),
            p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase),
            p.color(QPalette::PlaceholderText)};
}

void StagedReleasesTab::changeEvent(QEvent *event)
{
    // The diff's colours come from the palette: the presenter renders again on a theme change.
    if (event->type() == QEvent::PaletteChange)
        emitCurrent();
    QWidget::changeEvent(event);
}

} // namespace td
