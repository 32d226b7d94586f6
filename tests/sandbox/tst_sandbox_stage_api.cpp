// SPDX-License-Identifier: GPL-3.0-or-later
// The stage API in-process (no npm): list paging, order and bounds, who sees which stages, the
// 0.0.0-stage placeholder for new names, approval of a trusted-automation stage, reject while
// validating, 2FA rules that the demo users cannot show, the 10-config trust limit, the control
// API and seed format for staged versions, and the --state round trip.
#include "InProcessSandbox.h"

#include "sandbox/auth/Crypto.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace td::sandbox;
using td::test::publishDocument;
using td::test::SandboxReply;

namespace {

constexpr auto kLaptop = "npm_SandboxDemoHealthy000000000000000000";   // read-write @maintainer
constexpr auto kReadOnly = "npm_SandboxDemoReadOnly00000000000000000"; // read-only, all packages
constexpr auto kUiStage = "5e1a7c2b-4d3f-4a8e-9b6c-1d2e3f4a5b01";      // demo: @acme/ui 1.3.0
constexpr auto kWidgetsStage = "5e1a7c2b-4d3f-4a8e-9b6c-1d2e3f4a5b02"; // demo: validating, OIDC

} // namespace

class SandboxStageApiTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listPagesNewestFirst();
    void listRejectsBadPaging_data();
    void listRejectsBadPaging();
    void listShowsOnlyWhatTheCallerMaySee_data();
    void listShowsOnlyWhatTheCallerMaySee();
    void oidcTokensMayOnlyStage();
    void stagingANewNameCreatesThePlaceholder();
    void approvingTrustedAutomationRecordsTheTrustedPublisher();
    void rejectWorksWhileValidating();
    void approvalNeedsAUserWithTwoFactor();
    void trustKeepsUpToTenConfigs();
    void controlApiCreatesAndReadiesStages();
    void stateFileKeepsStages();

private:
    SandboxReply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
                      const QString &token = {}, td::test::SandboxHeaders headers = {})
    {
        return td::test::handleInProcess(*m_sandbox, method, target, body, token,
                                         std::move(headers));
    }
    td::test::SandboxHeaders otp() const
    {
        return {{"npm-otp", td::test::maintainerOtp(*m_sandbox).toUtf8()}};
    }
    QStringList ids(const QJsonArray &items) const;

    std::unique_ptr<Sandbox> m_sandbox;
};

void SandboxStageApiTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->loadSeed(QStringLiteral("demo"), &error), qPrintable(error));
}

QStringList SandboxStageApiTest::ids(const QJsonArray &items) const
{
    QStringList out;
    for (const QJsonValue &i : items)
        out << i.toObject().value(QStringLiteral("id")).toString();
    return out;
}

void SandboxStageApiTest::listPagesNewestFirst()
{
    QJsonArray seeds;
    for (int i = 0; i < 23; ++i)
        seeds.append(QJsonObject{{QStringLiteral("package"), QStringLiteral("@maintainer/notes")},
                                 {QStringLiteral("version"), QStringLiteral("1.0.%1").arg(i)},
                                 {QStringLiteral("created_minutes_ago"), 30 + i}});
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/staged"), seeds).status, 201);
    // 23 + the demo's 2; the demo's widgets stage (5 min ago) is the newest, ui (2 h) the oldest.
    QStringList all;
    for (int page = 0; page < 3; ++page) {
        const SandboxReply r = call("GET", QStringLiteral("/-/stage?page=%1&perPage=10").arg(page),
                                    {}, QLatin1String(kReadOnly));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 25);
        QCOMPARE(r.json.value(QStringLiteral("page")).toInt(), page);
        QCOMPARE(r.json.value(QStringLiteral("perPage")).toInt(), 10);
        QVERIFY(!r.json.contains(QStringLiteral("urls")));
        all << ids(r.json.value(QStringLiteral("items")).toArray());
    }
    QCOMPARE(all.size(), 25);
    QCOMPARE(all.first(), QLatin1String(kWidgetsStage));
    QCOMPARE(all.last(), QLatin1String(kUiStage));
    QCOMPARE(all.removeDuplicates(), 0);

    const SandboxReply filtered
        = call("GET", QStringLiteral("/-/stage?perPage=100&package=@acme%2Fui"), {},
               QLatin1String(kReadOnly));
    QCOMPARE(filtered.json.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(ids(filtered.json.value(QStringLiteral("items")).toArray()),
             QStringList{QLatin1String(kUiStage)});
    const SandboxReply defaults
        = call("GET", QStringLiteral("/-/stage"), {}, QLatin1String(kReadOnly));
    QCOMPARE(defaults.json.value(QStringLiteral("perPage")).toInt(), 10);
    QCOMPARE(defaults.json.value(QStringLiteral("items")).toArray().size(), 10);
}

