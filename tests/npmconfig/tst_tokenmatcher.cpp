// SPDX-License-Identifier: GPL-3.0-or-later
// TokenMatcher: classic tokens by hex SHA-512 of the secret, granular ones by the registry's
// redacted form plus whoami; every outcome reachable and explained.
#include "FakeClock.h"
#include "core/npmconfig/TokenMatcher.h"

#include <QTest>

#include <openssl/sha.h>

using namespace td;

namespace {

const QString kClassic = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
const QString kGranular = QStringLiteral("npm_AAAAbbbbCCCCddddEEEEffffGGGGhhhhIIII");
const QString kSession = QStringLiteral("npm_SESSbbbbCCCCddddEEEEffffGGGGhhhhZZZZ");

CredentialFinding finding(const QString &secret,
                          const QString &registry = QStringLiteral("//registry.npmjs.org/"))
{
    CredentialFinding f;
    f.registry = registry;
    if (!secret.isEmpty()) {
        f.secret = std::make_shared<const SecretBuffer>(SecretBuffer::fromString(secret));
        f.identity = TokenIdentity::of(f.secret->view());
    }
    return f;
}

QString independentSha512(const QString &text)
{
    // Cross-check with OpenSSL's one-shot SHA512 (TokenIdentity uses the EVP interface).
    const QByteArray bytes = text.toUtf8();
    unsigned char digest[SHA512_DIGEST_LENGTH];
    SHA512(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()),
           digest);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), SHA512_DIGEST_LENGTH).toHex());
}

QList<Token> accountTokens()
{
    Token classic;
    classic.key = independentSha512(kClassic).toUpper(); // case must not matter
    classic.kind = TokenKind::ClassicPublish;
    classic.name = QStringLiteral("classic");
    Token granular;
    granular.key = QStringLiteral("11111111-2222-3333-4444-555555555555");
    granular.redacted = QStringLiteral("npm_AAAA...IIII");
    granular.kind = TokenKind::GranularReadWrite;
    granular.name = QStringLiteral("granular");
    granular.expires = QDateTime(QDate(2026, 12, 28), QTime(0, 0), Qt::UTC);
    return {classic, granular};
}

TokenMatch runMatch(const TokenMatcher &matcher, const CredentialFinding &f)
{
    std::optional<TokenMatch> result;
    matcher.match(f, [&](TokenMatch m) { result = m; });
    return result.value_or(TokenMatch{});
}

} // namespace

