// SPDX-License-Identifier: GPL-3.0-or-later
// The tabs behind Tokens: placeholders until the first paint, then their pages (issue 18).
#include "desktop/mainwindow/MainWindow.h"

#include "desktop/publishing/PublishingModel.h"
#include "desktop/publishing/PublishingTab.h"
#include "desktop/releases/ReleasesView.h"
#include "desktop/stage/StagedReleasesTab.h"
#include "desktop/timeline/TimelineView.h"
#include "desktop/trust/DiagnosePage.h"

#include <QLineEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimer>

#include <array>

namespace td {

namespace {
// Positions in m_placeholders, which follow the tab order.
enum Place {
    TimelinePlace,
    DiagnosePlace,
    StagedPlace,
    PublishingPlace,
    ReleasesPlace,
    PlaceCount
};
} // namespace

void MainWindow::addPagePlaceholders()
{
    // Titles and mnemonics are there from the start: the tab bar is painted with the table.
    const std::array<QString, PlaceCount> titles{tr("T&imeline"), tr("&Diagnose"),
                                                 tr("&Staged releases"), tr("&Publishing"),
                                                 tr("&Releases")};
    for (const QString &title : titles) {
        auto *placeholder = new QWidget(m_tabs);
        m_placeholders.append(placeholder);
        m_tabs->addTab(placeholder, title);
    }
}

void MainWindow::buildTabPages()
{
    if (hasTabPages())
        return;
    m_timeline = new TimelineView(m_tabs);
    // Pasting a failing CI log is part of the daily work with tokens, so it sits beside them.
    m_diagnose = new DiagnosePage(m_tabs);
    // What CI staged waits here for a maintainer's review (issue 13).
    m_staged = new StagedReleasesTab(m_tabs);
    // Every package's publish path and its January 2027 verdict, with the way out (issue 14).
    m_publishing = new PublishingTab(m_tabs);
    m_publishing->setModel(m_publishingModel);
    m_publishing->filter()->setClearButtonEnabled(true);
    // Every recent release of the watched packages and its verdict; alarms on top (issue 22).
    m_releases = new ReleasesView(m_tabs);

    if (m_tokens)
        m_timeline->setModel(m_tokens);
    if (m_timelineThresholds)
        m_timeline->setThresholds(*m_timelineThresholds);
    connect(m_timeline, &TimelineView::tokenClicked, this, [this](const QString &key) {
        m_tabs->setCurrentIndex(0);
        selectToken(key);
    });
    putPagesInPlace();
    Q_EMIT tabPagesBuilt();
}

// Each page takes its placeholder's tab with the title, tooltip and enabled state given to it
// so far; the tab that was current stays current.
void MainWindow::putPagesInPlace()
{
    const std::array<QWidget *, PlaceCount> pages{m_timeline, m_diagnose, m_staged, m_publishing,
                                                  m_releases};
    const int current = m_tabs->currentIndex();
    {
        const QSignalBlocker quiet(m_tabs); // the current page does not change for anyone
        for (int i = 0; i < PlaceCount; ++i) {
            QWidget *placeholder = m_placeholders.at(i);
            const int at = m_tabs->indexOf(placeholder);
            const QString title = m_tabs->tabText(at);
            const QString toolTip = m_tabs->tabToolTip(at);
            const bool enabled = m_tabs->isTabEnabled(at);
            m_tabs->removeTab(at);
            m_tabs->insertTab(at, pages.at(i), title);
            m_tabs->setTabToolTip(at, toolTip);
            m_tabs->setTabEnabled(at, enabled);
            delete placeholder;
        }
        m_tabs->setCurrentIndex(current);
    }
    m_placeholders.clear();
    updateDetailsVisibility();
}

int MainWindow::tabIndexOf(QWidget *page, int placeholder) const
{
    return m_tabs->indexOf(page ? page : m_placeholders.at(placeholder));
}

void MainWindow::updateDetailsVisibility()
{
    QWidget *current = m_tabs->currentWidget();
    if (m_placeholders.contains(current)) {
        // Someone got to a tab before its page was built: build it now, outside this signal.
        QTimer::singleShot(0, this, &MainWindow::buildTabPages);
        return;
    }
    m_details->setVisible(current != m_staged && current != m_publishing && current != m_releases);
}

void MainWindow::setTimelineThresholds(const QList<std::chrono::seconds> &notifyBefore)
{
    m_timelineThresholds = notifyBefore;
    if (m_timeline)
        m_timeline->setThresholds(notifyBefore);
}

TimelineView *MainWindow::timeline()
{
    buildTabPages();
    return m_timeline;
}

DiagnosePage *MainWindow::diagnosePage()
{
    buildTabPages();
    return m_diagnose;
}

StagedReleasesTab *MainWindow::stagedTab()
{
    buildTabPages();
    return m_staged;
}

PublishingTab *MainWindow::publishingTab()
{
    buildTabPages();
    return m_publishing;
}

ReleasesView *MainWindow::releasesView()
{
    buildTabPages();
    return m_releases;
}

void MainWindow::offerStagedTab(const QString &cannotStage)
{
    const int staged = tabIndexOf(m_staged, StagedPlace);
    m_tabs->setTabEnabled(staged, cannotStage.isEmpty());
    m_tabs->setTabToolTip(staged, cannotStage);
}

void MainWindow::showStagedReleases(const QString &stageId)
{
    buildTabPages();
    m_tabs->setCurrentWidget(m_staged);
    m_staged->selectRelease(stageId);
}

void MainWindow::setStagedCount(int count)
{
    m_tabs->setTabText(tabIndexOf(m_staged, StagedPlace),
                       count > 0 ? tr("&Staged releases (%n)", nullptr, count)
                                 : tr("&Staged releases"));
}

void MainWindow::setPublishPaths(const QList<PackagePublishPath> &paths)
{
    // A new survey resets the model: the package the user was looking at stays chosen.
    QString account;
    QString package;
    if (const PackagePublishPath *current = m_publishing ? m_publishing->currentPath() : nullptr) {
        account = current->account;
        package = current->package;
    }
    m_publishingModel->setPaths(paths);
    if (!package.isEmpty())
        m_publishing->selectPackage(account, package);
    const int atRisk = m_publishingModel->count(PublishVerdict::AtRisk);
    m_tabs->setTabText(tabIndexOf(m_publishing, PublishingPlace),
                       atRisk > 0 ? tr("&Publishing (%n at risk)", nullptr, atRisk)
                                  : tr("&Publishing"));
}

void MainWindow::showPublishing(const QString &account, const QString &package)
{
    buildTabPages();
    m_tabs->setCurrentWidget(m_publishing);
    if (!package.isEmpty())
        m_publishing->selectPackage(account, package);
}

} // namespace td
