// SPDX-License-Identifier: GPL-3.0-or-later
// Today's npmjs rules as the sandbox enforces them, in-process (Sandbox::handle, no network):
// token policy with exact status and body, 2FA (code, e-mail, web flow), sessions, bypass and
// CIDR rules, paging, and clock moves.
#include "InProcessSandbox.h"
#include "sandbox/Sandbox.h"
#include "sandbox/auth/Totp.h"
#include "sandbox/policy/TokenPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace td::sandbox;

namespace {

using Reply = td::test::SandboxReply;

const QString kBypass = QStringLiteral("npm_SandboxDemoBypass0000000000000000000");
const QString kHealthy = QStringLiteral("npm_SandboxDemoHealthy000000000000000000");
const QString kExpired = QStringLiteral("npm_SandboxDemoExpired000000000000000000");
const QString kOfficeOnly = QStringLiteral("npm_SandboxDemoOfficeOnly000000000000000");

} // namespace

class SandboxPolicyTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tokenCreatePolicy_data();
    void tokenCreatePolicy();
    void writeTokensDefaultToSevenDaysAndReadOnlyToThirty();
    void thousandTokensPerUser();
    void otpChallengeWithoutCode();
    void webTwoFactorFlow();
    void webLoginFlowWithDonePolling();
    void emailCodeForUsersWithoutAuthenticator();
    void onlySessionsManageTokens_data();
    void onlySessionsManageTokens();
    void expiredRevokedAndUnknownTokensGetTheNotice_data();
    void expiredRevokedAndUnknownTokensGetTheNotice();
    void cidrAppliesToTheClientAddress();
    void sessionsLastTwoHoursAndAreNeverListed();
    void pagingWithPerPage();
    void invalidPaging_data();
    void invalidPaging();
    void revokeByKeyOrFullToken();
    void trustRules();
    void clockMoves();

private:
    Reply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
               const QString &token = {}, QList<QPair<QByteArray, QByteArray>> headers = {});
    QString login(const QString &user = QStringLiteral("maintainer"));
    QString otp() const;

    std::unique_ptr<Sandbox> m_sandbox;
};

void SandboxPolicyTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->loadSeed(QStringLiteral("demo"), &error), qPrintable(error));
}

Reply SandboxPolicyTest::call(const QByteArray &method, const QString &target,
                              const QJsonValue &body, const QString &token,
                              QList<QPair<QByteArray, QByteArray>> headers)
{
    return td::test::handleInProcess(*m_sandbox, method, target, body, token, std::move(headers));
}

QString SandboxPolicyTest::otp() const
{
    return td::test::maintainerOtp(*m_sandbox);
}

QString SandboxPolicyTest::login(const QString &user)
{
    return td::test::signInInProcess(*m_sandbox, user);
}

