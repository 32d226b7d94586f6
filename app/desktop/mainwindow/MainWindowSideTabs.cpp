// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's tabs beside Tokens: built after the first paint (or when first asked for), and
// what the window does with them. The rest of the window is in MainWindow.cpp and
// MainWindowBuild.cpp.
#include "desktop/mainwindow/MainWindow.h"

#include "desktop/publishing/PublishingModel.h"
#include "desktop/publishing/PublishingTab.h"
#include "desktop/releases/ReleasesView.h"
#include "desktop/stage/StagedReleasesTab.h"
#include "desktop/timeline/TimelineView.h"
#include "desktop/trust/DiagnosePage.h"

#include <QSignalBlocker>
#include <QTabWidget>

namespace td {

// Building the five side tabs was a tenth of the main thread's work before the first paint, for
// pages nobody sees then (issue 18).
void MainWindow::buildSideTabs()
{
    if (sideTabsAreBuilt())
        return;
    m_timeline = new TimelineView(m_tabs);
    if (m_tokens)
        m_timeline->setModel(m_tokens);
    m_timeline->setThresholds(m_timelineThresholds);
    connect(m_timeline, &TimelineView::tokenClicked, this, [this](const QString &key) {
        m_tabs->setCurrentIndex(0);
        selectToken(key);
    });
    m_diagnose = new DiagnosePage(m_tabs);
    m_staged = new StagedReleasesTab(m_tabs);
    m_publishing = new PublishingTab(m_tabs);
    m_publishing->setModel(m_publishingModel);
    connect(m_publishing, &PublishingTab::wayOutRequested, this,
            &MainWindow::publishingWayOutRequested);
    m_releases = new ReleasesView(m_tabs);
    // Each view takes its placeholder's place, title, tooltip and state; the tab that was
    // current stays current. No currentChanged: the same tab is still chosen.
    const QSignalBlocker quiet(m_tabs);
    const int current = m_tabs->currentIndex();
    for (auto [page, view] : {std::pair{&m_timelinePage, static_cast<QWidget *>(m_timeline)},
                              {&m_diagnosePage, m_diagnose},
                              {&m_stagedPage, m_staged},
                              {&m_publishingPage, m_publishing},
                              {&m_releasesPage, m_releases}}) {
        const int index = m_tabs->indexOf(*page);
        const QString title = m_tabs->tabText(index);
        const QString tip = m_tabs->tabToolTip(index);
        const bool enabled = m_tabs->isTabEnabled(index);
        m_tabs->removeTab(index);
        delete *page;
        *page = view;
        m_tabs->insertTab(index, view, title);
        m_tabs->setTabToolTip(index, tip);
        m_tabs->setTabEnabled(index, enabled);
    }
    m_tabs->setCurrentIndex(current);
    Q_EMIT sideTabsBuilt();
}

TimelineView *MainWindow::timeline()
{
    buildSideTabs();
    return m_timeline;
}

DiagnosePage *MainWindow::diagnosePage()
{
    buildSideTabs();
    return m_diagnose;
}

StagedReleasesTab *MainWindow::stagedTab()
{
    buildSideTabs();
    return m_staged;
}

PublishingTab *MainWindow::publishingTab()
{
    buildSideTabs();
    return m_publishing;
}

ReleasesView *MainWindow::releasesView()
{
    buildSideTabs();
    return m_releases;
}

void MainWindow::setTimelineThresholds(const QList<std::chrono::seconds> &notifyBefore)
{
    m_timelineThresholds = notifyBefore;
    if (m_timeline)
        m_timeline->setThresholds(notifyBefore);
}

void MainWindow::showStagedReleases(const QString &stageId)
{
    StagedReleasesTab *tab = stagedTab();
    m_tabs->setCurrentWidget(m_stagedPage);
    tab->selectRelease(stageId);
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
        m_publishing->selectPackage(account, package); // only a built tab has one chosen
    const int atRisk = m_publishingModel->count(PublishVerdict::AtRisk);
    m_tabs->setTabText(m_tabs->indexOf(m_publishingPage),
                       atRisk > 0 ? tr("&Publishing (%n at risk)", nullptr, atRisk)
                                  : tr("&Publishing"));
}

void MainWindow::showPublishing(const QString &account, const QString &package)
{
    PublishingTab *tab = publishingTab();
    m_tabs->setCurrentWidget(m_publishingPage);
    if (!package.isEmpty())
        tab->selectPackage(account, package);
}

void MainWindow::setStagedCount(int count)
{
    m_tabs->setTabText(m_tabs->indexOf(m_stagedPage),
                       count > 0 ? tr("&Staged releases (%n)", nullptr, count)
                                 : tr("&Staged releases"));
}

} // namespace td
