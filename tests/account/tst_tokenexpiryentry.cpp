// SPDX-License-Identifier: GPL-3.0-or-later
// The expiry of an opaque token the user enters (issue 17): offered only where the registry kind
// says nobody else knows it, stored with the basis "user entered" in the real accounts file,
// read back by a fresh store, and said in the accounts column as a countdown — or "never
// expires", which only an unknown registry allows.
#include "FakeClock.h"
#include "core/account/AccountStore.h"
#include "core/account/RegistryExpiryText.h"
#include "core/account/TokenExpiryEntry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

Account accountOn(const QString &url)
{
    Account account;
    account.registry = QUrl(url);
    account.user = QStringLiteral("jane");
    account.id = Account::makeId(account.registry, account.user);
    account.capabilities.tokenApi = false; // what an unknown registry answered
    return account;
}

const QString kUnknown = QStringLiteral("https://npm.corp.example/");
const QString kAzure
    = QStringLiteral("https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/");
const QString kNpmjs = QStringLiteral("https://registry.npmjs.org/");
} // namespace

class TstTokenExpiryEntry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("accounts.json")); }

    Account stored(const QString &url)
    {
        AccountStore store(path());
        const Account account = accountOn(url);
        store.upsert(account);
        [&] { QVERIFY(store.save()); }();
        return account;
    }

private Q_SLOTS:
    void offeredWhereOnlyTheUserKnows_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("offered");
        QTest::addColumn<bool>("never");
        QTest::newRow("npmjs") << kNpmjs << false << false;
        QTest::newRow("github") << "https://npm.pkg.github.com/" << false << false;
        QTest::newRow("azure") << kAzure << true << false;
        QTest::newRow("unknown") << kUnknown << true << true;
    }
    void offeredWhereOnlyTheUserKnows()
    {
        QFETCH(QString, url);
        QFETCH(bool, offered);
        QFETCH(bool, never);
        const RegistryKind kind = accountOn(url).registryKind();
        QCOMPARE(userEntersTokenExpiry(kind), offered);
        QCOMPARE(tokenMayNeverExpire(kind), never);
    }

    void storesPersistsAndCountsDown()
    {
        QVERIFY(m_dir.isValid());
        const Account account = stored(kUnknown);
        const QDate lastDay = kNow.toLocalTime().date().addDays(30);
        const CredentialExpiry entered = userEnteredExpiry(lastDay);
        QCOMPARE(entered.basis, CredentialExpiryBasis::UserEntered);
        QCOMPARE(entered.expires.toLocalTime(), QDateTime(lastDay.addDays(1), QTime(0, 0)));

        AccountStore store(path());
        QVERIFY(storeUserEnteredExpiry(store, account.id, entered));

        AccountStore reread(path()); // what the next start (or the CLI) reads
        QVERIFY(reread.load());
        const auto back = reread.find(account.id);
        QVERIFY(back);
        QCOMPARE(back->credentialExpiry, entered);
        const QString text = accountExpiryText(*back, kNow);
        QVERIFY2(text.startsWith(QLatin1String("token in 30 d")), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String("(date you entered)")), qPrintable(text));
    }

    void neverExpiresOnlyWhereTheKindAllows()
    {
        const Account unknown = stored(kUnknown);
        AccountStore store(path());
        QVERIFY(storeUserEnteredExpiry(store, unknown.id, userEnteredNoExpiry()));
        AccountStore reread(path());
        QVERIFY(reread.load());
        QCOMPARE(reread.find(unknown.id)->credentialExpiry, userEnteredNoExpiry());
        QCOMPARE(accountExpiryText(*reread.find(unknown.id), kNow),
                 QStringLiteral("token never expires (as you entered)"));

        const Account azure = stored(kAzure);
        const auto refused = storeUserEnteredExpiry(store, azure.id, userEnteredNoExpiry());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    }

    void refusedWhereTheRegistrySaysItself()
    {
        const Account npmjs = stored(kNpmjs);
        AccountStore store(path());
        const auto refused
            = storeUserEnteredExpiry(store, npmjs.id, userEnteredExpiry(kNow.date().addDays(7)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(store.load());
        QVERIFY(!store.find(npmjs.id)->credentialExpiry.isKnown());

        const auto gone = storeUserEnteredExpiry(store, QStringLiteral("nobody@nowhere"),
                                                 userEnteredExpiry(kNow.date()));
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstTokenExpiryEntry)
#include "tst_tokenexpiryentry.moc"