void SandboxPolicyTest::tokenCreatePolicy_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // exact "error" member, or empty for success

    using namespace policy::messages;
    const auto base = [](QJsonObject extra) {
        QJsonObject o{{QStringLiteral("name"), QStringLiteral("t")},
                      {QStringLiteral("password"), QStringLiteral("sandbox-password")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    const QJsonObject all{{QStringLiteral("packages_all"), true}};
    const auto rw = [&](QJsonObject extra) {
        extra.insert(QStringLiteral("packages_all"), true);
        extra.insert(QStringLiteral("packages_and_scopes_permission"),
                     QStringLiteral("read-write"));
        return base(extra);
    };
    QJsonArray many, orgs;
    for (int i = 0; i < 51; ++i) {
        many.append(QStringLiteral("pkg-%1").arg(i));
        orgs.append(QStringLiteral("org-%1").arg(i));
    }

    QTest::newRow("write 90 days") << rw({{QStringLiteral("expires"), 90}}) << 201 << QString();
    QTest::newRow("write 91 days")
        << rw({{QStringLiteral("expires"), 91}}) << 400 << QString::fromLatin1(kWriteMax);
    QTest::newRow("write ISO date past 90 days")
        << rw({{QStringLiteral("expires"), QStringLiteral("2999-01-01T00:00:00.000Z")}}) << 400
        << QString::fromLatin1(kWriteMax);
    QTest::newRow("read-only 365 days")
        << base({{QStringLiteral("packages_all"), true}, {QStringLiteral("expires"), 365}}) << 201
        << QString();
    QTest::newRow("zero days") << base(
        {{QStringLiteral("packages_all"), true}, {QStringLiteral("expires"), 0}})
                               << 400 << QString::fromLatin1(kMinOneDay);
    QTest::newRow("stage-only") << base(
        {{QStringLiteral("scopes"), QJsonArray{QStringLiteral("acme")}},
         {QStringLiteral("packages_and_scopes_permission"),
          QStringLiteral("read-write-stage-only")}})
                                << 201 << QString();
    QTest::newRow("no grant") << base({}) << 400 << QString::fromLatin1(kNoGrant);
    QTest::newRow("no-access grant only")
        << base({{QStringLiteral("packages_all"), true},
                 {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("no-access")}})
        << 400 << QString::fromLatin1(kNoGrant);
    QTest::newRow("51 packages") << base({{QStringLiteral("packages"), many}}) << 400
                                 << QString::fromLatin1(kTooManyPackages);
    QTest::newRow("51 orgs") << base({{QStringLiteral("orgs"), orgs}}) << 400
                             << QString::fromLatin1(kTooManyOrgs);
    QTest::newRow("ipv6 cidr") << base(
        {{QStringLiteral("packages_all"), true},
         {QStringLiteral("cidr_whitelist"), QJsonArray{QStringLiteral("::1/128")}}})
                               << 400 << QString::fromLatin1(kCidr);
    QTest::newRow("bad prefix") << base(
        {{QStringLiteral("packages_all"), true},
         {QStringLiteral("cidr"), QJsonArray{QStringLiteral("10.0.0.0/33")}}})
                                << 400 << QString::fromLatin1(kCidr);
    QTest::newRow("cli spellings")
        << base({{QStringLiteral("packages_all"), true},
                 {QStringLiteral("description"), QStringLiteral("d")},
                 {QStringLiteral("cidr_whitelist"), QJsonArray{QStringLiteral("127.0.0.0/8")}}})
        << 201 << QString();
    QTest::newRow("documented spellings")
        << base({{QStringLiteral("packages"), QJsonArray{QStringLiteral("*")}},
                 {QStringLiteral("token_description"), QStringLiteral("d")},
                 {QStringLiteral("cidr"), QJsonArray{QStringLiteral("127.0.0.1/32")}}})
        << 201 << QString();
    QTest::newRow("missing password") << QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                                     {QStringLiteral("packages_all"), true}}
                                      << 400 << QString::fromLatin1(kPasswordRequired);
    QTest::newRow("wrong password")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                       {QStringLiteral("packages_all"), true},
                       {QStringLiteral("password"), QStringLiteral("nope")}}
        << 401 << QString::fromLatin1(kPasswordWrong);
    QTest::newRow("missing name") << QJsonObject{{QStringLiteral("password"),
                                                  QStringLiteral("sandbox-password")},
                                                 {QStringLiteral("packages_all"), true}}
                                  << 400 << QString::fromLatin1(kNameRequired);
    QTest::newRow("classic body") << QJsonObject{{QStringLiteral("password"),
                                                  QStringLiteral("sandbox-password")},
                                                 {QStringLiteral("readonly"), false}}
                                  << 400 << QString::fromLatin1(kClassicDisabled);
    QTest::newRow("bad permission")
        << base({{QStringLiteral("packages_all"), true},
                 {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("admin")}})
        << 400 << QStringLiteral("Invalid packages_and_scopes_permission value: admin");
}

void SandboxPolicyTest::tokenCreatePolicy()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QString session = login();
    const Reply r = call("POST", QStringLiteral("/-/npm/v1/tokens"), body, session,
                         {{"npm-otp", otp().toUtf8()}});
    QCOMPARE(r.status, status);
    if (error.isEmpty()) {
        QVERIFY(r.json.value(QStringLiteral("token")).toString().startsWith(QLatin1String("npm_")));
        QCOMPARE(r.json.value(QStringLiteral("token")).toString().size(), 40);
    } else {
        QCOMPARE(r.json, (QJsonObject{{QStringLiteral("error"), error}}));
    }
}

