// SPDX-License-Identifier: GPL-3.0-or-later
// The demo user `releaser` (issue 14) has exactly the publish paths app/sandbox/README.md
// documents, read through the registry API as a client would: its token list, the trust configs
// of each package, each packument's last release (_npmUser, attestations, _stagedId), and which
// token may publish (PUT) or stage which package — today and with --era 2027-01, where only the
// bypass-2FA token's direct publish changes. In-process (Sandbox::handle); the real npm CLI runs
// the same paths in tst_sandbox_era2027_npm.
#include "InProcessSandbox.h"

#include "sandbox/auth/Totp.h"

#include <QtTest>

#include <memory>

using namespace td::sandbox;
using td::test::handleInProcess;
using td::test::publishDocument;
using td::test::SandboxHeaders;
using td::test::SandboxReply;

namespace {

constexpr auto kStageToken = "npm_SandboxReleaserStageOnly000000000000";
constexpr auto kDirectToken = "npm_SandboxReleaserDirect000000000000000";
constexpr auto kBypassToken = "npm_SandboxReleaserBypass000000000000000";

const QStringList kPackages{
    QStringLiteral("@releaser/via-oidc"),         QStringLiteral("@releaser/via-oidc-stage"),
    QStringLiteral("@releaser/via-stage-token"),  QStringLiteral("@releaser/via-direct-token"),
    QStringLiteral("@releaser/via-bypass-token"), QStringLiteral("@releaser/no-path")};

QString escaped(const QString &name)
{
    return QString(name).replace(QLatin1Char('/'), QStringLiteral("%2f"));
}

} // namespace

class SandboxDemoReleaserTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tokensAreExactlyTheDocumentedOnes();
    void trustConfigsPerPackage_data();
    void trustConfigsPerPackage();
    void lastReleaseTellsHowItCame_data();
    void lastReleaseTellsHowItCame();
    void whichTokenPublishesWhat_data();
    void whichTokenPublishesWhat();
    void bypassTokenStagesIn2027();
    void oidcPublishesDirectlyIn2027();

private:
    SandboxReply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
                      const QString &token = {}, const SandboxHeaders &headers = {})
    {
        return handleInProcess(*m_sandbox, method, target, body, token, headers);
    }
    QString releaserSession();

    std::unique_ptr<Sandbox> m_sandbox;
};

void SandboxDemoReleaserTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->loadSeed(QStringLiteral("demo"), &error), qPrintable(error));
}

// A couch login with the documented password and a code from the documented TOTP secret.
QString SandboxDemoReleaserTest::releaserSession()
{
    const QString otp = totp::code(*totp::decodeBase32(QStringLiteral("OJSWYZLBONSXEMRQ")),
                                   m_sandbox->context().state.now());
    return call("PUT", QStringLiteral("/-/user/org.couchdb.user:releaser"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("releaser")},
                            {QStringLiteral("password"), QStringLiteral("releaser-password")}},
                {}, {{"npm-otp", otp.toUtf8()}})
        .json.value(QStringLiteral("token"))
        .toString();
}

