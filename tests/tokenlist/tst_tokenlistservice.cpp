// SPDX-License-Identifier: GPL-3.0-or-later
// TokenListService: every account's list fetched from its registry, the cache when offline, the
// status sentence, and which tokens the keychain holds without reading a secret (issue 18).
#include "AwaitResult.h"
#include "CountingSecretStore.h"
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/tokenlist/TokenCache.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokenlist/TokenListService.h"
#include "core/tokenlist/TokenSync.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using Request = FakeRegistryServer::Request;

namespace {

QList<Token> makeTokens(const QString &accountId, int count, const QDateTime &now)
{
    QList<Token> tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        Token token;
        token.accountId = accountId;
        token.key = QStringLiteral("%1-key-%2")
                        .arg(accountId.section(u'@', 0, 0))
                        .arg(i, 4, 10, QLatin1Char('0'));
        token.name = QStringLiteral("token %1").arg(i);
        token.redacted = QStringLiteral("npm_ab12...yz90");
        token.created = now.addDays(-30);
        token.expires = now.addSecs(3600LL * (i + 1));
        tokens.append(token);
    }
    return tokens;
}

QByteArray tokenPage(const QStringList &keys)
{
    QByteArray objects;
    for (const QString &key : keys) {
        if (!objects.isEmpty())
            objects += ',';
        objects += R"({"key":")" + key.toUtf8()
            + R"(","token":"npm_ab12...yz90","name":"ci","expiry":"2026-12-20T00:00:00.000Z",)"
              R"("created":"2026-11-01T00:00:00.000Z","permissions":[],"scopes":[]})";
    }
    return R"({"objects":[)" + objects + R"(],"urls":{}})";
}

QStringList keysOf(const QList<Token> &tokens)
{
    QStringList keys;
    for (const Token &token : tokens)
        keys.append(token.key);
    return keys;
}

} // namespace