void SandboxPolicyTest::writeTokensDefaultToSevenDaysAndReadOnlyToThirty()
{
    const QString session = login();
    const QDateTime now = m_sandbox->context().state.now();
    for (const auto &[perm, days] :
         {std::pair{QStringLiteral("read-write"), 7}, std::pair{QStringLiteral("read-only"), 30}}) {
        const Reply r
            = call("POST", QStringLiteral("/-/npm/v1/tokens"),
                   QJsonObject{{QStringLiteral("name"), perm},
                               {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                               {QStringLiteral("packages_all"), true},
                               {QStringLiteral("packages_and_scopes_permission"), perm}},
                   session, {{"npm-otp", otp().toUtf8()}});
        QCOMPARE(r.status, 201);
        const QDateTime expiry = parseIso(r.json.value(QStringLiteral("expiry")).toString());
        QVERIFY(qAbs(now.addDays(days).secsTo(expiry)) < 60);
    }
}

void SandboxPolicyTest::thousandTokensPerUser()
{
    QJsonArray tokens;
    for (int i = 0; i < 1000; ++i)
        tokens.append(QJsonObject{
            {QStringLiteral("owner"), QStringLiteral("maintainer")},
            {QStringLiteral("name"), QStringLiteral("t%1").arg(i)},
            {QStringLiteral("packages_all"), true},
            {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("read-only")}});
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/reset"),
                  QJsonObject{
                      {QStringLiteral("users"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("name"), QStringLiteral("maintainer")},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                           {QStringLiteral("tfa"), QStringLiteral("totp")},
                           {QStringLiteral("totp_secret"), QStringLiteral("JBSWY3DPEHPK3PXP")}}}},
                      {QStringLiteral("tokens"), tokens}})
                 .status,
             200);
    const Reply r
        = call("POST", QStringLiteral("/-/npm/v1/tokens"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("one-too-many")},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                           {QStringLiteral("packages_all"), true}},
               login(), {{"npm-otp", otp().toUtf8()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(),
             QLatin1String(policy::messages::kTooManyTokens));
}

void SandboxPolicyTest::otpChallengeWithoutCode()
{
    const Reply r
        = call("POST", QStringLiteral("/-/npm/v1/tokens"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                           {QStringLiteral("packages_all"), true}},
               login());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.raw.header("www-authenticate"), QByteArray("OTP"));
    QCOMPARE(r.json,
             (QJsonObject{{QStringLiteral("error"),
                           QStringLiteral("You must provide a one-time pass. Upgrade your client "
                                          "to npm@latest in order to use 2FA.")}}));
}

void SandboxPolicyTest::webTwoFactorFlow()
{
    const QString session = login();
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("web")},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                           {QStringLiteral("packages_all"), true}};
    const QList<QPair<QByteArray, QByteArray>> web{{"npm-auth-type", "web"},
                                                   {"npm-command", "token"}};
    const Reply challenge = call("POST", QStringLiteral("/-/npm/v1/tokens"), body, session, web);
    QCOMPARE(challenge.status, 401);
    QCOMPARE(challenge.raw.header("www-authenticate"), QByteArray("OTP"));
    const QUrl authUrl(challenge.json.value(QStringLiteral("authUrl")).toString());
    const QUrl doneUrl(challenge.json.value(QStringLiteral("doneUrl")).toString());
    QVERIFY(authUrl.path().startsWith(QLatin1String("/auth/cli/")));
    QCOMPARE(doneUrl.path(), QStringLiteral("/-/v1/done"));
    const QString done = doneUrl.path() + QLatin1Char('?') + doneUrl.query();

    const Reply waiting = call("GET", done);
    QCOMPARE(waiting.status, 202);
    QCOMPARE(waiting.raw.header("retry-after"), QByteArray("1"));
    QCOMPARE(call("GET", authUrl.path()).status, 200); // the HTML page exists

    const Reply pending = call("GET", QStringLiteral("/-/sandbox/pending"));
    QCOMPARE(pending.array.size(), 1);
    const QString id = pending.array.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(pending.array.first().toObject().value(QStringLiteral("command")).toString(),
             QStringLiteral("token"));
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/approve"),
                  QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("username"), QStringLiteral("maintainer")},
                              {QStringLiteral("approve"), true}})
                 .status,
             200);

    const Reply approved = call("GET", done);
    QCOMPARE(approved.status, 200);
    const QByteArray code = approved.json.value(QStringLiteral("token")).toString().toUtf8();
    QVERIFY(!code.isEmpty());
    QCOMPARE(call("GET", done).status, 404); // answered once
    QCOMPARE(
        call("POST", QStringLiteral("/-/npm/v1/tokens"), body, session, {{"npm-otp", code}}).status,
        201);
    QCOMPARE(
        call("POST", QStringLiteral("/-/npm/v1/tokens"), body, session, {{"npm-otp", code}}).status,
        401); // single use
}