void SandboxStageApiTest::listRejectsBadPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("perPage over 100") << QStringLiteral("perPage=101");
    QTest::newRow("perPage 0") << QStringLiteral("perPage=0");
    QTest::newRow("negative page") << QStringLiteral("page=-1");
    QTest::newRow("not a number") << QStringLiteral("page=first");
}

void SandboxStageApiTest::listRejectsBadPaging()
{
    QFETCH(QString, query);
    const SandboxReply r
        = call("GET", QStringLiteral("/-/stage?") + query, {}, QLatin1String(kReadOnly));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Invalid page or perPage parameter."));
}

void SandboxStageApiTest::listShowsOnlyWhatTheCallerMaySee_data()
{
    QTest::addColumn<QString>("who"); // a demo token secret, or "session:<user>"
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("maintainer's session sees both demo stages")
        << QStringLiteral("session:maintainer")
        << QStringList{QLatin1String(kWidgetsStage), QLatin1String(kUiStage)};
    QTest::newRow("read-only token (all packages) sees them")
        << QString::fromLatin1(kReadOnly)
        << QStringList{QLatin1String(kWidgetsStage), QLatin1String(kUiStage)};
    QTest::newRow("token for @maintainer sees none of @acme")
        << QString::fromLatin1(kLaptop) << QStringList{};
    QTest::newRow("newcomer (acme developer, not a writer) sees none")
        << QStringLiteral("session:newcomer") << QStringList{};
    QTest::newRow("keyholder sees none of maintainer's")
        << QStringLiteral("session:keyholder") << QStringList{};
}

void SandboxStageApiTest::listShowsOnlyWhatTheCallerMaySee()
{
    QFETCH(QString, who);
    QFETCH(QStringList, expected);
    const QString token = who.startsWith(QLatin1String("session:"))
        ? td::test::signInInProcess(*m_sandbox, who.mid(8))
        : who;
    QVERIFY(!token.isEmpty());
    const SandboxReply r = call("GET", QStringLiteral("/-/stage?perPage=100"), {}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.json.value(QStringLiteral("items")).toArray()), expected);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), expected.size());
    for (const QString &id :
         QStringList{QString::fromLatin1(kUiStage), QString::fromLatin1(kWidgetsStage)})
        QCOMPARE(call("GET", QStringLiteral("/-/stage/") + id, {}, token).status,
                 expected.contains(id) ? 200 : 404);
}

