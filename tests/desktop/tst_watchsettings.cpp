// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22, the publish watch's user-facing settings with real parts: the real tokendesk-sandbox
// (--seed watch) over real HTTP, a real WatchService, the Settings dialog and the Releases view on
// a real X server. The "Publish watch" page shows the running watch's budget after one pass and
// the restricted package that goes unwatched; an interval of 2 minutes is raised to 5 (with a
// note) and the running watch plans its requests with it. In the Releases view, "Expect manual
// publish" makes the next token publish of @acme/ui no alarm; "Exclude from watch" keeps a token
// publish quiet, and "Include in watch" brings the alarm back.
// Screenshot: <build>/screenshots/watch-settings.png.
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "XcbTestMain.h"
#include "core/util/Clock.h"
#include "core/watch/WatchReleaseModel.h"
#include "core/watch/WatchService.h"
#include "desktop/presenters/ReleasesPresenter.h"
#include "desktop/presenters/WatchSettingsPresenter.h"
#include "desktop/releases/ReleasesView.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/settings/WatchSettingsPage.h"
#include "desktop/tray/TrayController.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace td;
using namespace td::watch;
using namespace td::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString kUi = u"@acme/ui"_s;
} // namespace

class TstWatchSettings : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;

    // The desktop's watch, its Releases view and presenter over this test's data folder.
    struct Desk
    {
        std::unique_ptr<WatchService> service;
        std::unique_ptr<ReleasesView> view;
        std::unique_ptr<TrayController> tray;
        std::unique_ptr<ReleasesPresenter> presenter;
    };
    Desk start()
    {
        Desk desk;
        desk.service = std::make_unique<WatchService>(
            m_nam.get(), m_clock, nullptr, ReleasesPresenter::settingsFor(m_dir->path()));
        Account account;
        account.registry = m_sandbox.url();
        account.user = u"maintainer"_s;
        account.id = Account::makeId(m_sandbox.url(), account.user);
        desk.service->setAccounts({account});
        desk.view = std::make_unique<ReleasesView>();
        desk.tray = std::make_unique<TrayController>();
        desk.presenter
            = std::make_unique<ReleasesPresenter>(*desk.service, *desk.view, *desk.tray, m_clock);
        desk.view->resize(1100, 600);
        desk.view->show();
        desk.service->load();
        desk.presenter->announceOpenAlarms();
        return desk;
    }
    static bool runPass(WatchService &service)
    {
        QSignalSpy finished(&service, &WatchService::passFinished);
        service.runOnce();
        return finished.wait(60000);
    }
    void control(const QString &path, const QJsonObject &body, int status)
    {
        const HttpReply reply
            = httpCall("POST", m_sandbox.url().resolved(QUrl(path)), QJsonDocument(body).toJson(),
                       {{"content-type", "application/json"}});
        QVERIFY2(reply.status == status, reply.body.constData());
    }
    void publish(const QString &version, const QString &actor)
    {
        QJsonObject body{{u"package"_s, kUi}, {u"version"_s, version}, {u"actor"_s, actor}};
        if (actor == u"trusted-publisher"_s)
            body.insert(u"provenance"_s, true);
        control(u"/-/sandbox/publish"_s, body, 201);
        control(u"/-/sandbox/clock"_s, {{u"advance_seconds"_s, 60}}, 200);
    }
    static QString keyOf(const ReleasesPresenter &presenter, const QString &version)
    {
        const WatchReleaseModel &model = *presenter.model();
        for (int row = 0; row < model.rowCount(); ++row) {
            const WatchRelease *r = model.release(row);
            if (r->package == kUi && r->version == version
                && r->kind == WatchEvent::Kind::NewVersion)
                return r->key();
        }
        return {};
    }
    static std::optional<WatchRelease> releaseOf(const WatchService &service,
                                                 const QString &version)
    {
        const QList<WatchRelease> all = service.releases();
        for (const WatchRelease &r : all)
            if (r.package == kUi && r.version == version && r.kind == WatchEvent::Kind::NewVersion)
                return r;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"watch"_s}), qPrintable(m_sandbox.errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    // Each case: the seed afresh, @acme/ui 1.0.0 and 1.1.0 through the trusted publisher, an
    // empty data folder.
    void init()
    {
        control(u"/-/sandbox/reset"_s, {{u"seed"_s, u"watch"_s}}, 200);
        publish(u"1.0.0"_s, u"trusted-publisher"_s);
        publish(u"1.1.0"_s, u"trusted-publisher"_s);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanupTestCase() { m_nam.reset(); }

    void settingsShowTheBudgetAndClampTheInterval()
    {
        // A pinned private package the watch cannot read without a token: unwatched.
        {
            WatchMemory memory(ReleasesPresenter::settingsFor(m_dir->path()).memoryPath);
            memory.setPinned(m_sandbox.url(), u"@acme/internal-tools"_s, true);
            QVERIFY(memory.save());
        }
        Desk desk = start();
        QVERIFY(runPass(*desk.service));
        const WatchBudget budget = desk.service->budget();
        QVERIFY2(budget.packages >= 4, qPrintable(QString::number(budget.packages)));
        QVERIFY(budget.requestsLastHour >= budget.packages);
        QVERIFY(budget.bytesLastHour > 0);

        SettingsDialog dialog(AppSettings{}, false);
        WatchSettingsPresenter presenter(desk.service.get(), *dialog.watchPage());
        dialog.pages()->setCurrentWidget(dialog.watchPage());
        dialog.show();
        WatchSettingsPage &page = *dialog.watchPage();
        QCOMPARE(page.intervalBox()->value(), 10);
        QVERIFY(!page.intervalNote()->isVisible());

        // The figures of the running service.
        const QString text = page.budget()->text();
        QVERIFY2(text.contains(u"%1 package"_s.arg(budget.packages)), qPrintable(text));
        QVERIFY2(text.contains(u"%1 request"_s.arg(budget.plannedRequestsPerHour)),
                 qPrintable(text));
        QCOMPARE(budget.plannedRequestsPerHour, budget.packages * 6); // every 10 minutes
        QVERIFY2(text.contains(u"Last hour: %1 request"_s.arg(budget.requestsLastHour)),
                 qPrintable(text));
        // The restricted package goes unwatched without a read token, and says why.
        QStringList unwatched;
        for (int i = 0; i < page.unwatched()->count(); ++i)
            unwatched << page.unwatched()->item(i)->text();
        QVERIFY2(unwatched.join(u'\n').contains(u"@acme/internal-tools is not public"_s),
                 qPrintable(unwatched.join(u'\n')));

        // 2 minutes is raised to 5, and the page says so.
        page.intervalBox()->setValue(2);
        QVERIFY(page.intervalNote()->isVisible());
        QVERIFY2(page.intervalNote()->text().contains(u"5"_s),
                 qPrintable(page.intervalNote()->text()));
        QCOMPARE(dialog.settings().watchInterval, 5min);
        QTest::qWait(50);
        QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
        QVERIFY(
            dialog.grab().save(QStringLiteral(TD_BINARY_DIR "/screenshots/watch-settings.png")));
        page.intervalBox()->setValue(7);
        QVERIFY(!page.intervalNote()->isVisible());
        QCOMPARE(dialog.settings().watchInterval, 7min);
        page.intervalBox()->setValue(2);

        // Applied to the running watch (as Application::applySettings does): the plan follows.
        desk.service->setInterval(dialog.settings().watchInterval);
        QCOMPARE(desk.service->poller().interval(), std::chrono::seconds(5min));
        QCOMPARE(desk.service->budget().plannedRequestsPerHour, budget.packages * 12);
        QVERIFY2(page.budget()->text().contains(u"%1 request"_s.arg(budget.packages * 12)),
                 qPrintable(page.budget()->text()));
    }

    void expectedManualPublishIsNoAlarm()
    {
        Desk desk = start();
        QVERIFY(runPass(*desk.service));
        desk.view->selectRelease(keyOf(*desk.presenter, u"1.1.0"_s));
        QVERIFY(desk.view->expectButton()->isEnabled());
        QVERIFY(desk.view->expectButton()->toolTip().contains(kUi));
        desk.view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(desk.view.get()));
        // From the keyboard: Alt+M, "Expect &manual publish" (a mnemonic clicks after a moment).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
        const auto *said = desk.view->findChild<QLabel *>(u"releasesError"_s);
        QTRY_VERIFY2(said->text().contains(u"is expected"_s), qPrintable(said->text()));

        publish(u"1.1.1"_s, u"token"_s);
        QVERIFY(runPass(*desk.service));
        const auto release = releaseOf(*desk.service, u"1.1.1"_s);
        QVERIFY(release);
        QVERIFY2(release->level != WatchVerdict::Level::Alarm,
                 qPrintable(release->reasons.join(u'\n')));
        QVERIFY(desk.service->openAlarms().isEmpty());
        QVERIFY(!desk.tray->watchAlarm());
    }

    void excludedPackageRaisesNoAlarmUntilIncludedAgain()
    {
        Desk desk = start();
        QVERIFY(runPass(*desk.service));
        desk.view->selectRelease(keyOf(*desk.presenter, u"1.1.0"_s));
        QVERIFY(desk.view->excludeButton()->toolTip().contains(u"Exclude @acme/ui"_s));
        // The row's context menu as the menu key opens it holds both actions.
        desk.view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(desk.view.get()));
        desk.view->table()->setFocus();
        QContextMenuEvent fromKeyboard(QContextMenuEvent::Keyboard, QPoint(20, 20),
                                       desk.view->table()->mapToGlobal(QPoint(20, 20)));
        QApplication::sendEvent(desk.view->table(), &fromKeyboard);
        QTRY_VERIFY(QApplication::activePopupWidget());
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->text(), u"Expect a manual publish of @acme/ui in the next hour"_s);
        QCOMPARE(actions.at(1)->text(), u"Exclude @acme/ui from the watch"_s);
        actions.at(1)->trigger();
        menu->close();
        QVERIFY(desk.service->isExcluded(m_sandbox.url(), kUi));
        QVERIFY(desk.view->excludeButton()->toolTip().contains(u"Include @acme/ui"_s));

        publish(u"1.1.1"_s, u"token"_s);
        QVERIFY(runPass(*desk.service));
        const auto quiet = releaseOf(*desk.service, u"1.1.1"_s);
        QVERIFY(quiet);
        QVERIFY2(quiet->level != WatchVerdict::Level::Alarm,
                 qPrintable(quiet->reasons.join(u'\n')));
        QVERIFY(desk.service->openAlarms().isEmpty());

        // Included again: the next token publish is the alarm it would have been.
        desk.view->selectRelease(keyOf(*desk.presenter, u"1.1.1"_s));
        desk.view->excludeButton()->click();
        QVERIFY(!desk.service->isExcluded(m_sandbox.url(), kUi));
        publish(u"1.1.2"_s, u"token"_s);
        QVERIFY(runPass(*desk.service));
        const auto alarm = releaseOf(*desk.service, u"1.1.2"_s);
        QVERIFY(alarm);
        QCOMPARE(alarm->level, WatchVerdict::Level::Alarm);
    }
};

TD_XCB_TEST_MAIN(TstWatchSettings)
#include "tst_watchsettings.moc"