void SandboxPolicyTest::webLoginFlowWithDonePolling()
{
    const Reply start = call("POST", QStringLiteral("/-/v1/login"), QJsonObject{});
    QCOMPARE(start.status, 200);
    const QUrl loginUrl(start.json.value(QStringLiteral("loginUrl")).toString());
    const QUrl doneUrl(start.json.value(QStringLiteral("doneUrl")).toString());
    QVERIFY(loginUrl.path().startsWith(QLatin1String("/login/cli/")));
    const QString done = doneUrl.path() + QLatin1Char('?') + doneUrl.query();
    QCOMPARE(call("GET", done).status, 202);
    // A person fills in the HTML form: user name, password and the authenticator code.
    HttpRequest form;
    form.method = "POST";
    form.path = loginUrl.path();
    form.peer = QHostAddress(QHostAddress::LocalHost);
    form.body = "username=maintainer&password=sandbox-password&code=" + otp().toUtf8()
        + "&action=approve";
    QCOMPARE(m_sandbox->handle(form).status, 200);
    const Reply finished = call("GET", done);
    QCOMPARE(finished.status, 200);
    const QString session = finished.json.value(QStringLiteral("token")).toString();
    QCOMPARE(call("GET", QStringLiteral("/-/whoami"), {}, session)
                 .json.value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("maintainer"));
}

void SandboxPolicyTest::emailCodeForUsersWithoutAuthenticator()
{
    const QString session = login(QStringLiteral("newcomer"));
    QVERIFY(!session.isEmpty());
    const QString code = m_sandbox->context().state.outbox.last().code;
    QCOMPARE(code.size(), 8);
    const Reply outbox = call("GET", QStringLiteral("/-/sandbox/outbox?username=newcomer"));
    QCOMPARE(outbox.array.last().toObject().value(QStringLiteral("code")).toString(), code);
    QCOMPARE(call("GET", QStringLiteral("/-/whoami"), {}, session)
                 .json.value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("newcomer"));
}

void SandboxPolicyTest::onlySessionsManageTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    const QString bypassText
        = QStringLiteral("Granular access tokens with bypass 2FA enabled cannot manage tokens, "
                         "trusted publishers or account settings. Log in with npm login.");
    const QString tokenText
        = QStringLiteral("This operation requires a session token from npm login; access tokens "
                         "cannot manage tokens, trusted publishers or account settings.");
    QTest::newRow("bypass lists tokens")
        << kBypass << QByteArray("GET") << QStringLiteral("/-/npm/v1/tokens") << bypassText;
    QTest::newRow("bypass creates a token")
        << kBypass << QByteArray("POST") << QStringLiteral("/-/npm/v1/tokens") << bypassText;
    QTest::newRow("bypass reads trust")
        << kBypass << QByteArray("GET") << QStringLiteral("/-/package/@acme%2fwidgets/trust")
        << bypassText;
    QTest::newRow("bypass changes the profile")
        << kBypass << QByteArray("POST") << QStringLiteral("/-/npm/v1/user") << bypassText;
    QTest::newRow("granular lists tokens")
        << kHealthy << QByteArray("GET") << QStringLiteral("/-/npm/v1/tokens") << tokenText;
    QTest::newRow("granular creates trust")
        << kHealthy << QByteArray("POST") << QStringLiteral("/-/package/@maintainer%2ftools/trust")
        << tokenText;
}

void SandboxPolicyTest::onlySessionsManageTokens()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, error);
    const Reply r = call(method, path, QJsonObject{}, token);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json, (QJsonObject{{QStringLiteral("error"), error}}));
}

