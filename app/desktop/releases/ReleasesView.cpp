// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/releases/ReleasesView.h"

#include "core/watch/WatchReleaseModel.h"
#include "desktop/releases/ReleaseVerdictLook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

using watch::WatchRelease;
using watch::WatchReleaseModel;

ReleasesView::ReleasesView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("releasesView"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("releasesStatus"));
    m_status->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("releasesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Nothing watched yet. Sign in to an account that can publish packages: "
                        "TokenDesk then watches every release of them."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("releasesTable"));
    m_table->setAccessibleName(tr("Releases"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("releaseDetails"));
    m_details->setAccessibleName(tr("Release details"));
    m_details->setOpenLinks(false);

    m_itWasMe = new QPushButton(tr("It &was me"), this);
    m_itWasMe->setObjectName(QStringLiteral("itWasMeButton"));
    m_itWasMe->setToolTip(tr("You published this yourself: close the alarm and remember it."));
    m_respond = new QPushButton(tr("R&espond…"), this);
    m_respond->setObjectName(QStringLiteral("respondButton"));
    m_respond->setToolTip(tr("Lock the package down: stop further publishes and undo this one."));
    m_expect = new QPushButton(tr("Expect &manual publish"), this);
    m_expect->setObjectName(QStringLiteral("expectManualButton"));
    m_exclude = new QPushButton(tr("Excl&ude from watch"), this);
    m_exclude->setObjectName(QStringLiteral("excludeButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("releasesError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_expect);
    buttons->addWidget(m_exclude);
    buttons->addWidget(m_itWasMe);
    buttons->addWidget(m_respond);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_details, 1);
    lowerLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_itWasMe, &QPushButton::clicked, this, [this] {
        if (const WatchRelease *release = currentRelease())
            Q_EMIT itWasMeRequested(*release);
    });
    connect(m_respond, &QPushButton::clicked, this, [this] {
        if (const WatchRelease *release = currentRelease())
            Q_EMIT respondRequested(*release);
    });
    connect(m_expect, &QPushButton::clicked, this, [this] {
        if (const WatchRelease *release = currentRelease())
            Q_EMIT expectManualPublishRequested(*release);
    });
    connect(m_exclude, &QPushButton::clicked, this, [this] {
        if (const WatchRelease *release = currentRelease())
            Q_EMIT excludeRequested(*release, !currentExcluded());
    });
    // The same actions on the row (right click or the menu key).
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ReleasesView::showContextMenu);
    showCurrent();
}

void ReleasesView::setExcludedPackages(const QSet<QString> &packages)
{
    m_excluded = packages;
    showCurrent();
}

bool ReleasesView::currentExcluded() const
{
    const WatchRelease *release = currentRelease();
    return release && m_excluded.contains(release->package);
}

void ReleasesView::showContextMenu(const QPoint &pos)
{
    const WatchRelease *release = currentRelease();
    if (!release)
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_expect->toolTip(), m_expect, &QPushButton::click);
    menu->addAction(m_exclude->toolTip(), m_exclude, &QPushButton::click);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void ReleasesView::setModel(WatchReleaseModel *model)
{
    m_model = model;
    m_look = new ReleaseVerdictLook(this);
    m_look->setSourceModel(model);
    m_table->setModel(m_look);
    // Newest first, as WatchService orders them; a click on a header sorts by that column (the
    // model keeps open alarms on top).
    m_table->horizontalHeader()->setSortIndicator(WatchReleaseModel::WhenColumn,
                                                  Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(WatchReleaseModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WatchReleaseModel::PathColumn,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(WatchReleaseModel::PathColumn, 320);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const WatchRelease *release = currentRelease())
            m_currentKey = release->key();
        showCurrent();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(WatchReleaseModel::PathColumn,
                                qMin(m_table->columnWidth(WatchReleaseModel::PathColumn), 300));
        const int row = m_model->rowOfKey(m_currentKey);
        selectRelease(
            row >= 0 ? m_currentKey
                     : (m_model->rowCount() > 0 ? m_model->releases().first().key() : QString()));
        updateEmptyState();
    });
    updateEmptyState();
}

void ReleasesView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ReleasesView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ReleasesView::selectRelease(const QString &key)
{
    const int row = m_model ? m_model->rowOfKey(key) : -1;
    if (row < 0) {
        m_table->clearSelection();
        showCurrent();
        return;
    }
    m_currentKey = key;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_look->index(row, 0));
    showCurrent();
}

const WatchRelease *ReleasesView::currentRelease() const
{
    if (!m_model || !m_table->selectionModel())
        return nullptr;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->release(current.row()) : nullptr;
}

void ReleasesView::updateEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_empty->setVisible(empty);
}

void ReleasesView::showCurrent()
{
    const WatchRelease *release = currentRelease();
    showError({});
    m_itWasMe->setEnabled(release && release->isOpenAlarm());
    m_respond->setEnabled(release && release->level != watch::WatchVerdict::Level::Expected);
    m_expect->setEnabled(release != nullptr);
    m_exclude->setEnabled(release != nullptr);
    const QString package = release ? release->package : QString();
    m_expect->setToolTip(tr("Expect a manual publish of %1 in the next hour").arg(package));
    const bool excluded = currentExcluded();
    m_exclude->setText(excluded ? tr("Incl&ude in watch") : tr("Excl&ude from watch"));
    m_exclude->setToolTip(excluded ? tr("Include %1 in the watch again").arg(package)
                                   : tr("Exclude %1 from the watch").arg(package));
    if (!release) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1 %2</h3>")
                       .arg(release->package.toHtmlEscaped(), release->version.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> · %2</p>")
                .arg(watch::levelWords(release->level).toHtmlEscaped(),
                     WatchReleaseModel::eventText(*release).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(WatchReleaseModel::pathText(*release).toHtmlEscaped());
    if (!release->reasons.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Reasons:").toHtmlEscaped());
        for (const QString &reason : release->reasons)
            html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!release->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(release->note.toHtmlEscaped());
    if (release->acknowledged)
        html += QStringLiteral("<p>%1</p>").arg(tr("You answered this alarm.").toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace td
