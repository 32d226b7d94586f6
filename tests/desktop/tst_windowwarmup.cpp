// SPDX-License-Identifier: GPL-3.0-or-later
// WindowWarmUp (issue 18): once it is gone, Qt's image format plugins are loaded in the process and
// Qt's shared session-bus connection is open, so the window finds both ready; without a session
// bus address it connects nothing. Runs on the harness's private session bus.
#include "desktop/startup/WindowWarmUp.h"

#include <QDBusConnection>
#include <QFile>
#include <QTest>

namespace {

// The name Qt gives its shared session-bus connection; looking a connection up by name never
// opens one.
const QString kQtSessionBus = QStringLiteral("qt_default_session_bus");

bool imagePluginMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/imageformats/");
}

} // namespace

class TestWindowWarmUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: nothing in this process may have loaded a plugin or opened the bus yet.
    void withoutABusAddressOnlyThePluginsLoad()
    {
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(!address.isEmpty(), "needs the harness's session bus (tests/run-headless.sh)");
        QVERIFY(!imagePluginMapped());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        {
            const td::WindowWarmUp warmUp;
        }
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QVERIFY(imagePluginMapped());
        QVERIFY(!QDBusConnection(kQtSessionBus).isConnected());
    }

    void withABusAddressTheSharedConnectionIsOpen()
    {
        QVERIFY(!QDBusConnection(kQtSessionBus).isConnected());
        {
            const td::WindowWarmUp warmUp;
        }
        QVERIFY(QDBusConnection(kQtSessionBus).isConnected());
        // The one the menu bar asks for is that connection, not a second one.
        QCOMPARE(QDBusConnection::sessionBus().name(), kQtSessionBus);
    }
};

QTEST_GUILESS_MAIN(TestWindowWarmUp)
#include "tst_windowwarmup.moc"