void SandboxPolicyTest::expiredRevokedAndUnknownTokensGetTheNotice_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("expired") << kExpired;
    QTest::newRow("unknown") << QStringLiteral("npm_ThisTokenWasNeverIssued0000000000000");
    QTest::newRow("classic after 2025-12-09")
        << QStringLiteral("5f2c8a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b");
}

void SandboxPolicyTest::expiredRevokedAndUnknownTokensGetTheNotice()
{
    QFETCH(QString, token);
    const Reply r = call("GET", QStringLiteral("/-/whoami"), {}, token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.raw.header("npm-notice"),
             QByteArray("Access token expired or revoked. Please try logging in again."));
}

void SandboxPolicyTest::cidrAppliesToTheClientAddress()
{
    const Reply r
        = call("GET", QStringLiteral("/-/whoami"), {}, kOfficeOnly); // 10.0.0.0/8, we are 127.0.0.1
    QCOMPARE(r.status, 401);
    QCOMPARE(r.raw.header("www-authenticate"), QByteArray("ipaddress"));
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("Login is not allowed from your IP address"));
    QCOMPARE(call("GET", QStringLiteral("/-/whoami"), {}, kHealthy).status, 200);
}

void SandboxPolicyTest::sessionsLastTwoHoursAndAreNeverListed()
{
    const QString session = login();
    const Reply list = call("GET", QStringLiteral("/-/npm/v1/tokens?perPage=100"), {}, session);
    QCOMPARE(list.json.value(QStringLiteral("total")).toInt(), 12);
    for (const QJsonValue &t : list.json.value(QStringLiteral("objects")).toArray())
        QVERIFY(t.toObject().value(QStringLiteral("name")).toString() != QLatin1String("session"));
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/clock"),
                  QJsonObject{{QStringLiteral("advance_seconds"), 7199}})
                 .status,
             200);
    QCOMPARE(call("GET", QStringLiteral("/-/whoami"), {}, session).status, 200);
    call("POST", QStringLiteral("/-/sandbox/clock"),
         QJsonObject{{QStringLiteral("advance_seconds"), 2}});
    const Reply after = call("GET", QStringLiteral("/-/whoami"), {}, session);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.raw.header("npm-notice"),
             QByteArray("Access token expired or revoked. Please try logging in again."));
}

void SandboxPolicyTest::pagingWithPerPage()
{
    const QString session = login();
    QStringList seen;
    QString next = QStringLiteral("/-/npm/v1/tokens?perPage=5");
    QList<int> sizes;
    while (!next.isEmpty()) {
        const Reply page = call("GET", next, {}, session);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), 12);
        const QJsonArray objects = page.json.value(QStringLiteral("objects")).toArray();
        sizes << int(objects.size());
        for (const QJsonValue &o : objects)
            seen << o.toObject().value(QStringLiteral("key")).toString();
        next = page.json.value(QStringLiteral("urls"))
                   .toObject()
                   .value(QStringLiteral("next"))
                   .toString();
    }
    QCOMPARE(sizes, (QList<int>{5, 5, 2}));
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 12);
}

void SandboxPolicyTest::invalidPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("negative page") << QStringLiteral("page=-1");
    QTest::newRow("perPage 0") << QStringLiteral("perPage=0");
    QTest::newRow("perPage 10000") << QStringLiteral("perPage=10000");
    QTest::newRow("not a number") << QStringLiteral("page=abc");
}

void SandboxPolicyTest::invalidPaging()
{
    QFETCH(QString, query);
    const Reply r = call("GET", QStringLiteral("/-/npm/v1/tokens?") + query, {}, login());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json,
             (QJsonObject{
                 {QStringLiteral("error"), QStringLiteral("Invalid page or perPage parameter.")}}));
}

