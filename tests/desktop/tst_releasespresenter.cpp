// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22, the desktop side of the publish watch with real parts: the real tokendesk-sandbox
// (--seed watch) over real HTTP, a real WatchService, the main window's Releases tab on a real X
// server, the real tray controller and the fake notification server of the headless harness.
// The trusted publisher's 1.0.0 and 1.1.0 are the baseline (shown, no alarm, tray not red). A
// token publish of 1.1.1 with a postinstall script becomes the alarm row on top with both
// reasons, a critical notification naming package and version, and a red tray; after a restart
// the open alarm is announced again; "It was me" closes it and the tray goes back.
// Screenshot: <build>/screenshots/releases-view-alarm.png.
#include "NotificationLog.h"
#include "SandboxControl.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "WatchSandboxSupport.h"
#include "XcbTestMain.h"
#include "core/account/AccountStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/util/Clock.h"
#include "core/watch/WatchReleaseModel.h"
#include "core/watch/WatchService.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/ReleasesPresenter.h"
#include "desktop/releases/ReleasesView.h"
#include "desktop/tray/TrayController.h"

#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <memory>

using namespace td;
using namespace td::watch;
using namespace td::test;
using namespace Qt::StringLiterals;

namespace {
const QString kUi = u"@acme/ui"_s;
const QString kAlarmTitle = u"Publish alarm: @acme/ui 1.1.1"_s;

// The notifications of this process whose summary is `title`.
QList<QJsonObject> noticesTitled(const QString &title)
{
    QList<QJsonObject> found;
    const QList<QJsonObject> all = notificationsWith();
    for (const QJsonObject &n : all)
        if (n.value(u"summary"_s).toString() == title)
            found.append(n);
    return found;
}
} // namespace

