// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 18: "no tray, no warnings — and they are recorded as shown". On a desktop without
// a tray (GNOME's default) expiry notices were never sent, yet saved as delivered.
//
// The real Application on Xvfb (xcb), signed in to tokendesk-sandbox's demo (whose tokens are
// due for catch-up notices), on a private session bus of its own (ctest runs this program under
// dbus-run-session with tests/support/session-nosvc.conf: nothing is D-Bus-activatable, so no
// dunst steps in) where the test decides what exists:
//  1. no tray and no notification server: the notices are not sent and nothing is remembered;
//  2. the notification server (tests/support/fake_notifyd.py) appears: the notices go out over
//     D-Bus although there is still no tray, each once, and are remembered only after that;
//  3. a panel's system tray appears later, as at login: the app looks again, finds the tray,
//     and the window stops saying there is none.
// Screenshot: <build>/screenshots/desktop-notices-no-tray.png.
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "NotificationLog.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "core/account/SessionManager.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/tray/TrayController.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

#include <xcb/xcb.h>

using namespace td;
using namespace td::test;

namespace {

const QString kNotifications = QStringLiteral("org.freedesktop.Notifications");
const QString kWatcher = QStringLiteral("org.kde.StatusNotifierWatcher");
// release-bot expires in 5 hours: a catch-up notice at start (docs-deploy, a 7-day token 3 days
// old, gets none: it was born inside its 7-day threshold).
const QString kReleaseBot = QStringLiteral("npm token 'release-bot' expires in 5 hours");

bool onBus(const QString &name)
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(name).value();
}

class ControlApiPrompt final : public TwoFactorPrompt
{
public:
    explicit ControlApiPrompt(QUrl sandbox) : m_sandbox(std::move(sandbox)) { }
    void askForCode(const QString &, CodeAnswer answer) override
    {
        answer(SecretBuffer::fromString(httpCall("GET",
                                                 m_sandbox.resolved(QUrl(QStringLiteral(
                                                     "/-/sandbox/totp?username=maintainer"))))
                                            .json()
                                            .object()
                                            .value(QStringLiteral("code"))
                                            .toString()));
    }
    void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
    {
        cancel();
    }

private:
    QUrl m_sandbox;
};

// One of the harness's fake D-Bus services, started and stopped by the test.
class FakeService
{
public:
    ~FakeService()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool start(const QString &script, const QStringList &args, const QString &name)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        QStringList{QStringLiteral(TD_SOURCE_DIR "/tests/support/") + script}
                            + args);
        return QTest::qWaitFor([&] { return onBus(name); }, 10000);
    }

private:
    QProcess m_process;
};

// A panel's XEmbed system tray as the X server sees it: the owner of _NET_SYSTEM_TRAY_S0, with
// the MANAGER announcement the tray spec asks for. (Qt 6.4 decides once per process whether to
// use the D-Bus tray, so a tray that appears later is found through XEmbed.)
class FakeXEmbedTray
{
public:
    bool start()
    {
        m_connection = xcb_connect(nullptr, &m_screenNumber);
        if (xcb_connection_has_error(m_connection))
            return false;
        xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_connection));
        for (int i = 0; i < m_screenNumber; ++i)
            xcb_screen_next(&screens);
        const xcb_window_t root = screens.data->root;
        m_window = xcb_generate_id(m_connection);
        xcb_create_window(m_connection, XCB_COPY_FROM_PARENT, m_window, root, 0, 0, 1, 1, 0,
                          XCB_WINDOW_CLASS_INPUT_ONLY, XCB_COPY_FROM_PARENT, 0, nullptr);
        const QByteArray name = "_NET_SYSTEM_TRAY_S" + QByteArray::number(m_screenNumber);
        const xcb_atom_t selection = atom(name);
        xcb_set_selection_owner(m_connection, m_window, selection, XCB_CURRENT_TIME);
        xcb_client_message_event_t manager{};
        manager.response_type = XCB_CLIENT_MESSAGE;
        manager.format = 32;
        manager.window = root;
        manager.type = atom("MANAGER");
        manager.data.data32[0] = XCB_CURRENT_TIME;
        manager.data.data32[1] = selection;
        manager.data.data32[2] = m_window;
        xcb_send_event(m_connection, false, root, XCB_EVENT_MASK_STRUCTURE_NOTIFY,
                       reinterpret_cast<const char *>(&manager));
        xcb_flush(m_connection);
        return true;
    }
    ~FakeXEmbedTray()
    {
        if (m_connection)
            xcb_disconnect(m_connection); // the selection goes with the connection
    }

