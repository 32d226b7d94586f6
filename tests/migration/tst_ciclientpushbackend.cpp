// SPDX-License-Identifier: GPL-3.0-or-later
// CiClientPushBackend: the account of each target's provider and host, its credential loaded
// once from the keychain, the client the factory makes for it; the store's own time as pushedAt;
// a verified write recorded in the ledger (and nothing else).
#include "FakeClock.h"
#include "core/migration/CiClientPushBackend.h"
#include "core/secrets/InMemorySecretStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

// A store that keeps one value per target; updated_at from the test's clock.
class FakeClient final : public CiSecretClient
{
public:
    explicit FakeClient(FakeClock &clock) : m_clock(clock) { }
    QString credential;
    std::map<QString, QByteArray> values;
    bool holds = true;

    CiProvider provider() const override { return CiProvider::GitHub; }
    void whoami(std::function<void(Result<QString>)> done) override { done(QStringLiteral("a")); }
    void describe(const CiSecretTarget &target,
                  std::function<void(Result<CiSecretState>)> done) override
    {
        CiSecretState state;
        state.exists = values.count(target.id()) > 0;
        state.updatedAt = m_clock.now();
        done(state);
    }
    void push(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
              std::function<void(Result<CiSecretState>)> done) override
    {
        values[target.id()] = value->reveal();
        describe(target, std::move(done));
    }
    void verify(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
                const QDateTime &, std::function<void(Result<bool>)> done) override
    {
        done(holds && values[target.id()] == value->reveal());
    }

private:
    FakeClock &m_clock;
};

CiSecretTarget repoSecret(const QString &host = QStringLiteral("github.com"))
{
    CiSecretTarget t;
    t.kind = CiStoreKind::GitHubRepository;
    t.host = host;
    t.owner = QStringLiteral("acme");
    t.repo = QStringLiteral("widgets");
    t.name = QStringLiteral("NPM_TOKEN");
    return t;
}

template<class T, class Call>
Result<T> await(Call call)
{
    std::optional<Result<T>> result;
    call([&](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return makeError(ErrorCode::Timeout, QStringLiteral("no answer"));
    return std::move(*result);
}

} // namespace

class TestCiClientPushBackend : public QObject
{
    Q_OBJECT
private slots:
    void pushesThroughTheAccountsClientAndRecordsVerifiedWrites()
    {
        QTemporaryDir dir;
        InMemorySecretStore keychain;
        FakeClock clock;
        CiCredentialStore accounts(keychain, dir.path() + QStringLiteral("/ci-accounts.json"),
                                   &clock);
        CiAccount account;
        account.provider = CiProvider::GitHub;
        account.host = QStringLiteral("github.com");
        account.apiBase = QUrl(QStringLiteral("https://api.github.com"));
        QVERIFY(await<void>([&](auto done) {
            accounts.save(account, SecretBuffer::fromString(QStringLiteral("ghp_cred")), done);
        }));
        CiSecretLedger ledger(dir.path() + QStringLiteral("/ci-ledger.json"));
        int made = 0;
        FakeClient *client = nullptr;
        CiClientPushBackend backend(
            accounts, {},
            [&](const CiAccount &, std::shared_ptr<const SecretBuffer> credential,
                const CiClientServices &) {
                ++made;
                auto c = std::make_unique<FakeClient>(clock);
                c->credential = credential->revealString();
                client = c.get();
                return c;
            },
            &ledger, clock);

        QVERIFY(backend.canPush(repoSecret()));
        QVERIFY(!backend.canPush(repoSecret(QStringLiteral("ghe.example.org"))));

        const CiPushValue value{std::make_shared<const SecretBuffer>(QByteArrayView("npm_new")),
                                QStringLiteral("key-new"), QStringLiteral("npm_new...0000")};
        clock.advance(std::chrono::seconds(30));
        auto pushed = await<QDateTime>([&](auto done) { backend.push(repoSecret(), value, done); });
        QVERIFY(pushed);
        QCOMPARE(pushed.value(), clock.now()); // the store's updated_at
        QCOMPARE(client->credential, QStringLiteral("ghp_cred"));

        // Not held: no ledger entry.
        client->holds = false;
        auto notHeld = await<bool>(
            [&](auto done) { backend.verify(repoSecret(), value, pushed.value(), done); });
        QVERIFY(notHeld && !notHeld.value());
        QVERIFY(ledger.load());
        QVERIFY(!ledger.entry(repoSecret().id()));

        client->holds = true;
        auto held = await<bool>(
            [&](auto done) { backend.verify(repoSecret(), value, pushed.value(), done); });
        QVERIFY(held && held.value());
        QVERIFY(ledger.load());
        const auto entry = ledger.entry(repoSecret().id());
        QVERIFY(entry);
        QCOMPARE(entry->tokenKey, QStringLiteral("key-new"));
        QCOMPARE(entry->pushedAt, pushed.value());
        QCOMPARE(made, 1); // one client per account, the credential read once

        // Another host has no account: a clear error naming the login command.
        auto refused = await<QDateTime>([&](auto done) {
            backend.push(repoSecret(QStringLiteral("ghe.example.org")), value, done);
        });
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("tokendesk-cli ci login github")));
    }
};

QTEST_GUILESS_MAIN(TestCiClientPushBackend)
#include "tst_ciclientpushbackend.moc"