class TstReleasesPresenter : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QTemporaryDir m_dir;
    SystemClock m_clock;

    // The desktop's composition for one run of the app over the same data folder.
    struct Desk
    {
        std::unique_ptr<WatchService> service;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<TrayController> tray;
        std::unique_ptr<ReleasesPresenter> presenter;
        ReleasesView *view() const { return window->releasesView(); }
    };
    Desk start()
    {
        Desk desk;
        desk.service = std::make_unique<WatchService>(m_nam.get(), m_clock, nullptr,
                                                      ReleasesPresenter::settingsFor(m_dir.path()));
        const Account account = sandboxAccount(m_sandbox.url(), u"maintainer"_s);
        desk.service->setAccounts({account});
        desk.window = std::make_unique<MainWindow>();
        desk.tray = std::make_unique<TrayController>();
        desk.presenter
            = std::make_unique<ReleasesPresenter>(*desk.service, *desk.view(), *desk.tray, m_clock);
        desk.window->tabs()->setCurrentWidget(desk.view());
        desk.window->resize(1280, 720);
        desk.window->show();
        desk.service->load();
        desk.presenter->announceOpenAlarms();
        return desk;
    }
    void publish(const QJsonObject &body)
    {
        const QString problem = sandboxPublishAndTick(m_sandbox.url(), body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    static int rowOf(const WatchReleaseModel &model, const QString &version)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const WatchRelease *r = model.release(row);
            if (r->package == kUi && r->version == version
                && r->kind == WatchEvent::Kind::NewVersion)
                return row;
        }
        return -1;
    }
    static QString cell(const QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"watch"_s}), qPrintable(m_sandbox.errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
        const QString problem
            = publishTrustedReleases(m_sandbox.url(), kUi, {u"1.0.0"_s, u"1.1.0"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_nam.reset(); }

    void emptyStateBeforeTheFirstPass()
    {
        Desk desk = start();
        QVERIFY(desk.window->tabs()->indexOf(desk.view()) >= 0);
        QCOMPARE(desk.view()->table()->model()->rowCount(), 0);
        QVERIFY(desk.view()->emptyState()->isVisible());
        QVERIFY(desk.view()->emptyState()->text().startsWith(u"Nothing watched yet"_s));
        QVERIFY(!desk.view()->itWasMeButton()->isEnabled());
    }

    void baselineIsShownWithoutAlarm()
    {
        Desk desk = start();
        QVERIFY(runWatchPass(*desk.service, 60000));
        const WatchReleaseModel &model = *desk.presenter->model();
        const int row = rowOf(model, u"1.1.0"_s);
        QVERIFY(row >= 0);
        QVERIFY(!desk.view()->emptyState()->isVisible());
        const QTableView *table = desk.view()->table();
        QCOMPARE(cell(table, row, WatchReleaseModel::VerdictColumn),
                 levelWords(WatchVerdict::Level::Expected) + u" (history)"_s);
        QVERIFY2(cell(table, row, WatchReleaseModel::PathColumn).contains(u"acme/ui"_s),
                 qPrintable(cell(table, row, WatchReleaseModel::PathColumn)));
        QVERIFY(desk.service->openAlarms().isEmpty());
        QVERIFY(!desk.tray->watchAlarm());
        QCOMPARE(desk.tray->state(), TrayState::Ok);
        QVERIFY2(desk.view()->status()->text().contains(u"Watching"_s),
                 qPrintable(desk.view()->status()->text()));
    }

    void tokenPublishIsAnAlarmOnTopNotifiedAndRedUntilItWasMe()
    {
        publish({{u"package"_s, kUi},
                 {u"version"_s, u"1.1.1"_s},
                 {u"actor"_s, u"token"_s},
                 {u"scripts"_s, QJsonObject{{u"postinstall"_s, u"node x.js"_s}}}});
        {
            Desk desk = start();
            QCOMPARE(noticesTitled(kAlarmTitle).size(), 0);
            QVERIFY(runWatchPass(*desk.service, 60000));

            // The alarm row on top with both reasons.
            const QTableView *table = desk.view()->table();
            QCOMPARE(rowOf(*desk.presenter->model(), u"1.1.1"_s), 0);
            QCOMPARE(cell(table, 0, WatchReleaseModel::VerdictColumn),
                     levelWords(WatchVerdict::Level::Alarm));
            const WatchRelease alarm = *desk.presenter->model()->release(0);
            QVERIFY(alarm.isOpenAlarm());
            QVERIFY2(alarm.codes.contains(u"trust-downgrade"_s),
                     qPrintable(alarm.codes.join(u' ')));
            QVERIFY2(alarm.codes.contains(u"install-script"_s), qPrintable(alarm.codes.join(u' ')));

            // The notification: critical, naming package and version, the first reason as body.
            QTRY_COMPARE_WITH_TIMEOUT(noticesTitled(kAlarmTitle).size(), 1, 5000);
            const QJsonObject notice = noticesTitled(kAlarmTitle).first();
            // The first reason leads, every other one follows (here the postinstall).
            QCOMPARE(notice.value(u"body"_s).toString(), alarm.reasons.join(u'\n'));
            QVERIFY(alarm.reasons.size() >= 2);
            QVERIFY(alarm.reasons.first().contains(u"with a token"_s));
            QCOMPARE(notice.value(u"hints"_s).toObject().value(u"urgency"_s).toInt(), 2);
            // The tray is red.
            QVERIFY(desk.tray->watchAlarm());
            QCOMPARE(desk.tray->state(), TrayState::Critical);

            // The alarm is chosen: all its reasons in the details, its buttons enabled.
            QVERIFY(desk.view()->currentRelease());
            QCOMPARE(desk.view()->currentRelease()->key(), alarm.key());
            const QString details = desk.view()->details()->toPlainText();
            for (const QString &reason : alarm.reasons)
                QVERIFY2(details.contains(reason), qPrintable(details));
            QVERIFY(details.contains(u"postinstall"_s));
            QVERIFY(desk.view()->itWasMeButton()->isEnabled());
            QVERIFY(desk.view()->respondButton()->isEnabled());

            // What the user sees.
            QTest::qWait(100);
            QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
            QVERIFY(desk.window->grab().save(
                QStringLiteral(TD_BINARY_DIR "/screenshots/releases-view-alarm.png")));

            // "Respond" hands the release on (the lead connects it to the Lockdown dialog).
            QSignalSpy respond(desk.presenter.get(), &ReleasesPresenter::respondRequested);
            desk.view()->respondButton()->click();
            QCOMPARE(respond.size(), 1);
            QCOMPARE(respond.first().first().value<WatchRelease>().key(), alarm.key());
        }

        // A restart: the alarm is not raised again by the service, but remembered until answered:
        // announced again, the tray red at once.
        Desk desk = start();
        QCOMPARE(desk.service->openAlarms().size(), 1);
        QVERIFY(desk.tray->watchAlarm());
        QCOMPARE(desk.tray->state(), TrayState::Critical);
        QTRY_COMPARE_WITH_TIMEOUT(noticesTitled(kAlarmTitle).size(), 2, 5000);
        QCOMPARE(rowOf(*desk.presenter->model(), u"1.1.1"_s), 0);

        // "It was me" closes it.
        desk.view()->selectRelease(desk.presenter->model()->release(0)->key());
        desk.view()->itWasMeButton()->click();
        QVERIFY(desk.service->openAlarms().isEmpty());
        QVERIFY(!desk.tray->watchAlarm());
        QCOMPARE(desk.tray->state(), TrayState::Ok);
        const int row = rowOf(*desk.presenter->model(), u"1.1.1"_s);
        QVERIFY(row >= 0);
        QVERIFY(desk.presenter->model()->release(row)->acknowledged);
        QVERIFY(!desk.view()->itWasMeButton()->isEnabled());

        // Answered is remembered: the next start announces nothing and the tray stays calm.
        Desk again = start();
        QVERIFY(!again.tray->watchAlarm());
        QTest::qWait(300);
        QCOMPARE(noticesTitled(kAlarmTitle).size(), 2);
    }

    // The composition: Application builds the watch over its data folder and the accounts, and
    // starts it after the first paint; an alarm left open by the last run turns the tray red and
    // is announced again at once.
    void applicationStartsTheWatchAfterTheFirstPaint()
    {
        publish({{u"package"_s, kUi}, {u"version"_s, u"1.1.2"_s}, {u"actor"_s, u"token"_s}});
        {
            Desk desk = start();
            QVERIFY(runWatchPass(*desk.service, 60000));
            QCOMPARE(desk.service->openAlarms().size(), 1);
        }
        const QString title = u"Publish alarm: @acme/ui 1.1.2"_s;
        const qsizetype before = noticesTitled(title).size();
        const Account account = sandboxAccount(m_sandbox.url(), u"maintainer"_s);
        AccountStore store(m_dir.filePath(u"accounts.json"_s));
        store.upsert(account);
        QVERIFY(store.save());

        InMemorySecretStore secrets;
        Application::Options options;
        options.dataDir = m_dir.path();
        options.secrets = &secrets;
        options.openUrl = [](const QUrl &) {};
        Application app(options);
        QVERIFY(app.watchService());
        QVERIFY(!app.tray()->watchAlarm()); // nothing before the first paint
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.tray()->watchAlarm(), 10000);
        QCOMPARE(app.tray()->state(), TrayState::Critical);
        QTRY_COMPARE_WITH_TIMEOUT(noticesTitled(title).size(), before + 1, 5000);
        // The rows fill when the Releases tab is shown (a hidden table is not relaid out).
        app.mainWindow()->tabs()->setCurrentWidget(app.mainWindow()->releasesView());
        const auto *model = app.releasesPresenter()->model();
        QVERIFY(model->release(0));
        QCOMPARE(model->release(0)->version, u"1.1.2"_s);
        // Started, not only loaded: the accounts' packages were read.
        QTRY_VERIFY_WITH_TIMEOUT(app.watchService()->targetCount() >= 4, 30000);
        app.watchService()->stop();
    }
};

TD_XCB_TEST_MAIN(TstReleasesPresenter)
#include "tst_releasespresenter.moc"