void SandboxDemoReleaserTest::tokensAreExactlyTheDocumentedOnes()
{
    const QString session = releaserSession();
    QVERIFY(!session.isEmpty());
    const SandboxReply list
        = call("GET", QStringLiteral("/-/npm/v1/tokens?perPage=100"), {}, session);
    QCOMPARE(list.status, 200);
    // name → key, the one package it covers, write?, bypass 2FA?, stage-only?
    struct Expected
    {
        QString key, package;
        bool write, bypass, stageOnly;
    };
    const QMap<QString, Expected> expected{
        {QStringLiteral("releaser-stage"),
         {QStringLiteral("0b5f1a2c-0101-4a00-8000-000000000101"),
          QStringLiteral("@releaser/via-stage-token"), true, false, true}},
        {QStringLiteral("releaser-direct"),
         {QStringLiteral("0b5f1a2c-0102-4a00-8000-000000000102"),
          QStringLiteral("@releaser/via-direct-token"), true, false, false}},
        {QStringLiteral("releaser-bypass"),
         {QStringLiteral("0b5f1a2c-0103-4a00-8000-000000000103"),
          QStringLiteral("@releaser/via-bypass-token"), true, true, false}}};
    const QJsonArray objects = list.json.value(QStringLiteral("objects")).toArray();
    QCOMPARE(objects.size(), expected.size());
    QCOMPARE(list.json.value(QStringLiteral("total")).toInt(), int(expected.size()));
    for (const QJsonValue &v : objects) {
        const QJsonObject t = v.toObject();
        const QString name = t.value(QStringLiteral("name")).toString();
        QVERIFY2(expected.contains(name), qPrintable(name));
        const Expected &e = expected[name];
        QCOMPARE(t.value(QStringLiteral("key")).toString(), e.key);
        QCOMPARE(t.value(QStringLiteral("scopes")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), e.package},
                                         {QStringLiteral("type"), QStringLiteral("package")}}}));
        QCOMPARE(t.value(QStringLiteral("readonly")).toBool(), !e.write);
        QCOMPARE(t.value(QStringLiteral("bypass_2fa")).toBool(), e.bypass);
        QCOMPARE(t.value(QStringLiteral("publish_policy")).toString()
                     == QLatin1String("stage_only"),
                 e.stageOnly);
        QVERIFY(t.value(QStringLiteral("revoked")).isNull());
        QVERIFY(QDateTime::fromString(t.value(QStringLiteral("expiry")).toString(), Qt::ISODate)
                > m_sandbox->context().state.now());
    }
}

void SandboxDemoReleaserTest::trustConfigsPerPackage_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("repository"); // empty: no config
    QTest::addColumn<QString>("workflow");
    QTest::addColumn<QStringList>("permissions");
    const QStringList none;
    QTest::newRow("oidc direct") << kPackages[0] << QStringLiteral("releaser/via-oidc")
                                 << QStringLiteral("publish.yml")
                                 << QStringList{QStringLiteral("createPackage")};
    QTest::newRow("oidc stage-only")
        << kPackages[1] << QStringLiteral("releaser/via-oidc-stage")
        << QStringLiteral("release.yml") << QStringList{QStringLiteral("createStagedPackage")};
    for (int i = 2; i < kPackages.size(); ++i)
        QTest::newRow(qPrintable(kPackages[i])) << kPackages[i] << QString() << QString() << none;
}

void SandboxDemoReleaserTest::trustConfigsPerPackage()
{
    QFETCH(QString, package);
    QFETCH(QString, repository);
    QFETCH(QString, workflow);
    QFETCH(QStringList, permissions);
    const SandboxReply trust = call(
        "GET", QStringLiteral("/-/package/%1/trust").arg(escaped(package)), {}, releaserSession());
    QCOMPARE(trust.status, 200);
    if (repository.isEmpty()) {
        QVERIFY(trust.array.isEmpty());
        return;
    }
    QCOMPARE(trust.array.size(), 1);
    const QJsonObject config = trust.array.first().toObject();
    QCOMPARE(config.value(QStringLiteral("type")).toString(), QStringLiteral("github"));
    const QJsonObject claims = config.value(QStringLiteral("claims")).toObject();
    QCOMPARE(claims.value(QStringLiteral("repository")).toString(), repository);
    QCOMPARE(claims.value(QStringLiteral("workflow_ref"))
                 .toObject()
                 .value(QStringLiteral("file"))
                 .toString(),
             workflow);
    QStringList got;
    for (const QJsonValue &p : config.value(QStringLiteral("permissions")).toArray())
        got << p.toString();
    QCOMPARE(got, permissions);
}

