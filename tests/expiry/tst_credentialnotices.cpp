// SPDX-License-Identifier: GPL-3.0-or-later
// The expiry notices warn about an account's own token when only its expiry is known (issue 17):
// a user-entered date on an unknown registry reaches the real NotificationScheduler and gives
// the 7-day notice; entering a new date starts afresh; an account without one adds nothing.
#include "FakeClock.h"
#include "FakeWakeTimer.h"
#include "core/account/Account.h"
#include "core/account/CredentialNotices.h"
#include "core/account/TokenExpiryEntry.h"
#include "core/expiry/NotificationScheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {
Account unknownRegistryAccount()
{
    Account account;
    account.registry = QUrl(QStringLiteral("https://npm.corp.example/"));
    account.user = QStringLiteral("jane");
    account.id = Account::makeId(account.registry, account.user);
    account.capabilities.tokenApi = false;
    return account;
}
} // namespace

class TstCredentialNotices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingWithoutAnExpiry()
    {
        const Account account = unknownRegistryAccount();
        QVERIFY(tokensToWatch(account, {}).isEmpty());
        Account never = account;
        never.credentialExpiry = userEnteredNoExpiry();
        QVERIFY(tokensToWatch(never, {}).isEmpty());
    }

    void enteredDateIsWarnedAbout()
    {
        QTemporaryDir dir;
        test::FakeClock clock;
        auto *timer = new test::FakeWakeTimer(&clock);
        NotificationScheduler scheduler(clock, timer, dir.filePath(QStringLiteral("notices.json")));
        QSignalSpy due(&scheduler, &NotificationScheduler::noticeDue);

        Account account = unknownRegistryAccount();
        // Entered as lasting through the 4th day from now: inside the 7-day threshold.
        account.credentialExpiry = {clock.now().addDays(4), CredentialExpiryBasis::UserEntered};
        const QList<Token> watched = tokensToWatch(account, {});
        QCOMPARE(watched.size(), 1);
        QCOMPARE(watched.constFirst().accountId, account.id);
        QCOMPARE(watched.constFirst().expires, account.credentialExpiry.expires);
        scheduler.setTokens(account.id, watched);

        QCOMPARE(due.size(), 1);
        const auto notice = due.constFirst().constFirst().value<ExpiryNotice>();
        QCOMPARE(notice.expires, account.credentialExpiry.expires);
        QVERIFY2(notice.text.contains(QLatin1String("jane@npm.corp.example")),
                 qPrintable(notice.text));
        scheduler.delivered(notice);

        // A new date (the user renewed the token): a fresh key, so its notices start again.
        account.credentialExpiry.expires = clock.now().addDays(3);
        const QList<Token> renewed = tokensToWatch(account, {});
        QVERIFY(renewed.constFirst().key != watched.constFirst().key);
        scheduler.setTokens(account.id, renewed);
        QCOMPARE(due.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstCredentialNotices)
#include "tst_credentialnotices.moc"
