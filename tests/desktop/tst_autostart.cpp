// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/Autostart.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TstAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enableWritesXdgEntryAndDisableRemovesIt()
    {
        QTemporaryDir config;
        Autostart autostart(config.path());
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/opt/Token Desk/tokendesk")).ok());
        QVERIFY(autostart.isEnabled());
        QCOMPARE(
            autostart.entryPath(),
            config.filePath(QStringLiteral("autostart/io.github.tokendesk.TokenDesk.desktop")));

        QFile entry(autostart.entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(text.contains(QStringLiteral("Exec=\"/opt/Token Desk/tokendesk\" --hidden\n")));
        // Skipped once the program is gone; started after the panel so the tray is there.
        QVERIFY(text.contains(QStringLiteral("\nTryExec=/opt/Token Desk/tokendesk\n")));
        QVERIFY(text.contains(QStringLiteral("\nX-GNOME-Autostart-Delay=5\n")));

        QVERIFY(autostart.setEnabled(false, {}).ok());
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false, {}).ok()); // disabling twice is fine
    }
};

QTEST_GUILESS_MAIN(TstAutostart)
#include "tst_autostart.moc"
