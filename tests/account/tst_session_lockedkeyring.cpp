// SPDX-License-Identifier: GPL-3.0-or-later
// A session kept in the harness's real gnome-keyring, then the keyring locked through the Secret
// Service API (issue 12, item 7): using or ending the session says the keychain is locked, keeps
// the account and its session as they are, and works again once the keyring is unlocked, with no
// new sign-in.
#include "../secrets/KeyringControl.h"
#include "AwaitResult.h"
#include "FakeClock.h"
#include "Harness.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/registry/RegistryClient.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kSession = "sess-LockedKeyring-5b7c1d";
} // namespace

class TstSessionLockedKeyring : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;
    Account m_account;

    void verifyLockedAndKept(const Error &error)
    {
        QVERIFY2(error.code == ErrorCode::KeychainLocked,
                 qPrintable(error.codeName() + QStringLiteral(": ") + error.oneLine()));
        QCOMPARE(error.message,
                 QStringLiteral("The keychain is locked — unlock it and try again."));
        QVERIFY(m_accounts->load().ok());
        const auto kept = m_accounts->find(m_account.id);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->sessionExpires, m_account.sessionExpires);
        QVERIFY(kept->hasSession(m_clock.now()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        m_keychain
            = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-session-locked"));
        m_keychain->setIndexPath(m_dir.filePath(QStringLiteral("index.json")));
        m_keychain->setTimeout(std::chrono::seconds(15));
        m_accounts
            = std::make_unique<AccountStore>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_sessions
            = std::make_unique<SessionManager>(&m_nam, m_keychain.get(), m_accounts.get(), m_clock);
        // Signed in earlier: the account on disk, its session in the keychain. The registry is
        // never contacted by what follows.
        m_account.registry = QUrl(QStringLiteral("https://registry.invalid/"));
        m_account.user = QStringLiteral("maintainer");
        m_account.id = Account::makeId(m_account.registry, m_account.user);
        m_account.lastSignIn = m_clock.now();
        m_account.sessionExpires = m_clock.now().addSecs(3600);
        m_accounts->upsert(m_account);
        QVERIFY(m_accounts->save().ok());
        const auto stored = await<void>([&](auto done) {
            m_keychain->write(SecretStore::sessionKey(m_account.id), SecretBuffer(kSession),
                              nullptr, done);
        });
        QVERIFY2(stored.ok(), qPrintable(why(stored)));
        QString error;
        QVERIFY2(lockLoginKeyring(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (loginKeyringLocked())
            QVERIFY(unlockLoginKeyring());
        if (m_keychain)
            (void)await<void>([&](auto done) {
                m_keychain->remove(SecretStore::sessionKey(m_account.id), nullptr, done);
            });
    }

    void authorizeSaysLockedAndKeepsTheSession()
    {
        RegistryClient client(&m_nam, m_account.registry, m_clock);
        const auto authorized = await<void>(
            [&](auto done) { m_sessions->authorize(client, m_account.id, nullptr, done); });
        QVERIFY(!authorized.ok());
        verifyLockedAndKept(authorized.error());
        QVERIFY(!client.hasAuthToken());
    }

    void signOutSaysLockedAndKeepsTheSession()
    {
        const auto signedOut
            = await<void>([&](auto done) { m_sessions->signOut(m_account.id, nullptr, done); });
        QVERIFY(!signedOut.ok());
        verifyLockedAndKept(signedOut.error());
    }

    void worksAgainAfterUnlockingWithoutANewSignIn()
    {
        QString error;
        QVERIFY2(unlockLoginKeyring(&error), qPrintable(error));
        RegistryClient client(&m_nam, m_account.registry, m_clock);
        const auto authorized = await<void>(
            [&](auto done) { m_sessions->authorize(client, m_account.id, nullptr, done); });
        QVERIFY2(authorized.ok(), qPrintable(why(authorized)));
        QVERIFY(client.hasAuthToken());
        // The session itself is still there, untouched.
        const auto session = await<SecretBuffer>([&](auto done) {
            m_keychain->read(SecretStore::sessionKey(m_account.id), nullptr, done);
        });
        QVERIFY(session.ok());
        QCOMPARE(session.value().reveal(), kSession);
    }
};

QTEST_GUILESS_MAIN(TstSessionLockedKeyring)
#include "tst_session_lockedkeyring.moc"
