// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's "in keychain" column comes from the store's index of key names: listing any
// number of tokens reads no secret (issue 12, item 8), and the column follows writes and
// removes through the store.
#include "DemoTokens.h"
#include "FakeClock.h"
#include "core/account/AccountStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/tokenlist/ReadTokenChoice.h"
#include "core/tokenlist/TokenCache.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QString kAccount = QStringLiteral("maintainer@registry.npmjs.org");
constexpr int kTokens = 60;
} // namespace

class TstKeychainColumn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    QList<Token> m_tokens;

    QString inKeychain(Application &app, const QString &tokenKey) const
    {
        TokenListModel *model = app.tokenModel();
        return model->index(model->rowOfKey(tokenKey), TokenListModel::InKeychainColumn)
            .data()
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AccountStore accounts(m_dir.filePath(QStringLiteral("accounts.json")));
        Account account;
        account.id = kAccount;
        account.user = QStringLiteral("maintainer");
        account.lastSignIn = m_clock.now().addSecs(-3600);
        accounts.upsert(account); // no session: nothing talks to a registry
        QVERIFY(accounts.save());
        m_tokens = demoTokens(m_clock.now(), kTokens);
        TokenCache cache(m_dir.filePath(QStringLiteral("token-cache")));
        QVERIFY(cache.store(kAccount, m_tokens, m_clock.now().addSecs(-60)));
    }

    void listingReadsNoSecretAndTheColumnFollowsTheStore()
    {
        InMemorySecretStore secrets;
        // Every other live token has its secret stored.
        QSet<QString> stored;
        for (int i = 0; i < m_tokens.size(); i += 2) {
            if (m_tokens.at(i).isRevoked())
                continue;
            secrets.write(SecretStore::tokenKey(kAccount, m_tokens.at(i).key),
                          SecretBuffer(QByteArrayView("npm_Stored0123")), nullptr,
                          [](Result<void>) {});
            stored.insert(m_tokens.at(i).key);
        }
        Application::Options options;
        options.dataDir = m_dir.path();
        options.clock = &m_clock;
        options.secrets = &secrets;
        options.openUrl = [](const QUrl &) {};
        Application app(options);
        app.start();
        QCOMPARE(app.tokenModel()->rowCount(), kTokens);
        QTest::qWait(200); // room for any probing the app might do
        // The only secret read is the one token the publish watch lists private packages with
        // (issue 22); which tokens the keychain holds is known without reading any.
        const QString watchToken = readTokenKeyFor(*app.accountStore()->find(kAccount), m_tokens,
                                                   secrets, m_clock.now());
        const auto onlyTheWatchToken = [&] {
            for (const QString &key : secrets.readKeys())
                if (key != watchToken)
                    return false;
            return secrets.readCount() <= 2; // its listing and its staged-release read
        };
        QVERIFY2(onlyTheWatchToken(), qPrintable(secrets.readKeys().join(u',')));
        for (const Token &token : std::as_const(m_tokens))
            QCOMPARE(inKeychain(app, token.key),
                     stored.contains(token.key) ? QStringLiteral("yes") : QStringLiteral("no"));

        // A secret written through the store shows up; a removed one goes.
        const Token &added = m_tokens.at(1);
        const Token &dropped = m_tokens.at(0);
        QVERIFY(!stored.contains(added.key) && stored.contains(dropped.key));
        secrets.write(SecretStore::tokenKey(kAccount, added.key),
                      SecretBuffer(QByteArrayView("npm_Added0123")), nullptr, [](Result<void>) {});
        secrets.remove(SecretStore::tokenKey(kAccount, dropped.key), nullptr, [](Result<void>) {});
        QTRY_COMPARE(inKeychain(app, added.key), QStringLiteral("yes"));
        QTRY_COMPARE(inKeychain(app, dropped.key), QStringLiteral("no"));
        QVERIFY2(onlyTheWatchToken(), qPrintable(secrets.readKeys().join(u',')));
    }
};

QTEST_MAIN(TstKeychainColumn)
#include "tst_keychaincolumn.moc"
