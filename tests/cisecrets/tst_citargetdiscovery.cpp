// SPDX-License-Identifier: GPL-3.0-or-later
// Where a workflow's CI reference may live (issue 15): the candidates built from the workflow
// fixtures (tests/data/cisecrets/repo) and the repository's git remotes, their resolution through
// describe(), and the attribution of a resolved secret to a token.
#include "TestPaths.h"
#include "core/cisecrets/CiAttribution.h"
#include "core/cisecrets/CiTargetDiscovery.h"
#include "core/npmconfig/CredentialScanner.h"
#include "core/npmconfig/TokenIdentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

const QString kClassicSecret = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

// The fixture repository copied into a temporary folder, with a .git/config of two remotes.
struct FixtureRepo
{
    QTemporaryDir dir;
    FixtureRepo()
    {
        QProcess::execute(QStringLiteral("cp"),
                          {QStringLiteral("-a"),
                           QStringLiteral(TD_TEST_DATA_DIR "/cisecrets/repo/."), dir.path()});
        QDir().mkpath(dir.path() + QStringLiteral("/.git"));
        QFile config(dir.path() + QStringLiteral("/.git/config"));
        if (config.open(QIODevice::WriteOnly))
            config.write("[core]\n\tbare = false\n"
                         "[remote \"mirror\"]\n\turl = git@gitlab.com:acme/sub/widgets.git\n"
                         "[remote \"origin\"]\n\turl = https://github.com/acme/widgets.git\n");
    }
    QString path(const char *relative) const
    {
        return dir.path() + QLatin1Char('/') + QLatin1String(relative);
    }
    QList<CredentialFinding> findings() const
    {
        const CredentialScanner scanner({});
        QList<CredentialFinding> all;
        for (const char *file :
             {".github/workflows/release.yml", ".gitlab-ci.yml", ".circleci/config.yml"})
            all += scanner.scanWorkflow(path(file), nullptr);
        return all;
    }
};

QStringList idsOf(const QList<CiSecretTarget> &targets)
{
    QStringList ids;
    for (const CiSecretTarget &target : targets)
        ids.append(target.id());
    return ids;
}

Token classicToken()
{
    Token token;
    token.key = sha512Hex(kClassicSecret.toUtf8());
    token.kind = TokenKind::ClassicPublish;
    token.redacted = TokenIdentity::of(kClassicSecret.toUtf8()).redacted;
    return token;
}

Token granularToken(const QString &redacted)
{
    Token token;
    token.key = QStringLiteral("b1c2d3e4-0000-4000-8000-000000000001");
    token.kind = TokenKind::GranularReadWrite;
    token.redacted = redacted;
    return token;
}

CiResolvedTarget resolvedAt(const QString &id, CiSecretState state = {})
{
    state.exists = true;
    CiResolvedTarget resolved{*CiSecretTarget::fromId(id), state, {}};
    resolved.finding.file = QStringLiteral("/repo/.github/workflows/release.yml");
    return resolved;
}

} // namespace

class TestCiTargetDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void scannerFindsTheCircleCiReference()
    {
        FixtureRepo repo;
        QList<CredentialFinding> circle;
        for (const CredentialFinding &f : repo.findings()) {
            if (f.source == CredentialSource::CircleCi)
                circle.append(f);
        }
        QCOMPARE(circle.size(), 1);
        QCOMPARE(circle.first().form, CredentialForm::CiSecret);
        QCOMPARE(circle.first().variable, QStringLiteral("NPM_TOKEN"));
        QCOMPARE(circle.first().line, 8);
    }

    void candidatesFromTheWorkflowsAndTheRemotes_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("github: repository, the job's environment, organization")
            << int(CredentialSource::GitHubWorkflow)
            << QStringList{QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN"),
                           QStringLiteral(
                               "github:environment:github.com:acme:widgets:production:NPM_TOKEN"),
                           QStringLiteral("github:organization:github.com:acme:NPM_TOKEN")};
        QTest::newRow("gitlab: project (job environment, then *), then each group")
            << int(CredentialSource::GitLabCi)
            << QStringList{QStringLiteral("gitlab:project:gitlab.com:acme/sub/widgets:production:"
                                          "NPM_TOKEN"),
                           QStringLiteral("gitlab:project:gitlab.com:acme/sub/widgets:*:NPM_TOKEN"),
                           QStringLiteral("gitlab:group:gitlab.com:acme/sub:*:NPM_TOKEN"),
                           QStringLiteral("gitlab:group:gitlab.com:acme:*:NPM_TOKEN")};
        QTest::newRow("circleci: project, then each context of the workflows")
            << int(CredentialSource::CircleCi)
            << QStringList{
                   QStringLiteral("circleci:project:circleci.com:gh/acme/widgets:NPM_TOKEN"),
                   QStringLiteral("circleci:context:circleci.com:gh/acme:release:NPM_TOKEN"),
                   QStringLiteral("circleci:context:circleci.com:gh/acme:shared-npm:NPM_TOKEN")};
    }
    void candidatesFromTheWorkflowsAndTheRemotes()
    {
        QFETCH(int, source);
        QFETCH(QStringList, expected);
        FixtureRepo repo;
        const QList<CiReference> references = ci_discovery::referencesIn(repo.findings());
        QList<CiReference> ofSource;
        for (const CiReference &r : references) {
            if (int(r.finding.source) == source)
                ofSource.append(r);
        }
        QCOMPARE(ofSource.size(), 1);
        QCOMPARE(idsOf(ofSource.first().candidates), expected);
    }

    void noRemoteNoCandidates()
    {
        FixtureRepo repo;
        QFile::remove(repo.path(".git/config"));
        QVERIFY(ci_discovery::referencesIn(repo.findings()).isEmpty());
    }

    void resolutionKeepsWhatExistsAndReportsWhatCouldNotBeAsked()
    {
        FixtureRepo repo;
        const QStringList existing{
            QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN"),
            QStringLiteral("github:environment:github.com:acme:widgets:production:NPM_TOKEN"),
            QStringLiteral("gitlab:project:gitlab.com:acme/sub/widgets:*:NPM_TOKEN"),
            QStringLiteral("circleci:context:circleci.com:gh/acme:release:NPM_TOKEN")};
        QStringList asked;
        const CiDescribe describe = [&](const CiSecretTarget &target,
                                        std::function<void(Result<CiSecretState>)> done) {
            asked.append(target.id());
            if (target.kind == CiStoreKind::GitHubOrganization)
                return done(makeError(ErrorCode::E403,
                                      QStringLiteral("grant organization_secrets=write"), {}, 403));
            if (target.kind == CiStoreKind::GitLabGroup)
                return done(makeError(ErrorCode::E404, QStringLiteral("404 Group Not Found")));
            CiSecretState state;
            state.exists = existing.contains(target.id());
            done(state);
        };
        std::optional<CiResolution> result;
        ci_discovery::resolve(ci_discovery::referencesIn(repo.findings()), describe,
                              [&](CiResolution r) { result = std::move(r); });
        QVERIFY(result);
        QStringList found;
        for (const CiResolvedTarget &t : result->targets)
            found.append(t.target.id());
        QCOMPARE(found, existing);
        QCOMPARE(asked.size(), 10); // every candidate once
        QCOMPARE(result->problems.size(), 1);
        QVERIFY(result->problems.first().contains(QLatin1String("organization_secrets=write")));
        QVERIFY(result->problems.first().contains(QLatin1String("acme")));
    }

    void attribution_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("ledgerKey"); // "" = no entry, "token" = this token's key
        QTest::addColumn<int>("storeChangedAfterLedgerMinutes");
        QTest::addColumn<QString>("readBack"); // GitLab value
        QTest::addColumn<QString>("lastFour"); // CircleCI
        QTest::addColumn<bool>("localSameName");
        QTest::addColumn<int>("expected");
        const QString gh = QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN");
        const QString gl = QStringLiteral("gitlab:project:gitlab.com:acme/widgets:*:NPM_TOKEN");
        const QString cc
            = QStringLiteral("circleci:context:circleci.com:gh/acme:release:NPM_TOKEN");
        const QString last = classicToken().redacted.right(4);
        QTest::newRow("ledger: TokenDesk pushed this token")
            << gh << "token" << 0 << ""
            << "" << false << int(CiAttributionReason::Ledger);
        QTest::newRow("ledger: another token, same-name ignored")
            << gh << "other" << 0 << ""
            << "" << true << int(CiAttributionReason::None);
        QTest::newRow("ledger outdated: the store changed since, same-name decides")
            << gh << "token" << 30 << ""
            << "" << true << int(CiAttributionReason::SameName);
        QTest::newRow("github without evidence") << gh << "" << 0 << ""
                                                 << "" << false << int(CiAttributionReason::None);
        QTest::newRow("gitlab read back: this token")
            << gl << "" << 0 << kClassicSecret << "" << false << int(CiAttributionReason::ReadBack);
        QTest::newRow("gitlab read back: another value beats same-name")
            << gl << "" << 0 << "npm_SomethingElse000000000000000000000000"
            << "" << true << int(CiAttributionReason::None);
        QTest::newRow("circleci last four")
            << cc << "" << 0 << "" << last << false << int(CiAttributionReason::LastFour);
        QTest::newRow("circleci other last four")
            << cc << "" << 0 << ""
            << "zzzz" << true << int(CiAttributionReason::None);
        QTest::newRow("same-name rule") << gh << "" << 0 << ""
                                        << "" << true << int(CiAttributionReason::SameName);
    }
    void attribution()
    {
        QFETCH(QString, target);
        QFETCH(QString, ledgerKey);
        QFETCH(int, storeChangedAfterLedgerMinutes);
        QFETCH(QString, readBack);
        QFETCH(QString, lastFour);
        QFETCH(bool, localSameName);
        QFETCH(int, expected);
        QTemporaryDir dir;
        CiSecretLedger ledger(dir.path() + QStringLiteral("/ledger.json"));
        const QDateTime verified(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        const Token token = classicToken();
        if (!ledgerKey.isEmpty())
            QVERIFY(ledger.record(
                {target, ledgerKey == QLatin1String("token") ? token.key : QStringLiteral("k2"),
                 QStringLiteral("npm_abcd...wxyz"), verified, verified}));
        CiSecretState state;
        state.updatedAt = verified.addSecs(60 * storeChangedAfterLedgerMinutes);
        if (!readBack.isEmpty())
            state.value = std::make_shared<const SecretBuffer>(readBack.toUtf8());
        state.lastFour = lastFour;
        const CiResolvedTarget resolved = resolvedAt(target, state);
        QList<CredentialFinding> places;
        if (localSameName) {
            CredentialFinding ci;
            ci.form = CredentialForm::CiSecret;
            ci.variable = QStringLiteral("NPM_TOKEN");
            ci.file = resolved.finding.file;
            places.append(ci);
        }
        QCOMPARE(int(ciAttribution(resolved, token, ledger, places)), expected);
    }

    void granularTokensAreRecognisedByTheirRedactedForm()
    {
        const QString secret = QStringLiteral("npm_GranularSecret0000000000000000000wxyz");
        const Token token = granularToken(TokenIdentity::of(secret.toUtf8()).redacted);
        CiSecretState state;
        state.value = std::make_shared<const SecretBuffer>(secret.toUtf8());
        QTemporaryDir dir;
        const CiSecretLedger ledger(dir.path() + QStringLiteral("/none.json"));
        QCOMPARE(ciAttribution(
                     resolvedAt(QStringLiteral("gitlab:project:gitlab.com:a/b:*:NPM_TOKEN"), state),
                     token, ledger, {}),
                 CiAttributionReason::ReadBack);
    }

    void ledgerRoundTripHoldsNoValue()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/ci-ledger.json");
        CiSecretLedger ledger(path);
        const QDateTime at(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        QVERIFY(ledger.record({QStringLiteral("github:repository:github.com:a:b:NPM_TOKEN"),
                               QStringLiteral("key1"), QStringLiteral("npm_abcd...wxyz"), at,
                               at.addSecs(3)}));
        CiSecretLedger again(path);
        QVERIFY(again.load());
        const auto entry
            = again.entry(QStringLiteral("github:repository:github.com:a:b:NPM_TOKEN"));
        QVERIFY(entry);
        QCOMPARE(entry->tokenKey, QStringLiteral("key1"));
        QCOMPARE(entry->verifiedAt, at.addSecs(3));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{not json");
        file.close();
        QVERIFY(!again.load());
    }
};

QTEST_GUILESS_MAIN(TestCiTargetDiscovery)
#include "tst_citargetdiscovery.moc"