void SandboxDemoReleaserTest::lastReleaseTellsHowItCame_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("latest");
    QTest::addColumn<QString>("publisher"); // _npmUser.name
    QTest::addColumn<bool>("trusted");      // _npmUser.trustedPublisher
    QTest::addColumn<bool>("attested");     // dist.attestations
    QTest::addColumn<bool>("staged");       // _stagedId
    QTest::newRow("trusted publisher") << kPackages[0] << QStringLiteral("1.4.0")
                                       << QStringLiteral("GitHub Actions") << true << true << false;
    QTest::newRow("oidc staged, approved")
        << kPackages[1] << QStringLiteral("0.9.0") << QStringLiteral("GitHub Actions") << true
        << true << true;
    QTest::newRow("token staged, approved") << kPackages[2] << QStringLiteral("2.1.0")
                                            << QStringLiteral("releaser") << false << false << true;
    QTest::newRow("direct token") << kPackages[3] << QStringLiteral("3.0.2")
                                  << QStringLiteral("releaser") << false << false << false;
    QTest::newRow("bypass token") << kPackages[4] << QStringLiteral("1.0.7")
                                  << QStringLiteral("releaser") << false << false << false;
    QTest::newRow("no path") << kPackages[5] << QStringLiteral("0.3.1")
                             << QStringLiteral("releaser") << false << false << false;
}

void SandboxDemoReleaserTest::lastReleaseTellsHowItCame()
{
    QFETCH(QString, package);
    QFETCH(QString, latest);
    QFETCH(QString, publisher);
    QFETCH(bool, trusted);
    QFETCH(bool, attested);
    QFETCH(bool, staged);
    m_sandbox->context().baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4873/"));
    const SandboxReply packument = call("GET", QLatin1Char('/') + escaped(package));
    QCOMPARE(packument.status, 200);
    QCOMPARE(packument.json.value(QStringLiteral("dist-tags"))
                 .toObject()
                 .value(QStringLiteral("latest"))
                 .toString(),
             latest);
    QCOMPARE(packument.json.value(QStringLiteral("maintainers")).toArray().size(), 1);
    const QJsonObject manifest
        = packument.json.value(QStringLiteral("versions")).toObject().value(latest).toObject();
    const QJsonObject npmUser = manifest.value(QStringLiteral("_npmUser")).toObject();
    QCOMPARE(npmUser.value(QStringLiteral("name")).toString(), publisher);
    QCOMPARE(npmUser.contains(QStringLiteral("trustedPublisher")), trusted);
    if (trusted) {
        const QJsonObject tp = npmUser.value(QStringLiteral("trustedPublisher")).toObject();
        QCOMPARE(tp.value(QStringLiteral("id")).toString(), QStringLiteral("github"));
        // The config that published it is the package's one.
        const SandboxReply trust
            = call("GET", QStringLiteral("/-/package/%1/trust").arg(escaped(package)), {},
                   releaserSession());
        QCOMPARE(tp.value(QStringLiteral("oidcConfigId")),
                 trust.array.first().toObject().value(QStringLiteral("id")));
    }
    const QJsonObject attestations = manifest.value(QStringLiteral("dist"))
                                         .toObject()
                                         .value(QStringLiteral("attestations"))
                                         .toObject();
    QCOMPARE(!attestations.isEmpty(), attested);
    if (attested) {
        // npmjs's form: the scope's slash as %2f; the sandbox serves the document there (#21).
        QCOMPARE(
            attestations.value(QStringLiteral("url")).toString(),
            QStringLiteral("http://127.0.0.1:4873/-/npm/v1/attestations/%1@%2")
                .arg(QString(package).replace(QLatin1Char('/'), QLatin1String("%2f")), latest));
        QCOMPARE(attestations.value(QStringLiteral("provenance"))
                     .toObject()
                     .value(QStringLiteral("predicateType"))
                     .toString(),
                 QStringLiteral("https://slsa.dev/provenance/v1"));
    }
    QCOMPARE(manifest.contains(QStringLiteral("_stagedId")), staged);
}

