// SPDX-License-Identifier: GPL-3.0-or-later
// classifyPublishPath (issue 14): one row per publish path — OIDC direct, OIDC stage-only,
// stage-only token, a direct token used in ~/.npmrc and a workflow, a bypass-2FA token, an unused
// bypass-2FA token, no path, a failed read — with the verdict, the words the reason must hold
// (the token and where it is used), the ways found and the way out. Plus the last release.
#include "core/publishing/PublishPathClassifier.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace td;

namespace {

const QString kHome = QStringLiteral("/home/jane");
const QDateTime kNow = QDateTime(QDate(2026, 12, 5), QTime(4, 0), Qt::UTC);

Token token(const QString &name, TokenKind kind, const QStringList &scopes,
            Permission permission = Permission::ReadWrite)
{
    Token t;
    t.accountId = QStringLiteral("jane@registry.npmjs.org");
    t.key = name + QStringLiteral("-key");
    t.redacted = QStringLiteral("npm_") + name.left(4) + QStringLiteral("...wxyz");
    t.name = name;
    t.kind = kind;
    t.packagesPermission = permission;
    t.scopes = scopes;
    t.bypass2fa = kind == TokenKind::GranularBypass2fa;
    t.readOnly = permission == Permission::ReadOnly;
    t.expires = kNow.addDays(30);
    return t;
}

TrustConfig trust(const QString &type, const QJsonObject &claims, const QStringList &permissions)
{
    return TrustConfig{QStringLiteral("cfg-") + type, type, claims, permissions};
}

TrustConfig github(const QStringList &permissions)
{
    return trust(QStringLiteral("github"),
                 {{QStringLiteral("repository"), QStringLiteral("acme/widgets")},
                  {QStringLiteral("workflow_ref"),
                   QJsonObject{{QStringLiteral("file"), QStringLiteral("publish.yml")}}}},
                 permissions);
}

TokenUse used(const Token &t, CredentialSource source, CredentialForm form, const QString &file,
              int line, const QString &variable = {})
{
    TokenUse use;
    use.finding.source = source;
    use.finding.form = form;
    use.finding.file = file;
    use.finding.line = line;
    use.finding.key
        = variable.isEmpty() ? QStringLiteral("//registry.npmjs.org/:_authToken") : variable;
    use.finding.variable = variable;
    use.finding.registry = QStringLiteral("//registry.npmjs.org/");
    if (!t.key.isEmpty()) {
        use.match.outcome = MatchOutcome::MatchesToken;
        use.match.token = t;
    }
    return use;
}

// The CI workflow reads secrets.NPM_TOKEN: its value lives in GitHub, so no token matches it.
TokenUse ciSecret(const QString &workflow)
{
    TokenUse use = used(Token{}, CredentialSource::GitHubWorkflow, CredentialForm::CiSecret,
                        workflow, 12, QStringLiteral("NPM_TOKEN"));
    use.match.outcome = MatchOutcome::NotCheckable;
    return use;
}

Packument packument(const QString &name, const QString &repository)
{
    Packument p;
    p.name = name;
    PackumentVersion v;
    v.version = QStringLiteral("1.2.0");
    v.publisher = QStringLiteral("jane");
    v.published = kNow.addDays(-3);
    v.repository = repository;
    p.versions.append(v);
    p.distTags.insert(QStringLiteral("latest"), v.version);
    return p;
}

PublishPathFacts facts(const QString &scenario)
{
    PublishPathFacts f;
    f.account = QStringLiteral("jane@registry.npmjs.org");
    f.registry = QStringLiteral("https://registry.npmjs.org/");
    f.package = QStringLiteral("@acme/widgets");
    f.homeDir = kHome;
    f.now = kNow;
    f.trust = QList<TrustConfig>{};
    f.packument
        = packument(f.package, QStringLiteral("git+https://bitbucket.org/acme/widgets.git"));
    // Always there: a read-only token and an expired write token, neither publishes anything.
    f.tokens << token(QStringLiteral("ci-install"), TokenKind::GranularReadOnly,
                      {QStringLiteral("@acme")}, Permission::ReadOnly);
    Token expired = token(QStringLiteral("old-publish"), TokenKind::GranularReadWrite,
                          {QStringLiteral("@acme")});
    expired.expires = kNow.addDays(-1);
    f.tokens << expired;
    // A write token for another scope.
    f.tokens << token(QStringLiteral("other-scope"), TokenKind::GranularBypass2fa,
                      {QStringLiteral("@other")});

    if (scenario == QLatin1String("oidc direct")) {
        f.trust = QList<TrustConfig>{github({QStringLiteral("createPackage")})};
    } else if (scenario == QLatin1String("oidc stage-only")) {
        f.trust = QList<TrustConfig>{
            trust(QStringLiteral("gitlab"),
                  {{QStringLiteral("project_path"), QStringLiteral("acme/widgets")},
                   {QStringLiteral("ci_config_ref_uri"),
                    QJsonObject{{QStringLiteral("file"), QStringLiteral(".gitlab-ci.yml")}}}},
                  {QStringLiteral("createStagedPackage")})};
    } else if (scenario == QLatin1String("stage-only token")) {
        const Token stage = token(QStringLiteral("stage-bot"), TokenKind::GranularStageOnly,
                                  {QStringLiteral("@acme")}, Permission::ReadWriteStageOnly);
        f.tokens << stage;
        f.uses << used(stage, CredentialSource::UserConfig, CredentialForm::AuthToken,
                       kHome + QStringLiteral("/.npmrc"), 2);
    } else if (scenario == QLatin1String("direct token in ~/.npmrc and a workflow")) {
        Token direct = token(QStringLiteral("publish-token"), TokenKind::GranularReadWrite, {});
        direct.packages = {QStringLiteral("@acme/widgets")};
        f.tokens << direct;
        f.uses << used(direct, CredentialSource::UserConfig, CredentialForm::AuthToken,
                       kHome + QStringLiteral("/.npmrc"), 3)
               << used(direct, CredentialSource::Environment, CredentialForm::Environment, {}, 0,
                       QStringLiteral("NPM_TOKEN"))
               << ciSecret(kHome + QStringLiteral("/work/widgets/.github/workflows/release.yml"));
    } else if (scenario == QLatin1String("bypass token")) {
        const Token bypass = token(QStringLiteral("release-bot"), TokenKind::GranularBypass2fa,
                                   {QStringLiteral("@acme")});
        f.tokens << bypass;
        f.uses << used(bypass, CredentialSource::UserConfig, CredentialForm::AuthToken,
                       kHome + QStringLiteral("/.npmrc"), 1);
    } else if (scenario == QLatin1String("unused bypass token")) {
        f.tokens << token(QStringLiteral("forgotten-bot"), TokenKind::GranularBypass2fa,
                          {QStringLiteral("@acme")});
        f.packument = packument(f.package, QStringLiteral("https://github.com/acme/widgets"));
    } else if (scenario == QLatin1String("oidc and a direct token")) {
        f.trust = QList<TrustConfig>{github({QStringLiteral("createStagedPackage")})};
        const Token bypass = token(QStringLiteral("release-bot"), TokenKind::GranularBypass2fa,
                                   {QStringLiteral("@acme")});
        f.tokens << bypass;
        f.uses << used(bypass, CredentialSource::UserConfig, CredentialForm::AuthToken,
                       kHome + QStringLiteral("/.npmrc"), 1);
    } else if (scenario == QLatin1String("unknown after 401")) {
        f.trust.reset();
        f.packument.reset();
        f.fetchProblem = QStringLiteral("Your session has ended (E401). Sign in again.");
    }
    // "no path": only what every scenario has.
    return f;
}

} // namespace

class TestPublishPathClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QStringList>("routes");
        QTest::addColumn<QStringList>("reasonWords");
        QTest::addColumn<int>("wayOut");

        const auto row = [](const char *scenario, PublishVerdict verdict, QStringList routes,
                            QStringList words, WayOut out) {
            QTest::newRow(scenario)
                << QString::fromLatin1(scenario) << int(verdict) << routes << words << int(out);
        };
        row("oidc direct", PublishVerdict::Ready, {QStringLiteral("oidc-direct")},
            {QStringLiteral("trusted publishing"),
             QStringLiteral("GitHub Actions acme/widgets, publish.yml"),
             QStringLiteral("January 2027 does not affect")},
            WayOut::None);
        row("oidc stage-only", PublishVerdict::Ready, {QStringLiteral("oidc-stage-only")},
            {QStringLiteral("GitLab CI/CD acme/widgets, .gitlab-ci.yml")}, WayOut::None);
        row("stage-only token", PublishVerdict::Ready, {QStringLiteral("stage-only-token")},
            {QStringLiteral("\"stage-bot\""), QStringLiteral("~/.npmrc, line 2"),
             QStringLiteral("approves each release with 2FA")},
            WayOut::None);
        row("direct token in ~/.npmrc and a workflow", PublishVerdict::AtRisk,
            {QStringLiteral("direct-token")},
            {QStringLiteral("\"publish-token\""), QStringLiteral("~/.npmrc, line 3"),
             QStringLiteral("environment variable NPM_TOKEN"),
             QStringLiteral("CI uses secret NPM_TOKEN (.github/workflows/release.yml)"),
             QStringLiteral("January 2027"), QStringLiteral("no exact day")},
            WayOut::TrustedPublishing); // used from a GitHub workflow: OIDC is possible
        row("bypass token", PublishVerdict::AtRisk, {QStringLiteral("bypass-2fa-token")},
            {QStringLiteral("\"release-bot\""), QStringLiteral("bypasses 2FA"),
             QStringLiteral("~/.npmrc, line 1"), QStringLiteral("January 2027")},
            WayOut::StageOnlyToken); // repository on Bitbucket: no trusted publishing there
        row("unused bypass token", PublishVerdict::AtRisk, {QStringLiteral("bypass-2fa-token")},
            {QStringLiteral("\"forgotten-bot\""), QStringLiteral("not used anywhere"),
             QStringLiteral("January 2027")},
            WayOut::TrustedPublishing); // repository on GitHub
        row("oidc and a direct token", PublishVerdict::AtRisk,
            {QStringLiteral("oidc-stage-only"), QStringLiteral("bypass-2fa-token")},
            {QStringLiteral("\"release-bot\""), QStringLiteral("~/.npmrc, line 1"),
             QStringLiteral("can also be published through GitHub Actions acme/widgets")},
            WayOut::TrustedPublishing);
        row("no path", PublishVerdict::NoPath, {},
            {QStringLiteral("No trusted publisher and no token")}, WayOut::StageOnlyToken);
        row("unknown after 401", PublishVerdict::Unknown, {},
            {QStringLiteral("could not read"), QStringLiteral("E401"),
             QStringLiteral("Nothing is guessed")},
            WayOut::None);
    }
    void classifies()
    {
        QFETCH(QString, scenario);
        QFETCH(int, verdict);
        QFETCH(QStringList, routes);
        QFETCH(QStringList, reasonWords);
        QFETCH(int, wayOut);

        const PackagePublishPath path = classifyPublishPath(facts(scenario));
        QCOMPARE(publishVerdictId(path.verdict), publishVerdictId(PublishVerdict(verdict)));
        QStringList found;
        for (const PublishWay &way : path.ways)
            found.append(publishRouteId(way.route));
        QCOMPARE(found, routes);
        for (const QString &word : reasonWords)
            QVERIFY2(path.reason.contains(word),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(word, path.reason)));
        QCOMPARE(wayOutId(path.wayOut), wayOutId(WayOut(wayOut)));
        QCOMPARE(path.package, QStringLiteral("@acme/widgets"));
        // npm has no API to read publishing access: always unknown, never guessed.
        QVERIFY(!path.unknowns.isEmpty());
        QVERIFY(path.unknowns.first().contains(QStringLiteral("no API")));
    }

    void namesTokenAndPlacesInTheWay()
    {
        const PackagePublishPath path
            = classifyPublishPath(facts(QStringLiteral("direct token in ~/.npmrc and a workflow")));
        QCOMPARE(path.ways.size(), 1);
        QCOMPARE(path.ways.first().tokenKey, QStringLiteral("publish-token-key"));
        QCOMPARE(path.ways.first().usedIn,
                 (QStringList{
                     QStringLiteral("~/.npmrc, line 3"),
                     QStringLiteral("environment variable NPM_TOKEN"),
                     QStringLiteral("CI uses secret NPM_TOKEN (.github/workflows/release.yml)")}));
        QCOMPARE(path.ways.first().ciFiles,
                 QStringList{QStringLiteral(".github/workflows/release.yml")});
        const PackagePublishPath unused
            = classifyPublishPath(facts(QStringLiteral("unused bypass token")));
        QVERIFY(unused.ways.first().usedIn.isEmpty());
    }

    void unknownListsWhatFailed()
    {
        const PackagePublishPath path
            = classifyPublishPath(facts(QStringLiteral("unknown after 401")));
        QCOMPARE(path.unknowns.size(), 3);
        QVERIFY(path.unknowns.at(1).contains(QStringLiteral("E401")));
        // The tokens it knows are still shown; only the verdict is not guessed.
        QVERIFY(path.ways.isEmpty());
    }

    void lastRelease_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("attested");
        QTest::newRow("trusted publisher")
            << QStringLiteral("oidc") << QStringLiteral("trusted-publisher") << true;
        QTest::newRow("staged and approved")
            << QStringLiteral("staged") << QStringLiteral("staged") << false;
        QTest::newRow("token") << QStringLiteral("token") << QStringLiteral("token") << false;
    }
    void lastRelease()
    {
        QFETCH(QString, how);
        QFETCH(QString, source);
        QFETCH(bool, attested);
        Packument p = packument(QStringLiteral("@acme/widgets"), {});
        PackumentVersion newer;
        newer.version = QStringLiteral("1.3.0");
        newer.publisher = QStringLiteral("GitHub Actions");
        newer.published = kNow.addDays(-1);
        newer.trustedPublisher = how == QLatin1String("oidc");
        newer.hasAttestations = newer.trustedPublisher;
        if (how == QLatin1String("staged"))
            newer.stagedId = QStringLiteral("5e1a7c2b-4d3f-4a8e-9b6c-1d2e3f4a5b01");
        if (how == QLatin1String("token"))
            newer.publisher = QStringLiteral("jane");
        // npm's staging placeholder is newest of all, and never the last release.
        PackumentVersion placeholder;
        placeholder.version = QStringLiteral("0.0.0-stage");
        placeholder.published = kNow;
        p.versions = {placeholder, newer, p.versions.first()};
        const LastRelease last = lastReleaseOf(p);
        QCOMPARE(last.version, QStringLiteral("1.3.0"));
        QCOMPARE(last.published, kNow.addDays(-1));
        QCOMPARE(lastReleaseSourceId(last.source), source);
        QCOMPARE(last.attested, attested);
        QCOMPARE(last.publisher, newer.publisher);
    }

    void neverPublished()
    {
        Packument p;
        p.name = QStringLiteral("@acme/new");
        const LastRelease last = lastReleaseOf(p);
        QVERIFY(last.version.isEmpty());
        QCOMPARE(last.source, LastReleaseSource::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestPublishPathClassifier)
#include "tst_publishpathclassifier.moc"