void SandboxPolicyTest::revokeByKeyOrFullToken()
{
    const QString session = login();
    const QByteArray code = otp().toUtf8();
    QCOMPARE(call("DELETE",
                  QStringLiteral("/-/npm/v1/tokens/token/0b5f1a2c-0004-4a00-8000-000000000004"), {},
                  session, {{"npm-otp", code}})
                 .status,
             204);
    QCOMPARE(call("GET", QStringLiteral("/-/whoami"), {}, kHealthy).status, 401); // revoked now
    QCOMPARE(call("DELETE", QStringLiteral("/-/npm/v1/tokens/token/") + kBypass, {}, session,
                  {{"npm-otp", code}})
                 .status,
             204);
    const Reply missing = call("DELETE", QStringLiteral("/-/npm/v1/tokens/token/nope"), {}, session,
                               {{"npm-otp", code}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json,
             (QJsonObject{{QStringLiteral("message"), QStringLiteral("Token not found")}}));
    QCOMPARE(call("GET", QStringLiteral("/-/npm/v1/tokens?perPage=100"), {}, session)
                 .json.value(QStringLiteral("total"))
                 .toInt(),
             10);
}

void SandboxPolicyTest::trustRules()
{
    const QString session = login();
    const QList<QPair<QByteArray, QByteArray>> withOtp{{"npm-otp", otp().toUtf8()}};
    const QJsonObject config{
        {QStringLiteral("type"), QStringLiteral("github")},
        {QStringLiteral("claims"),
         QJsonObject{{QStringLiteral("repository"), QStringLiteral("maintainer/blog")},
                     {QStringLiteral("workflow_ref"),
                      QJsonObject{{QStringLiteral("file"), QStringLiteral("publish.yml")}}}}},
        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("createPackage")}}};
    QJsonObject noPermissions = config;
    noPermissions.remove(QStringLiteral("permissions"));
    const Reply bad = call("POST", QStringLiteral("/-/package/@maintainer%2fblog/trust"),
                           QJsonArray{noPermissions}, session, withOtp);
    QCOMPARE(bad.status, 400);
    QCOMPARE(
        bad.json,
        (QJsonObject{{QStringLiteral("message"),
                      QStringLiteral(
                          "permissions is required and must contain at least one valid route")}}));
    QCOMPARE(call("POST", QStringLiteral("/-/package/@maintainer%2fblog/trust"), config, session,
                  withOtp)
                 .status,
             400); // not an array
    QCOMPARE(call("POST", QStringLiteral("/-/package/@maintainer%2fnope/trust"), QJsonArray{config},
                  session, withOtp)
                 .status,
             404);
    QCOMPARE(call("POST", QStringLiteral("/-/package/@maintainer%2fblog/trust"), QJsonArray{config},
                  session, withOtp)
                 .status,
             200);
    const Reply duplicate = call("POST", QStringLiteral("/-/package/@maintainer%2fblog/trust"),
                                 QJsonArray{config}, session, withOtp);
    QCOMPARE(duplicate.status, 409);
    const Reply list
        = call("GET", QStringLiteral("/-/package/@maintainer%2fblog/trust"), {}, session);
    QCOMPARE(list.array.size(), 1);
    const QString id = list.array.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(
        call("DELETE", QStringLiteral("/-/package/@maintainer%2fblog/trust/") + id, {}, session)
            .status,
        401); // needs 2FA
    QCOMPARE(call("DELETE", QStringLiteral("/-/package/@maintainer%2fblog/trust/") + id, {},
                  session, withOtp)
                 .status,
             204);
}

void SandboxPolicyTest::clockMoves()
{
    // "release-bot" expires in 5 hours: alive now, expired after the clock moves 6 hours.
    const QString releaseBot = QStringLiteral("npm_SandboxDemoExpiringHours000000000000");
    QCOMPARE(call("GET", QStringLiteral("/-/whoami"), {}, releaseBot).status, 200);
    const Reply moved = call("POST", QStringLiteral("/-/sandbox/clock"),
                             QJsonObject{{QStringLiteral("advance_seconds"), 6 * 3600}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(call("GET", QStringLiteral("/-/whoami"), {}, releaseBot).status, 401);
    const Reply set
        = call("POST", QStringLiteral("/-/sandbox/clock"),
               QJsonObject{{QStringLiteral("now"), QStringLiteral("2030-01-01T00:00:00.000Z")}});
    QCOMPARE(set.json.value(QStringLiteral("now")).toString().left(16),
             QStringLiteral("2030-01-01T00:00"));
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/clock"),
                  QJsonObject{{QStringLiteral("now"), QStringLiteral("yesterday")}})
                 .status,
             400);
}

QTEST_GUILESS_MAIN(SandboxPolicyTest)
#include "tst_sandbox_policy.moc"
