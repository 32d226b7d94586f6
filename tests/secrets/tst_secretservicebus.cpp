// SPDX-License-Identifier: GPL-3.0-or-later
// The Secret Service is asked about QtKeychain's entries only where QtKeychain keeps them there:
// in a KDE Plasma session it uses KWallet, and a (often locked) gnome-keyring on the same bus
// must not make every call say "locked".
#include "core/secrets/SecretServiceBus.h"

#include <QTest>

using namespace td;

class TstSecretServiceBus : public QObject
{
    Q_OBJECT

    static constexpr const char *kVariables[]
        = {"XDG_CURRENT_DESKTOP", "KDE_SESSION_VERSION", "DESKTOP_SESSION",
           "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION"};

private Q_SLOTS:
    void holdsQtKeychainEntries_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("holds");
        QTest::newRow("no desktop") << QStringList() << true;
        QTest::newRow("GNOME") << QStringList{QStringLiteral("XDG_CURRENT_DESKTOP=GNOME")} << true;
        QTest::newRow("Plasma 5") << QStringList{QStringLiteral("XDG_CURRENT_DESKTOP=KDE"),
                                                 QStringLiteral("KDE_SESSION_VERSION=5")}
                                  << false;
        QTest::newRow("Plasma 6") << QStringList{QStringLiteral("XDG_CURRENT_DESKTOP=KDE"),
                                                 QStringLiteral("KDE_SESSION_VERSION=6")}
                                  << false;
        QTest::newRow("KDE 3") << QStringList{QStringLiteral("XDG_CURRENT_DESKTOP=KDE")} << true;
        QTest::newRow("kde4 session")
            << QStringList{QStringLiteral("DESKTOP_SESSION=kde4")} << false;
        QTest::newRow("KDE_FULL_SESSION") << QStringList{QStringLiteral("KDE_FULL_SESSION=true"),
                                                         QStringLiteral("KDE_SESSION_VERSION=5")}
                                          << false;
        QTest::newRow("XFCE") << QStringList{QStringLiteral("DESKTOP_SESSION=xfce")} << true;
    }

    void holdsQtKeychainEntries()
    {
        QFETCH(QStringList, environment);
        QFETCH(bool, holds);
        for (const char *name : kVariables)
            qunsetenv(name);
        for (const QString &assignment : std::as_const(environment)) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            qputenv(assignment.left(eq).toLatin1().constData(), assignment.mid(eq + 1).toLatin1());
        }
        QCOMPARE(SecretServiceBus::holdsQtKeychainEntries(), holds);
        if (!holds)
            QCOMPARE(SecretServiceBus::entryState(QStringLiteral("tokendesk"),
                                                  QStringLiteral("session/a"), 1000),
                     SecretServiceBus::EntryState::NoService);
    }
};

QTEST_GUILESS_MAIN(TstSecretServiceBus)
#include "tst_secretservicebus.moc"