class TestTokenMatcher : public QObject
{
    Q_OBJECT
private slots:
    void outcomes_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<int>("whoami");   // Liveness::State
        QTest::addColumn<int>("expected"); // MatchOutcome
        QTest::addColumn<QString>("tokenName");
        QTest::addColumn<int>("whoamiCalls");
        const int alive = int(Liveness::State::Alive), dead = int(Liveness::State::Dead),
                  unknown = int(Liveness::State::Unknown);
        const QString npmjs = QStringLiteral("//registry.npmjs.org/");
        QTest::newRow("classic by sha512")
            << kClassic << npmjs << alive << int(MatchOutcome::MatchesToken)
            << QStringLiteral("classic") << 0;
        QTest::newRow("granular alive")
            << kGranular << npmjs << alive << int(MatchOutcome::MatchesToken)
            << QStringLiteral("granular") << 1;
        QTest::newRow("granular 401") << kGranular << npmjs << dead << int(MatchOutcome::Dead)
                                      << QStringLiteral("granular") << 1;
        QTest::newRow("granular offline")
            << kGranular << npmjs << unknown << int(MatchOutcome::MatchesToken)
            << QStringLiteral("granular") << 1;
        QTest::newRow("unlisted alive")
            << kSession << npmjs << alive << int(MatchOutcome::AliveUnlisted) << QString() << 1;
        QTest::newRow("unlisted 401")
            << kSession << npmjs << dead << int(MatchOutcome::Dead) << QString() << 1;
        QTest::newRow("unlisted offline")
            << kSession << npmjs << unknown << int(MatchOutcome::NotCheckable) << QString() << 1;
        QTest::newRow("other registry")
            << kGranular << QStringLiteral("//npm.pkg.github.com/") << alive
            << int(MatchOutcome::UnknownRegistry) << QString() << 0;
        QTest::newRow("yarn registry is npmjs")
            << kClassic << QStringLiteral("//registry.yarnpkg.com/") << alive
            << int(MatchOutcome::MatchesToken) << QStringLiteral("classic") << 0;
        QTest::newRow("no value") << QString() << npmjs << alive << int(MatchOutcome::NotCheckable)
                                  << QString() << 0;
        QTest::newRow("placeholder") << QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX") << npmjs << alive
                                     << int(MatchOutcome::NotCheckable) << QString() << 0;
    }
    void outcomes()
    {
        QFETCH(QString, secret);
        QFETCH(QString, registry);
        QFETCH(int, whoami);
        QFETCH(int, expected);
        QFETCH(QString, tokenName);
        QFETCH(int, whoamiCalls);
        test::FakeClock clock;
        int calls = 0;
        TokenMatcher matcher(
            QStringLiteral("https://registry.npmjs.org/"), accountTokens(), clock,
            [&](const QString &, const SecretBuffer &s, std::function<void(Liveness)> done) {
                ++calls;
                QCOMPARE(s.revealString(), secret);
                done(Liveness{Liveness::State(whoami), QStringLiteral("jane"),
                              QStringLiteral("offline")});
            });
        const TokenMatch match = runMatch(matcher, finding(secret, registry));
        QCOMPARE(matchOutcomeId(match.outcome), matchOutcomeId(MatchOutcome(expected)));
        QCOMPARE(match.token ? match.token->name : QString(), tokenName);
        QCOMPARE(calls, whoamiCalls);
    }

    void expiredOrRevokedTokensAreDeadWithoutAsking()
    {
        test::FakeClock clock;
        QList<Token> tokens = accountTokens();
        tokens[0].revoked = clock.now().addDays(-1);
        tokens[1].expires = clock.now().addSecs(-1);
        int calls = 0;
        TokenMatcher matcher(
            QStringLiteral("https://registry.npmjs.org"), tokens, clock,
            [&](const QString &, const SecretBuffer &, std::function<void(Liveness)> done) {
                ++calls;
                done({});
            });
        QCOMPARE(runMatch(matcher, finding(kClassic)).outcome, MatchOutcome::Dead);
        QCOMPARE(runMatch(matcher, finding(kGranular)).outcome, MatchOutcome::Dead);
        QCOMPARE(calls, 0);
    }

    void ambiguousRedactedFormIsNotGuessed()
    {
        test::FakeClock clock;
        QList<Token> tokens = accountTokens();
        Token twin = tokens[1];
        twin.key = QStringLiteral("99999999-2222-3333-4444-555555555555");
        tokens.append(twin);
        TokenMatcher matcher(QStringLiteral("https://registry.npmjs.org/"), tokens, clock);
        QCOMPARE(runMatch(matcher, finding(kGranular)).outcome, MatchOutcome::NotCheckable);
    }

    void matchAllKeepsOrder()
    {
        test::FakeClock clock;
        TokenMatcher matcher(QStringLiteral("https://registry.npmjs.org/"), accountTokens(), clock);
        std::optional<QList<TokenMatch>> results;
        matcher.matchAll({finding(kGranular), finding(kClassic), finding({})},
                         [&](QList<TokenMatch> r) { results = r; });
        QVERIFY(results);
        QCOMPARE(results->size(), 3);
        QCOMPARE(results->at(0).token->name, QStringLiteral("granular"));
        QCOMPARE(results->at(1).token->name, QStringLiteral("classic"));
        QCOMPARE(results->at(2).outcome, MatchOutcome::NotCheckable);
    }
};

QTEST_GUILESS_MAIN(TestTokenMatcher)
#include "tst_tokenmatcher.moc"