void SandboxDemoReleaserTest::whichTokenPublishesWhat_data()
{
    QTest::addColumn<bool>("era2027");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("package");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // "code" of the answer, when it has one
    const QList<QPair<const char *, QString>> tokens{{"stage", QLatin1String(kStageToken)},
                                                     {"direct", QLatin1String(kDirectToken)},
                                                     {"bypass", QLatin1String(kBypassToken)}};
    for (const bool era2027 : {false, true}) {
        for (const auto &[label, token] : tokens) {
            for (const QString &package : kPackages) {
                int status = 404; // not covered: masked, as npmjs does
                QString code;
                if (package == kPackages[2] && token == QLatin1String(kStageToken)) {
                    status = 403;
                    code = QStringLiteral("E_STAGE_REQUIRED");
                } else if (package == kPackages[3] && token == QLatin1String(kDirectToken)) {
                    status = 200;
                } else if (package == kPackages[4] && token == QLatin1String(kBypassToken)) {
                    status = era2027 ? 403 : 200;
                    code = era2027 ? QStringLiteral("E_BYPASS_PUBLISH_ENDED") : QString();
                }
                QTest::addRow("%s %s %s", era2027 ? "2027-01" : "current", label,
                              qPrintable(package))
                    << era2027 << token << package << status << code;
            }
        }
    }
}

void SandboxDemoReleaserTest::whichTokenPublishesWhat()
{
    QFETCH(bool, era2027);
    QFETCH(QString, token);
    QFETCH(QString, package);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_sandbox->setEra(era2027 ? Era::Jan2027 : Era::Current);
    const SandboxReply put = call("PUT", QLatin1Char('/') + escaped(package),
                                  publishDocument(package, QStringLiteral("9.0.0")), token);
    QCOMPARE(put.status, status);
    QCOMPARE(put.json.value(QStringLiteral("code")).toString(), code);
    if (code == QLatin1String("E_BYPASS_PUBLISH_ENDED"))
        QVERIFY(put.json.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("This token can still stage: run npm stage publish")));
    const bool published
        = m_sandbox->context().state.package(package)->versions.contains(QStringLiteral("9.0.0"));
    QCOMPARE(published, status == 200);
}

void SandboxDemoReleaserTest::bypassTokenStagesIn2027()
{
    m_sandbox->setEra(Era::Jan2027);
    const QString package = kPackages[4];
    const SandboxReply staged
        = call("POST", QStringLiteral("/-/stage/package/") + escaped(package),
               publishDocument(package, QStringLiteral("1.0.8")), QLatin1String(kBypassToken));
    QCOMPARE(staged.status, 201);
    QCOMPARE(staged.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Package version staged successfully."));
}

void SandboxDemoReleaserTest::oidcPublishesDirectlyIn2027()
{
    m_sandbox->setEra(Era::Jan2027);
    const QString package = kPackages[0];
    const SandboxReply idToken
        = call("POST", QStringLiteral("/-/sandbox/oidc/id-token"),
               QJsonObject{
                   {QStringLiteral("provider"), QStringLiteral("github")},
                   {QStringLiteral("claims"),
                    QJsonObject{{QStringLiteral("repository"), QStringLiteral("releaser/via-oidc")},
                                {QStringLiteral("workflow_ref"),
                                 QStringLiteral("releaser/via-oidc/.github/workflows/"
                                                "publish.yml@refs/heads/main")}}}});
    const SandboxReply exchanged = call(
        "POST", QStringLiteral("/-/npm/v1/oidc/token/exchange/package/") + escaped(package), {}, {},
        {{"authorization",
          "Bearer " + idToken.json.value(QStringLiteral("id_token")).toString().toUtf8()}});
    QCOMPARE(exchanged.status, 201);
    const SandboxReply put = call("PUT", QLatin1Char('/') + escaped(package),
                                  publishDocument(package, QStringLiteral("1.5.0")),
                                  exchanged.json.value(QStringLiteral("token")).toString());
    QCOMPARE(put.status, 200);
}

QTEST_GUILESS_MAIN(SandboxDemoReleaserTest)
#include "tst_sandbox_demo_releaser.moc"
