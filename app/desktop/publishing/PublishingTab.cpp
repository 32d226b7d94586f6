// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/publishing/PublishingTab.h"

#include "desktop/publishing/PublishingModel.h"
#include "desktop/publishing/PublishingSortProxy.h"
#include "desktop/publishing/VerdictDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

PublishingTab::PublishingTab(QWidget *parent)
    : QWidget(parent), m_proxy(new PublishingSortProxy(this))
{
    setObjectName(QStringLiteral("publishingTab"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("publishingSummary"));
    m_summary->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("publishingFilter"));
    m_filter->setAccessibleName(tr("Filter packages"));
    m_filter->setPlaceholderText(tr("Filter by package, path, verdict or reason…"));
    // Its clear button comes after the first paint (MainWindow::finishAfterFirstPaint).

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("publishingTable"));
    m_table->setAccessibleName(tr("Packages and their publish paths"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(PublishingModel::VerdictColumn, new VerdictDelegate(m_table));

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("publishingDetails"));
    m_details->setAccessibleName(tr("Publish path details"));
    m_details->setOpenLinks(false);

    m_wayOut = new QPushButton(tr("Way out…"), this);
    m_wayOut->setObjectName(QStringLiteral("wayOutButton"));
    m_wayOut->setAccessibleName(tr("Way out"));
    m_wayOut->setEnabled(false);

    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_wayOut);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text.trimmed()); });
    connect(m_wayOut, &QPushButton::clicked, this, [this] {
        if (const PackagePublishPath *path = currentPath(); path && path->wayOut != WayOut::None)
            Q_EMIT wayOutRequested(*path, path->wayOut);
    });
}

void PublishingTab::setModel(PublishingModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(PublishingModel::VerdictColumn, Qt::AscendingOrder);
    m_table->setColumnWidth(PublishingModel::PackageColumn, 190);
    m_table->setColumnWidth(PublishingModel::PathColumn, 250);
    m_table->setColumnWidth(PublishingModel::VerdictColumn, 200);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PublishingTab::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PublishingTab::showCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PublishingTab::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &PublishingTab::updateSummary);
    updateSummary();
    showCurrent();
}

void PublishingTab::selectPackage(const QString &account, const QString &package)
{
    if (!m_model)
        return;
    const int sourceRow = m_model->rowOf(account, package);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

const PackagePublishPath *PublishingTab::currentPath() const
{
    if (!m_model)
        return nullptr;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_model->pathAt(m_proxy->mapToSource(current).row());
}

void PublishingTab::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Choose a package to see how it is published and what "
                                       "to do before January 2027.")
                                        .toHtmlEscaped()));
        m_wayOut->setText(tr("Way out…"));
        m_wayOut->setEnabled(false);
        return;
    }
    m_details->setHtml(current.data(PublishingModel::DetailsRole).toString());
    const QString label = current.data(PublishingModel::WayOutLabelRole).toString();
    m_wayOut->setText(label.isEmpty() ? tr("Nothing to do") : label);
    m_wayOut->setAccessibleName(label.isEmpty() ? tr("Nothing to do") : label);
    m_wayOut->setEnabled(!label.isEmpty());
}

void PublishingTab::updateSummary()
{
    if (!m_model)
        return;
    const int atRisk = m_model->count(PublishVerdict::AtRisk);
    const int total = m_model->rowCount();
    if (total == 0)
        m_summary->setText(tr("No packages surveyed yet."));
    else if (atRisk == 0)
        m_summary->setText(tr("%n package(s) surveyed; none is known to be at risk in January "
                              "2027.",
                              nullptr, total));
    else
        m_summary->setText(tr("%n package(s) stop publishing in January 2027 unless they move "
                              "to trusted publishing or a stage-only token; npm has not announced "
                              "the exact day.",
                              nullptr, atRisk));
}

} // namespace td