void SandboxStageApiTest::oidcTokensMayOnlyStage()
{
    // An OIDC token for @acme/cli (demo GitLab config; it allows both actions).
    const SandboxReply idToken = call(
        "POST", QStringLiteral("/-/sandbox/oidc/id-token"),
        QJsonObject{{QStringLiteral("provider"), QStringLiteral("gitlab")},
                    {QStringLiteral("claims"),
                     QJsonObject{{QStringLiteral("project_path"), QStringLiteral("acme/cli")},
                                 {QStringLiteral("ci_config_ref_uri"),
                                  QStringLiteral("gitlab.com/acme/cli//.gitlab-ci.yml@refs/"
                                                 "heads/main")}}}});
    td::test::SandboxHeaders bearer{
        {"authorization",
         "Bearer " + idToken.json.value(QStringLiteral("id_token")).toString().toUtf8()}};
    const SandboxReply exchanged
        = call("POST", QStringLiteral("/-/npm/v1/oidc/token/exchange/package/@acme%2fcli"), {}, {},
               bearer);
    QCOMPARE(exchanged.status, 201);
    const QString oidc = exchanged.json.value(QStringLiteral("token")).toString();
    const SandboxReply staged
        = call("POST", QStringLiteral("/-/stage/package/@acme%2fcli"),
               publishDocument(QStringLiteral("@acme/cli"), QStringLiteral("2.0.0"),
                               QStringLiteral("latest")),
               oidc);
    QCOMPARE(staged.status, 201);
    QCOMPARE(staged.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Package version staged successfully."));
    const QString id = staged.json.value(QStringLiteral("stageId")).toString();
    QCOMPARE(call("GET", QStringLiteral("/-/stage"), {}, oidc).status, 403);
    QCOMPARE(call("GET", QStringLiteral("/-/stage/") + id, {}, oidc).status, 403);
    QCOMPARE(call("POST", QStringLiteral("/-/stage/%1/approve").arg(id), {}, oidc, otp()).status,
             403);
    // Another package is not the token's: masked as 404.
    QCOMPARE(call("POST", QStringLiteral("/-/stage/package/@acme%2fui"),
                  publishDocument(QStringLiteral("@acme/ui"), QStringLiteral("9.0.0"),
                                  QStringLiteral("latest")),
                  oidc)
                 .status,
             404);
}

void SandboxStageApiTest::stagingANewNameCreatesThePlaceholder()
{
    m_sandbox->context().state.stageValidationSeconds = 0;
    const QString name = QStringLiteral("@maintainer/brand-new");
    const SandboxReply staged
        = call("POST", QStringLiteral("/-/stage/package/@maintainer%2fbrand-new"),
               publishDocument(name, QStringLiteral("1.0.0"), QStringLiteral("latest")),
               QLatin1String(kLaptop));
    QCOMPARE(staged.status, 201);
    SandboxReply packument = call("GET", QStringLiteral("/@maintainer%2fbrand-new"));
    QCOMPARE(packument.status, 200);
    QCOMPARE(packument.json.value(QStringLiteral("versions")).toObject().keys(),
             QStringList{QStringLiteral("0.0.0-stage")});
    QCOMPARE(packument.json.value(QStringLiteral("description")).toString(),
             QStringLiteral("Temporary package placeholder for staged publishing"));

    const QString id = staged.json.value(QStringLiteral("stageId")).toString();
    const QString session = td::test::signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
    const SandboxReply approved
        = call("POST", QStringLiteral("/-/stage/%1/approve").arg(id), {}, session, otp());
    QCOMPARE(approved.status, 201);
    QCOMPARE(approved.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Package version approved and published successfully."));
    packument = call("GET", QStringLiteral("/@maintainer%2fbrand-new"));
    QCOMPARE(packument.json.value(QStringLiteral("dist-tags"))
                 .toObject()
                 .value(QStringLiteral("latest")),
             QJsonValue(QStringLiteral("1.0.0")));
    QCOMPARE(call("GET", QStringLiteral("/-/stage/") + id, {}, session).status, 404);
}

void SandboxStageApiTest::approvingTrustedAutomationRecordsTheTrustedPublisher()
{
    const QString session = td::test::signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
    const QString approve = QStringLiteral("/-/stage/%1/approve").arg(QLatin1String(kWidgetsStage));
    const SandboxReply early = call("POST", approve, {}, session, otp());
    QCOMPARE(early.status, 409); // validating for 10 minutes in the demo
    QCOMPARE(
        call("POST", QStringLiteral("/-/sandbox/staged/%1/ready").arg(QLatin1String(kWidgetsStage)))
            .status,
        200);
    const SandboxReply item
        = call("GET", QStringLiteral("/-/stage/") + QLatin1String(kWidgetsStage), {}, session);
    QCOMPARE(item.json.value(QStringLiteral("status")).toString(), QStringLiteral("staged"));
    QCOMPARE(item.json.value(QStringLiteral("actorType")).toString(),
             QStringLiteral("trusted automation"));
    const SandboxReply noCode = call("POST", approve, {}, session);
    QCOMPARE(noCode.status, 401);
    QCOMPARE(noCode.raw.header("www-authenticate"), QByteArray("OTP"));
    QCOMPARE(call("POST", approve, {}, session, otp()).status, 201);

    const QJsonObject packument = call("GET", QStringLiteral("/@acme%2fwidgets")).json;
    const QJsonObject version = packument.value(QStringLiteral("versions"))
                                    .toObject()
                                    .value(QStringLiteral("1.3.0-rc.1"))
                                    .toObject();
    QCOMPARE(version.value(QStringLiteral("_npmUser"))
                 .toObject()
                 .value(QStringLiteral("trustedPublisher"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("github"));
    QCOMPARE(packument.value(QStringLiteral("dist-tags")).toObject().value(QStringLiteral("next")),
             QJsonValue(QStringLiteral("1.3.0-rc.1")));
    const QString shasum = version.value(QStringLiteral("dist"))
                               .toObject()
                               .value(QStringLiteral("shasum"))
                               .toString();
    QCOMPARE(shasum, item.json.value(QStringLiteral("shasum")).toString());
    const SandboxReply tarball
        = call("GET", QStringLiteral("/@acme%2fwidgets/-/widgets-1.3.0-rc.1.tgz"));
    QCOMPARE(tarball.status, 200);
    QCOMPARE(crypto::sha1Hex(tarball.raw.body), shasum);
}

void SandboxStageApiTest::rejectWorksWhileValidating()
{
    const QString session = td::test::signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
    const QString target = QStringLiteral("/-/stage/") + QLatin1String(kWidgetsStage);
    QCOMPARE(call("DELETE", target, {}, session).status, 401); // 2FA first
    QCOMPARE(call("DELETE", target, {}, session, otp()).status, 204);
    QCOMPARE(call("GET", target, {}, session).status, 404);
    QCOMPARE(call("DELETE", target, {}, session, otp()).json.value(QStringLiteral("message")),
             QJsonValue(QStringLiteral("No staged package version found with the provided ID.")));
}

void SandboxStageApiTest::approvalNeedsAUserWithTwoFactor()
{
    // A seed of its own: a user without 2FA who owns a package with a staged version.
    const QJsonObject seed{
        {QStringLiteral("users"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("plain")},
                                {QStringLiteral("password"), QStringLiteral("pw")}}}},
        {QStringLiteral("packages"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("plain-pkg")},
                         {QStringLiteral("maintainers"), QJsonArray{QStringLiteral("plain")}},
                         {QStringLiteral("versions"), QJsonArray{QStringLiteral("1.0.0")}}}}},
        {QStringLiteral("tokens"),
         QJsonArray{QJsonObject{
             {QStringLiteral("owner"), QStringLiteral("plain")},
             {QStringLiteral("token"), QStringLiteral("npm_PlainWrite000000000000000000000000000")},
             {QStringLiteral("packages_all"), true},
             {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("read-write")},
             {QStringLiteral("expiry_in_days"), 7}}}},
        {QStringLiteral("staged"),
         QJsonArray{QJsonObject{
             {QStringLiteral("package"), QStringLiteral("plain-pkg")},
             {QStringLiteral("version"), QStringLiteral("1.1.0")},
             {QStringLiteral("id"), QStringLiteral("11111111-2222-4333-8444-555555555555")}}}}};
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/reset"), seed).status, 200);
    const SandboxReply r
        = call("POST", QStringLiteral("/-/stage/11111111-2222-4333-8444-555555555555/approve"), {},
               QStringLiteral("npm_PlainWrite000000000000000000000000000"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Please enable 2fa for your account"));
}

void SandboxStageApiTest::trustKeepsUpToTenConfigs()
{
    const QString session = td::test::signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
    for (int i = 0; i < 11; ++i) {
        const QJsonObject config{
            {QStringLiteral("type"), QStringLiteral("github")},
            {QStringLiteral("claims"),
             QJsonObject{{QStringLiteral("repository"), QStringLiteral("acme/repo-%1").arg(i)},
                         {QStringLiteral("workflow_ref"),
                          QJsonObject{{QStringLiteral("file"), QStringLiteral("release.yml")}}}}},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("createStagedPackage")}}};
        const SandboxReply r = call("POST", QStringLiteral("/-/package/@acme%2ftheme/trust"),
                                    QJsonArray{config}, session, otp());
        QCOMPARE(r.status, i < 10 ? 200 : 409);
        if (i == 10)
            QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                     QStringLiteral("A package can have at most 10 trusted publisher "
                                    "configurations."));
    }
    QCOMPARE(
        call("GET", QStringLiteral("/-/package/@acme%2ftheme/trust"), {}, session).array.size(),
        10);
}