class TestTokenListService : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CountingSecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<TokenListModel> m_model;
    std::unique_ptr<TokenListService> m_service;

    // An account on `registry`, signed in until `sessionEnds` (invalid: signed out), whose
    // session secret is in the store.
    QString addAccount(const QString &user, const QUrl &registry, const QDateTime &sessionEnds)
    {
        Account account;
        account.registry = registry;
        account.user = user;
        account.id = Account::makeId(registry, user);
        account.lastSignIn = m_clock.now().addSecs(-600);
        account.sessionExpires = sessionEnds;
        m_accounts->upsert(account);
        const auto saved = m_accounts->save();
        if (!saved)
            qFatal("accounts not saved");
        const QByteArray session = "sess-" + user.toUtf8();
        (void)await<void>([&](auto done) {
            m_secrets->write(SecretStore::sessionKey(account.id),
                             SecretBuffer(QByteArrayView(session)), this, done);
        });
        return account.id;
    }

    void startService(bool indexBuilt = true)
    {
        m_secrets = std::make_unique<CountingSecretStore>(indexBuilt);
        m_accounts
            = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.json")));
        m_cache = std::make_unique<TokenCache>(m_dir->filePath(QStringLiteral("token-cache")));
        m_sessions = std::make_unique<SessionManager>(m_nam.get(), m_secrets.get(),
                                                      m_accounts.get(), m_clock);
        m_model = std::make_unique<TokenListModel>(m_clock);
        m_service = std::make_unique<TokenListService>(
            TokenListService::Parts{m_accounts.get(), m_sessions.get(), m_cache.get(),
                                    m_secrets.get(), &m_clock, m_model.get()});
    }

    QSet<QString> modelKeychainColumn() const
    {
        QSet<QString> stored;
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row, TokenListModel::InKeychainColumn)
                    .data(TokenListModel::RawValueRole)
                    .toBool())
                stored.insert(m_model->tokenAt(row).key);
        return stored;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        startService();
    }
    void cleanup()
    {
        m_service.reset();
        m_model.reset();
        m_sessions.reset();
        m_nam.reset(); // before QCoreApplication ends
    }

    void fetchesEveryAccount()
    {
        // Two registries, each with its own account and list; each answers only its session.
        FakeRegistryServer first, second;
        QVERIFY(first.listen());
        QVERIFY(second.listen());
        const auto serve = [](const QByteArray &session, const QStringList &keys) {
            return [session, keys](const Request &r) {
                if (r.header("authorization") != "Bearer " + session)
                    return Reply::json(401, R"({"error":"no"})");
                if (r.target.startsWith("/-/npm/v1/tokens"))
                    return Reply::json(200, tokenPage(keys));
                return Reply::json(404, "{}");
            };
        };
        const QStringList aliceKeys{QStringLiteral("a-1"), QStringLiteral("a-2")};
        const QStringList bobKeys{QStringLiteral("b-1"), QStringLiteral("b-2"),
                                  QStringLiteral("b-3")};
        first.setHandler(serve("sess-alice", aliceKeys));
        second.setHandler(serve("sess-bob", bobKeys));
        const QDateTime sessionEnds = m_clock.now().addSecs(3600);
        const QString alice = addAccount(QStringLiteral("alice"), first.baseUrl(), sessionEnds);
        const QString bob = addAccount(QStringLiteral("bob"), second.baseUrl(), sessionEnds);
        const QString carol = addAccount(QStringLiteral("carol"), second.baseUrl(), {});

        QSignalSpy changed(m_service.get(), &TokenListService::listChanged);
        m_service->refreshSignedIn(); // carol is signed out: not asked for
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 2; }, 10000));
        QTest::qWait(50);
        QCOMPARE(changed.size(), 2);

        QCOMPARE(keysOf(m_service->tokens(alice)), aliceKeys);
        QCOMPARE(keysOf(m_service->tokens(bob)), bobKeys);
        QVERIFY(m_service->tokens(carol).isEmpty());
        for (const Token &token : m_service->allTokens())
            QCOMPARE(token.accountId, token.key.startsWith(u'a') ? alice : bob);
        QCOMPARE(m_service->allTokens().size(), 5);
        // Written to the cache for the next start.
        const auto cached = m_cache->load(bob);
        QVERIFY(cached.ok());
        QCOMPARE(keysOf(cached.value().tokens), bobKeys);
        QCOMPARE(cached.value().syncedAt, m_clock.now());
        // The table shows the account asked for, straight from the service's list.
        m_service->showAccount(bob);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->tokenAt(2).key, QStringLiteral("b-3"));
        // Only the two sessions were read from the keychain, never a token's secret.
        QCOMPARE(m_secrets->readKeys().size(), 2);
        for (const QString &key : m_secrets->readKeys())
            QVERIFY2(key == SecretStore::sessionKey(alice) || key == SecretStore::sessionKey(bob),
                     qPrintable(key));
    }

    void syncUpdatesTheShownTableInPlace()
    {
        // The shown account's sync reaches the table by itself, row by row: no reset, so a
        // view's selection survives without the desktop asking for the list again.
        QStringList keys{QStringLiteral("a-1"), QStringLiteral("a-2"), QStringLiteral("a-3")};
        FakeRegistryServer registry;
        QVERIFY(registry.listen());
        registry.setHandler([&keys](const Request &r) {
            if (r.target.startsWith("/-/npm/v1/tokens"))
                return Reply::json(200, tokenPage(keys));
            return Reply::json(404, "{}");
        });
        const QString id
            = addAccount(QStringLiteral("alice"), registry.baseUrl(), m_clock.now().addSecs(3600));
        QList<Token> cached = makeTokens(id, 2, m_clock.now());
        cached[0].key = QStringLiteral("a-1");
        cached[1].key = QStringLiteral("a-2");
        QVERIFY(m_cache->store(id, cached, m_clock.now().addSecs(-600)).ok());
        QVERIFY(m_service->loadCached().isEmpty());
        m_service->showAccount(id);
        QCOMPARE(m_model->rowCount(), 2);

        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_service.get(), &TokenListService::listChanged);
        QPersistentModelIndex second = m_model->index(1, 0); // what a selection holds
        m_service->refresh(id);
        QVERIFY(changed.wait(10000));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!changes.isEmpty()); // the two cached rows now read as the registry lists them
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(second.isValid());
        QCOMPARE(m_model->tokenAt(second.row()).key, QStringLiteral("a-2"));
        QCOMPARE(m_model->tokenAt(second.row()).name, QStringLiteral("ci"));
        QCOMPARE(m_model->tokenAt(2).key, QStringLiteral("a-3"));
    }

    void offlineKeepsTheCachedList()
    {
        FakeRegistryServer registry;
        QVERIFY(registry.listen());
        registry.setHandler([](const Request &) {
            Reply reply;
            reply.mode = Reply::Mode::Reset; // the network is gone
            return reply;
        });
        const QString id = addAccount(QStringLiteral("alice"), registry.baseUrl(),
                                      m_clock.now().addSecs(112 * 60));
        const QList<Token> cachedTokens = makeTokens(id, 3, m_clock.now());
        QVERIFY(m_cache->store(id, cachedTokens, m_clock.now().addSecs(-2 * 3600 - 30)).ok());

        QVERIFY(m_service->loadCached().isEmpty());
        m_service->showAccount(id);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_service->statusText(id),
                 QStringLiteral("Synced 2 h ago · session ends in 1 h 52 min"));

        QSignalSpy failed(m_service->sync(), &TokenSync::syncFailed);
        QSignalSpy changed(m_service.get(), &TokenListService::listChanged);
        m_service->refresh(id);
        QVERIFY(failed.wait(10000));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(keysOf(m_service->tokens(id)), keysOf(cachedTokens));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_service->statusText(id),
                 QStringLiteral("Synced 2 h ago · session ends in 1 h 52 min"));
    }

    void statusText_data()
    {
        QTest::addColumn<qint64>("syncedSecsAgo");     // -1 = never
        QTest::addColumn<qint64>("sessionEndsInSecs"); // 0 = signed out, -1 = no account
        QTest::addColumn<QString>("expected");
        QTest::newRow("synced 3 min ago, signed in")
            << qint64(180) << qint64(112 * 60)
            << QStringLiteral("Synced 3 min ago · session ends in 1 h 52 min");
        QTest::newRow("synced just now")
            << qint64(0) << qint64(30 * 60)
            << QStringLiteral("Synced just now · session ends in 30 min");
        QTest::newRow("cached 3 h, signed out")
            << qint64(3 * 3600) << qint64(0)
            << QStringLiteral("Synced 3 h ago · sign in to refresh");
        QTest::newRow("cached 2 d, signed out")
            << qint64(2 * 86400) << qint64(0)
            << QStringLiteral("Synced 2 d ago · sign in to refresh");
        QTest::newRow("never synced, signed out")
            << qint64(-1) << qint64(0)
            << QStringLiteral("Not synced yet · sign in to see your tokens");
        QTest::newRow("never synced, signed in")
            << qint64(-1) << qint64(3600)
            << QStringLiteral("Not synced yet · session ends in 1 h 0 min");
        QTest::newRow("no account")
            << qint64(-1) << qint64(-1)
            << QStringLiteral("Not synced yet · add an account to see its tokens");
    }
    void statusText()
    {
        QFETCH(qint64, syncedSecsAgo);
        QFETCH(qint64, sessionEndsInSecs);
        QFETCH(QString, expected);
        QString id;
        if (sessionEndsInSecs >= 0)
            id = addAccount(QStringLiteral("alice"), QUrl(QStringLiteral("http://127.0.0.1:9/")),
                            sessionEndsInSecs > 0 ? m_clock.now().addSecs(sessionEndsInSecs)
                                                  : QDateTime());
        if (!id.isEmpty() && syncedSecsAgo >= 0)
            QVERIFY(m_cache
                        ->store(id, makeTokens(id, 1, m_clock.now()),
                                m_clock.now().addSecs(-syncedSecsAgo))
                        .ok());
        QVERIFY(m_service->loadCached().isEmpty());
        QCOMPARE(m_service->statusText(id), expected);
    }

    void keychainColumnReadsNoSecret()
    {
        // 1,000 listed tokens, every fourth one's secret stored by TokenDesk.
        const QString id
            = addAccount(QStringLiteral("alice"), QUrl(QStringLiteral("http://127.0.0.1:9/")), {});
        const QList<Token> tokens = makeTokens(id, 1000, m_clock.now());
        QSet<QString> stored;
        for (int i = 0; i < tokens.size(); i += 4) {
            stored.insert(tokens.at(i).key);
            (void)await<void>([&](auto done) {
                m_secrets->write(SecretStore::tokenKey(id, tokens.at(i).key),
                                 SecretBuffer::fromString(QStringLiteral("npm_Secret%1").arg(i)),
                                 this, done);
            });
        }
        QVERIFY(m_cache->store(id, tokens, m_clock.now()).ok());
        QVERIFY(m_service->loadCached().isEmpty());

        m_service->showAccount(id);
        QCOMPARE(m_model->rowCount(), 1000);
        QCOMPARE(m_service->storedInKeychain(id), stored);
        QCOMPARE(modelKeychainColumn(), stored);
        QCOMPARE(m_secrets->readKeys(), QStringList()); // not one secret read

        // Deleting a secret moves the column, still without a read.
        m_service->followKeychain(id);
        QSignalSpy keychainChanged(m_service.get(), &TokenListService::keychainChanged);
        (void)await<void>([&](auto done) {
            m_secrets->remove(SecretStore::tokenKey(id, tokens.at(0).key), this, done);
        });
        QVERIFY(!keychainChanged.isEmpty());
        stored.remove(tokens.at(0).key);
        QCOMPARE(modelKeychainColumn(), stored);
        QCOMPARE(m_secrets->readKeys(), QStringList());
    }

    void keychainIndexNotBuiltYet()
    {
        // The first start after an upgrade: the store cannot tell yet. The column says "no" for
        // now, and fills in when the index is built, without reading any secret.
        startService(/*indexBuilt=*/false);
        const QString id
            = addAccount(QStringLiteral("alice"), QUrl(QStringLiteral("http://127.0.0.1:9/")), {});
        const QList<Token> tokens = makeTokens(id, 1000, m_clock.now());
        (void)await<void>([&](auto done) {
            m_secrets->write(SecretStore::tokenKey(id, tokens.at(7).key),
                             SecretBuffer::fromString(QStringLiteral("npm_Secret7")), this, done);
        });
        QVERIFY(m_cache->store(id, tokens, m_clock.now()).ok());
        QVERIFY(m_service->loadCached().isEmpty());
        m_service->showAccount(id);
        m_service->followKeychain(id);
        QCOMPARE(modelKeychainColumn(), QSet<QString>());

        QSignalSpy keychainChanged(m_service.get(), &TokenListService::keychainChanged);
        m_secrets->buildIndex();
        QCOMPARE(keychainChanged.size(), 1);
        QCOMPARE(keychainChanged.at(0).at(0).toString(), id);
        QCOMPARE(modelKeychainColumn(), QSet<QString>{tokens.at(7).key});
        QCOMPARE(m_secrets->readKeys(), QStringList());
    }

    void revokedAndForgotten()
    {
        const QString id
            = addAccount(QStringLiteral("alice"), QUrl(QStringLiteral("http://127.0.0.1:9/")), {});
        const QList<Token> tokens = makeTokens(id, 3, m_clock.now());
        QVERIFY(m_cache->store(id, tokens, m_clock.now()).ok());
        QVERIFY(m_service->loadCached().isEmpty());
        m_service->showAccount(id);

        m_service->removeToken(id, tokens.at(1).key);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_service->find(tokens.at(1).key), nullptr);
        QVERIFY(m_service->find(tokens.at(2).key));

        m_service->forgetAccount(id);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_service->tokens(id).isEmpty());
        QCOMPARE(m_service->statusText(QString()),
                 QStringLiteral("Not synced yet · add an account to see its tokens"));
    }
};

QTEST_GUILESS_MAIN(TestTokenListService)
#include "tst_tokenlistservice.moc"
