// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: start-up paints the cached token table before anything that can wait runs. At the
// table's first paint the staged-release poll has not started (nor the keychain probe, the
// registry refresh and the notices due at start, which run in the same step after it); right
// after that paint it has.
#include "DemoAccount.h"
#include "FakeClock.h"
#include "core/expiry/NotificationScheduler.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/stage/StageInbox.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/publishing/PublishingTab.h"
#include "desktop/releases/ReleasesView.h"
#include "desktop/stage/StagedReleasesTab.h"
#include "desktop/timeline/TimelineView.h"
#include "desktop/trust/DiagnosePage.h"

#include <QDBusServiceWatcher>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using td::test::FakeClock;

namespace {

// Records, at the watched widget's first paint, how many polls the inbox had finished.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(const QSignalSpy &polls) : m_polls(polls) { }
    int pollsAtFirstPaint = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && pollsAtFirstPaint < 0)
            pollsAtFirstPaint = int(m_polls.count());
        return QObject::eventFilter(watched, event);
    }

private:
    const QSignalSpy &m_polls;
};

// Calls `snapshot` at the watched widget's first paint event.
class AtFirstPaint : public QObject
{
public:
    explicit AtFirstPaint(std::function<void()> snapshot) : m_snapshot(std::move(snapshot)) { }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            m_snapshot();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_snapshot;
};

// A demo account with `tokens` cached tokens, and the Application over it, not started yet.
struct SeededApp
{
    explicit SeededApp(int tokens)
        : seeded(test::seedDemoAccount(dir.path(), clock.now(), tokens)),
          app(test::demoAppOptions(dir.path(), clock, secrets))
    { }

    QTemporaryDir dir;
    FakeClock clock;
    InMemorySecretStore secrets;
    bool seeded;
    Application app;
};

} // namespace

class TestFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theTablePaintsBeforeTheStagedPollStarts()
    {
        SeededApp seeded(12);
        QVERIFY(seeded.seeded);
        Application &app = seeded.app;
        QSignalSpy polls(app.stageInbox(), &StageInbox::updated);
        FirstPaintProbe probe(polls);
        app.mainWindow()->tokenTable()->viewport()->installEventFilter(&probe);

        app.start();
        QCOMPARE(app.tokenModel()->rowCount(), 12); // the cached list is in the table at once
        QCOMPARE(polls.count(), 0);                 // the poll waits for the first paint

        QTRY_VERIFY(probe.pollsAtFirstPaint >= 0);
        QCOMPARE(probe.pollsAtFirstPaint, 0);
        QTRY_COMPARE(polls.count(), 1); // and runs right after it
    }

    // The session bus waits too: the notifications' server lookup and capability query, and
    // the look for a tray that is missing (offscreen has none), start after the first paint.
    // Each watches its D-Bus name with a QDBusServiceWatcher, which is what this counts.
    void theDesktopServicesWaitForTheFirstPaint()
    {
        SeededApp seeded(1000);
        QVERIFY(seeded.seeded);
        Application &app = seeded.app;
        qsizetype watchersAtFirstPaint = -1;
        int rowsAtFirstPaint = -1;
        AtFirstPaint probe([&] {
            watchersAtFirstPaint = app.findChildren<QDBusServiceWatcher *>().size();
            rowsAtFirstPaint = app.tokenModel()->rowCount();
        });
        app.mainWindow()->tokenTable()->viewport()->installEventFilter(&probe);

        app.start();
        QTRY_VERIFY(probe.painted);
        QCOMPARE(rowsAtFirstPaint, 1000); // the cached list is what paints first
        QCOMPARE(watchersAtFirstPaint, 0);
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) // the harness's bus
            QTRY_VERIFY(!app.findChildren<QDBusServiceWatcher *>().isEmpty());
    }

    // The expiry bookkeeping (which tokens to warn about, and when) shows nothing in the window:
    // the scheduler has nothing to watch at the first paint, and the cached tokens right after.
    void theExpiryBookkeepingWaitsForTheFirstPaint()
    {
        SeededApp seeded(12);
        QVERIFY(seeded.seeded);
        Application &app = seeded.app;
        std::optional<bool> watchingAtFirstPaint;
        AtFirstPaint probe([&] { watchingAtFirstPaint = app.scheduler()->nextWakeUp().isValid(); });
        app.mainWindow()->tokenTable()->viewport()->installEventFilter(&probe);

        app.start();
        QTRY_VERIFY(probe.painted);
        QCOMPARE(watchingAtFirstPaint, std::optional<bool>(false));
        QTRY_VERIFY(app.scheduler()->nextWakeUp().isValid());
    }

    // The filter boxes' clear buttons (an icon-theme look-up) come right after the first paint:
    // nobody can have typed into them before it. The Publishing tab's box is built after that
    // paint (next test) and has its button from the start.
    void theFilterClearButtonsWaitForTheFirstPaint()
    {
        SeededApp seeded(12);
        QVERIFY(seeded.seeded);
        Application &app = seeded.app;
        auto *tokenFilter = app.mainWindow()->findChild<QLineEdit *>(QStringLiteral("tokenFilter"));
        QVERIFY(tokenFilter);
        std::optional<bool> clearButtonAtFirstPaint;
        AtFirstPaint probe([&] { clearButtonAtFirstPaint = tokenFilter->isClearButtonEnabled(); });
        app.mainWindow()->tokenTable()->viewport()->installEventFilter(&probe);

        app.start();
        QTRY_VERIFY(probe.painted);
        QCOMPARE(clearButtonAtFirstPaint, std::optional<bool>(false));
        QTRY_VERIFY(tokenFilter->isClearButtonEnabled());
        QVERIFY(app.mainWindow()->publishingTab()->filter()->isClearButtonEnabled());
    }

    // The tabs behind Tokens show their titles at the first paint, but their pages and the
    // presenters that fill them are built right after it, before the staged poll starts.
    void theHiddenTabsPagesComeAfterTheFirstPaint()
    {
        SeededApp seeded(12);
        QVERIFY(seeded.seeded);
        Application &app = seeded.app;
        MainWindow *window = app.mainWindow();
        QSignalSpy polls(app.stageInbox(), &StageInbox::updated);
        QStringList titlesAtFirstPaint;
        std::optional<bool> pagesAtFirstPaint;
        std::optional<bool> presentersAtFirstPaint;
        AtFirstPaint probe([&] {
            for (int i = 0; i < window->tabs()->count(); ++i)
                titlesAtFirstPaint << window->tabs()->tabText(i);
            pagesAtFirstPaint = window->hasTabPages();
            presentersAtFirstPaint = app.stagePresenter() || app.releasesPresenter();
        });
        window->tokenTable()->viewport()->installEventFilter(&probe);
        QSignalSpy built(window, &MainWindow::tabPagesBuilt);

        app.start();
        QTRY_VERIFY(probe.painted);
        QCOMPARE(pagesAtFirstPaint, std::optional<bool>(false));
        QCOMPARE(presentersAtFirstPaint, std::optional<bool>(false));
        QCOMPARE(titlesAtFirstPaint,
                 QStringList({QStringLiteral("&Tokens"), QStringLiteral("T&imeline"),
                              QStringLiteral("&Diagnose"), QStringLiteral("&Staged releases"),
                              QStringLiteral("&Publishing"), QStringLiteral("&Releases")}));

        QTRY_VERIFY(window->hasTabPages());
        QCOMPARE(built.count(), 1);
        QVERIFY(app.stagePresenter());
        QVERIFY(app.releasesPresenter());
        QTRY_COMPARE(polls.count(), 1); // the poll found its presenter in place
        // Each page sits where its placeholder was; Tokens stayed current.
        QCOMPARE(window->tabs()->indexOf(window->timeline()), 1);
        QCOMPARE(window->tabs()->indexOf(window->diagnosePage()), 2);
        QCOMPARE(window->tabs()->indexOf(window->stagedTab()), 3);
        QCOMPARE(window->tabs()->indexOf(window->publishingTab()), 4);
        QCOMPARE(window->tabs()->indexOf(window->releasesView()), 5);
        QCOMPARE(window->tabs()->currentIndex(), 0);
        QCOMPARE(built.count(), 1); // asking for the pages again builds nothing
    }

    // A page asked for before the first paint (a test, a notice's button) is built at once, with
    // what its placeholder's tab was told in the meantime.
    void aPageAskedForEarlyIsBuiltWithItsTabState()
    {
        SeededApp seeded(12);
        QVERIFY(seeded.seeded);
        MainWindow *window = seeded.app.mainWindow();
        QVERIFY(!window->hasTabPages());
        window->setStagedCount(2);
        window->setRegistryKind(RegistryKind::Verdaccio); // cannot stage: disabled, with a reason
        const int stagedAt = 3;
        const QString reason = window->tabs()->tabToolTip(stagedAt);
        QVERIFY(!reason.isEmpty());
        QVERIFY(!window->tabs()->isTabEnabled(stagedAt));

        QVERIFY(window->stagedTab());
        QVERIFY(window->hasTabPages());
        QVERIFY(seeded.app.stagePresenter()); // the composition root wired it on the spot
        QCOMPARE(window->tabs()->indexOf(window->stagedTab()), stagedAt);
        QCOMPARE(window->tabs()->tabText(stagedAt), QStringLiteral("&Staged releases (2)"));
        QCOMPARE(window->tabs()->tabToolTip(stagedAt), reason);
        QVERIFY(!window->tabs()->isTabEnabled(stagedAt));
    }
};

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
