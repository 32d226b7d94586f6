// SPDX-License-Identifier: GPL-3.0-or-later
// Account metadata: ids, the session sentence, and the shared store on disk.
#include "core/account/AccountStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void idNamesUserAndHost()
    {
        QCOMPARE(Account::makeId(QUrl(QStringLiteral("https://registry.npmjs.org/")),
                                 QStringLiteral("maintainer")),
                 QStringLiteral("maintainer@registry.npmjs.org"));
        QCOMPARE(Account::makeId(QUrl(QStringLiteral("http://127.0.0.1:4873/")),
                                 QStringLiteral("alice")),
                 QStringLiteral("alice@127.0.0.1:4873"));
    }

    void describesTheSession_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fresh") << qint64(7200) << QStringLiteral("session ends in 2 h 0 min");
        QTest::newRow("1 h 52") << qint64(6720) << QStringLiteral("session ends in 1 h 52 min");
        QTest::newRow("rounds up") << qint64(6661) << QStringLiteral("session ends in 1 h 52 min");
        QTest::newRow("minutes") << qint64(240) << QStringLiteral("session ends in 4 min");
        QTest::newRow("last seconds") << qint64(5) << QStringLiteral("session ends in 1 min");
        QTest::newRow("ended") << qint64(0) << QStringLiteral("session ended");
        QTest::newRow("long ago") << qint64(-9000) << QStringLiteral("session ended");
    }

    void describesTheSession()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        Account account;
        account.sessionExpires = now.addSecs(secondsLeft);
        QCOMPARE(describeSession(account, now), expected);
        QCOMPARE(account.hasSession(now), secondsLeft > 0);
    }

    void signedOutHasNoSession()
    {
        const Account account;
        QCOMPARE(describeSession(account, QDateTime::currentDateTimeUtc()),
                 QStringLiteral("signed out"));
        QCOMPARE(account.registry, QUrl(QStringLiteral("https://registry.npmjs.org/")));
    }

    void storeRoundTripsWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/accounts.json"));
        AccountStore store(path);
        QVERIFY(store.load().ok()); // missing file = empty
        QVERIFY(store.accounts().isEmpty());
        Account a;
        a.registry = QUrl(QStringLiteral("http://127.0.0.1:4873/"));
        a.user = QStringLiteral("alice");
        a.id = Account::makeId(a.registry, a.user);
        a.twoFactor = TwoFactorMode::AuthAndWrites;
        a.capabilities.reportsExpiry = false;
        a.lastSignIn = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        a.sessionExpires = a.lastSignIn.addSecs(kSessionLifetime.count());
        store.upsert(a);
        Account practice = a;
        practice.registry = QUrl(QStringLiteral("http://127.0.0.1:40123/"));
        practice.id = Account::makeId(practice.registry, practice.user);
        practice.practice = true; // issue 17: kept, so a leftover is recognised at the next start
        store.upsert(practice);
        Account b = a;
        b.user = QStringLiteral("bob");
        b.id = Account::makeId(b.registry, b.user);
        b.lastSignIn = a.lastSignIn.addSecs(60);
        store.upsert(b);
        QVERIFY(store.save().ok());
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        AccountStore again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.accounts().size(), 3);
        QVERIFY(again.find(practice.id)->practice);
        QVERIFY(again.remove(practice.id));
        const auto loaded = again.find(a.id);
        QVERIFY(loaded);
        QVERIFY(!loaded->practice);
        QCOMPARE(loaded->twoFactor, TwoFactorMode::AuthAndWrites);
        QCOMPARE(loaded->capabilities.reportsExpiry, std::optional<bool>(false));
        QVERIFY(!loaded->capabilities.webLogin.has_value());
        QCOMPARE(loaded->sessionExpires, a.sessionExpires);
        QCOMPARE(again.preferredFor(QUrl(QStringLiteral("http://127.0.0.1:4873")))->user,
                 QStringLiteral("bob"));
        QVERIFY(!again.preferredFor(QUrl(QStringLiteral("https://registry.npmjs.org/"))));
        QVERIFY(again.remove(b.id));
        QCOMPARE(again.accounts().size(), 1);
    }

    void damagedFileIsAnErrorAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        AccountStore store(path);
        const auto loaded = store.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::Io);
        QVERIFY(QFile::exists(path));
    }

    void defaultPathIsTheSharedDataFolder()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tokendesk"));
        QVERIFY(AccountStore::defaultPath().endsWith(QLatin1String("tokendesk/accounts.json")));
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