void SandboxStageApiTest::controlApiCreatesAndReadiesStages()
{
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/stage-settings"),
                  QJsonObject{{QStringLiteral("validation_seconds"), -1}})
                 .status,
             400);
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/stage-settings"),
                  QJsonObject{{QStringLiteral("validation_seconds"), 120}})
                 .json.value(QStringLiteral("validation_seconds"))
                 .toInt(),
             120);
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/staged"),
                  QJsonObject{{QStringLiteral("package"), QStringLiteral("@nobody/nothing")},
                              {QStringLiteral("version"), QStringLiteral("1.0.0")}})
                 .status,
             400);
    const SandboxReply created = call(
        "POST", QStringLiteral("/-/sandbox/staged"),
        QJsonObject{{QStringLiteral("package"), QStringLiteral("@acme/forms")},
                    {QStringLiteral("version"), QStringLiteral("2.0.0")},
                    {QStringLiteral("status"), QStringLiteral("validating")},
                    {QStringLiteral("files"),
                     QJsonObject{{QStringLiteral("package/lib/a.js"), QStringLiteral("a();\n")}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject item = created.array.first().toObject();
    QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("validating"));
    QCOMPARE(item.value(QStringLiteral("owner")).toString(), QStringLiteral("maintainer"));
    const QString id = item.value(QStringLiteral("id")).toString();
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/staged"),
                  QJsonObject{{QStringLiteral("package"), QStringLiteral("@acme/forms")},
                              {QStringLiteral("version"), QStringLiteral("2.0.0")}})
                 .status,
             409);
    // Validation ends on the sandbox clock (120 s) or at once through /ready.
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/clock"),
                  QJsonObject{{QStringLiteral("advance_seconds"), 121}})
                 .status,
             200);
    QCOMPARE(call("GET", QStringLiteral("/-/stage/") + id, {}, QLatin1String(kReadOnly))
                 .json.value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("staged"));
    QCOMPARE(call("GET", QStringLiteral("/-/sandbox/staged")).array.size(), 3);
    QCOMPARE(call("DELETE", QStringLiteral("/-/sandbox/staged")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/-/stage"), {}, QLatin1String(kReadOnly))
                 .json.value(QStringLiteral("total"))
                 .toInt(),
             0);
}

void SandboxStageApiTest::stateFileKeepsStages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QString error;
    QVERIFY2(m_sandbox->useStateFile(path, &error), qPrintable(error));
    const QByteArray tarball
        = call("GET", QStringLiteral("/-/stage/%1/tarball").arg(QLatin1String(kUiStage)), {},
               QLatin1String(kReadOnly))
              .raw.body;
    QVERIFY(!tarball.isEmpty());

    Sandbox reloaded;
    QVERIFY2(reloaded.useStateFile(path, &error), qPrintable(error));
    const SandboxReply again = td::test::handleInProcess(
        reloaded, "GET", QStringLiteral("/-/stage/%1/tarball").arg(QLatin1String(kUiStage)), {},
        QLatin1String(kReadOnly));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.raw.body, tarball);
    const SandboxReply widgets = td::test::handleInProcess(
        reloaded, "GET", QStringLiteral("/-/stage/") + QLatin1String(kWidgetsStage), {},
        QLatin1String(kReadOnly));
    QCOMPARE(widgets.json.value(QStringLiteral("status")).toString(), QStringLiteral("validating"));
}

QTEST_GUILESS_MAIN(SandboxStageApiTest)
#include "tst_sandbox_stage_api.moc"