private:
    xcb_atom_t atom(const QByteArray &name)
    {
        xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(
            m_connection, xcb_intern_atom(m_connection, false, uint16_t(name.size()), name.data()),
            nullptr);
        const xcb_atom_t result = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
        free(reply);
        return result;
    }

    xcb_connection_t *m_connection = nullptr;
    int m_screenNumber = 0;
    xcb_window_t m_window = 0;
};

} // namespace

class TestDesktopNoticesE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
        // The private bus: the test alone decides what exists on it.
        QVERIFY2(!onBus(kNotifications) && !onBus(kWatcher),
                 "run under dbus-run-session with tests/support/session-nosvc.conf");
        qputenv("NOTIFY_LOG", m_dir.filePath(QStringLiteral("notify.jsonl")).toLocal8Bit());
    }

    void noticesWaitForAServerAndGoOutWithoutATray()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        InMemorySecretStore secrets;
        const Application::Options options
            = sandboxAppOptions(sandbox.url(), m_dir.filePath(QStringLiteral("data")), &secrets);
        Application app(options);
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
        QVERIFY(!app.tray()->isAvailable());

        ControlApiPrompt prompt(sandbox.url());
        QString why;
        QVERIFY2(signInLegacyAndSync(app, sandbox.url(), "sandbox-password", &prompt, &why),
                 qPrintable(why));
        QString releaseKey;
        for (int row = 0; row < app.tokenModel()->rowCount(); ++row)
            if (app.tokenModel()->tokenAt(row).name == QLatin1String("release-bot"))
                releaseKey = app.tokenModel()->tokenAt(row).key;
        QVERIFY(!releaseKey.isEmpty());
        const QString memoryPath = QDir(options.dataDir).filePath(QStringLiteral("notices.json"));
        const auto remembered = [&memoryPath](const QString &key) {
            QFile file(memoryPath);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains(key.toUtf8());
        };

        // 1. Nothing can show a notice: none is sent, none is remembered.
        QTest::qWait(1500);
        QVERIFY(notificationsWith().isEmpty());
        QVERIFY(!remembered(releaseKey));
        QVERIFY(app.mainWindow()->findChild<QLabel *>(QStringLiteral("trayNotice"))->isVisible());
        QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
        QVERIFY(app.mainWindow()->grab().save(
            QStringLiteral(TD_BINARY_DIR "/screenshots/desktop-notices-no-tray.png")));

        // 2. A notification server appears (it started after TokenDesk): the notices go out
        // over D-Bus, still without a tray, once each, and only then are remembered.
        FakeService notifyd;
        QVERIFY(notifyd.start(QStringLiteral("fake_notifyd.py"),
                              {QString::fromLocal8Bit(qgetenv("NOTIFY_LOG"))}, kNotifications));
        QTRY_COMPARE_WITH_TIMEOUT(notificationsWith(kReleaseBot).size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(remembered(releaseKey), 5000);
        QVERIFY(!app.tray()->isAvailable());
        const QJsonObject record = notificationsWith(kReleaseBot).first();
        QCOMPARE(record.value(QStringLiteral("app_name")).toString(), QStringLiteral("TokenDesk"));
        QSignalSpy synced(&app, &Application::accountSynced);
        app.refreshAll(); // a later sync plans again: nothing is repeated
        QVERIFY(synced.wait(20000));
        QTest::qWait(500);
        QCOMPARE(notificationsWith(kReleaseBot).size(), 1);

        // 3. The panel starts after TokenDesk (login autostart): its tray appears, and the app
        // finds it on its next look.
        QTest::qWait(1000);
        QVERIFY(!app.tray()->isAvailable());
        FakeXEmbedTray panel;
        QVERIFY(panel.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.tray()->isAvailable(), 15000);
        QTRY_VERIFY(
            !app.mainWindow()->findChild<QLabel *>(QStringLiteral("trayNotice"))->isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
    }
};

TD_XCB_TEST_MAIN(TestDesktopNoticesE2e)

#include "tst_desktop_notices_e2e.moc"
