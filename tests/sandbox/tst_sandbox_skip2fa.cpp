// SPDX-License-Identifier: GPL-3.0-or-later
// npmjs's "Skip two-factor authentication for the next 5 minutes" as the sandbox models it
// (npm-registry-api.md §4b): one browser approval with the box ticked lets that user's writes pass
// without npm-otp for 5 minutes of sandbox clock. In-process (Sandbox::handle, no network).
#include "InProcessSandbox.h"
#include "sandbox/Sandbox.h"
#include "sandbox/auth/Totp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace td::sandbox;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

using Reply = td::test::SandboxReply;

const Headers kWeb{{"npm-auth-type", "web"}, {"npm-command", "token"}};

} // namespace

class SandboxSkip2faTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void skipLetsEveryKindOfWritePassWithoutOtp_data();
    void skipLetsEveryKindOfWritePassWithoutOtp();
    void windowEndsAfterFiveMinutes_data();
    void windowEndsAfterFiveMinutes();
    void approvalWithoutSkipCoversOneRequestOnly();
    void anotherUserIsUnaffected();
    void signingInStillNeedsTheSecondFactor();
    void stateShowsTheWindow();
    void htmlPageOffersTheBoxAndPostsIt_data();
    void htmlPageOffersTheBoxAndPostsIt();
    void skipIsRefusedForLoginApprovals();
    void webauthnUserInTheDemoSeed();

private:
    Reply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
               const QString &token = {}, Headers headers = {});
    QString login(const QString &user = QStringLiteral("maintainer"));
    // Starts a web 2FA challenge (a token create) and returns the pending approval's id.
    QString webChallenge(const QString &session);
    Reply approve(const QString &id, bool skip);
    // One write of the given kind without npm-otp; its status.
    int writeWithoutOtp(const QString &kind, const QString &session);
    QJsonObject stateUser(const QString &name);

    std::unique_ptr<Sandbox> m_sandbox;
};

void SandboxSkip2faTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->loadSeed(QStringLiteral("demo"), &error), qPrintable(error));
}

Reply SandboxSkip2faTest::call(const QByteArray &method, const QString &target,
                               const QJsonValue &body, const QString &token, Headers headers)
{
    return td::test::handleInProcess(*m_sandbox, method, target, body, token, std::move(headers));
}

QString SandboxSkip2faTest::login(const QString &user)
{
    return td::test::signInInProcess(*m_sandbox, user);
}

QString SandboxSkip2faTest::webChallenge(const QString &session)
{
    const Reply r
        = call("POST", QStringLiteral("/-/npm/v1/tokens"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("challenge")},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                           {QStringLiteral("packages_all"), true}},
               session, kWeb);
    if (r.status != 401)
        return {};
    return QUrl(r.json.value(QStringLiteral("authUrl")).toString())
        .path()
        .section(QLatin1Char('/'), -1);
}

Reply SandboxSkip2faTest::approve(const QString &id, bool skip)
{
    return call("POST", QStringLiteral("/-/sandbox/approve"),
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("approve"), true},
                            {QStringLiteral("skip_2fa"), skip}});
}

int SandboxSkip2faTest::writeWithoutOtp(const QString &kind, const QString &session)
{
    if (kind == QLatin1String("token create"))
        return call("POST", QStringLiteral("/-/npm/v1/tokens"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("in the window")},
                                {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                                {QStringLiteral("packages_all"), true}},
                    session)
            .status;
    if (kind == QLatin1String("token revoke"))
        return call("DELETE",
                    QStringLiteral(
                        "/-/npm/v1/tokens/token/npm_SandboxDemoHealthy000000000000000000"),
                    {}, session)
            .status;
    const QJsonObject trust{
        {QStringLiteral("type"), QStringLiteral("github")},
        {QStringLiteral("claims"),
         QJsonObject{{QStringLiteral("repository"), QStringLiteral("maintainer/blog")},
                     {QStringLiteral("workflow_ref"),
                      QJsonObject{{QStringLiteral("file"), QStringLiteral("publish.yml")}}}}},
        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("createPackage")}}};
    if (kind == QLatin1String("trust create"))
        return call("POST", QStringLiteral("/-/package/@maintainer%2fblog/trust"),
                    QJsonArray{trust}, session)
            .status;
    if (kind == QLatin1String("trust delete")) {
        const Reply list
            = call("GET", QStringLiteral("/-/package/@acme%2fwidgets/trust"), {}, session);
        const QString id = list.array.first().toObject().value(QStringLiteral("id")).toString();
        return call("DELETE", QStringLiteral("/-/package/@acme%2fwidgets/trust/") + id, {}, session)
            .status;
    }
    if (kind == QLatin1String("package access"))
        return call("POST", QStringLiteral("/-/package/@maintainer%2fexperiments/access"),
                    QJsonObject{{QStringLiteral("access"), QStringLiteral("restricted")}}, session)
            .status;
    if (kind.startsWith(QLatin1String("publish with a "))) {
        // laptop-publish: a write token for @maintainer without bypass-2FA, so it needs a code.
        const QString credential = kind.endsWith(QLatin1String("session"))
            ? session
            : QStringLiteral("npm_SandboxDemoHealthy000000000000000000");
        const QByteArray tarball("not really a tarball");
        return call("PUT", QStringLiteral("/@maintainer%2fexperiments"),
                    QJsonObject{
                        {QStringLiteral("name"), QStringLiteral("@maintainer/experiments")},
                        {QStringLiteral("versions"),
                         QJsonObject{
                             {QStringLiteral("9.9.9"),
                              QJsonObject{{QStringLiteral("name"),
                                           QStringLiteral("@maintainer/experiments")},
                                          {QStringLiteral("version"), QStringLiteral("9.9.9")}}}}},
                        {QStringLiteral("_attachments"),
                         QJsonObject{
                             {QStringLiteral("experiments-9.9.9.tgz"),
                              QJsonObject{
                                  {QStringLiteral("data"), QString::fromLatin1(tarball.toBase64())},
                                  {QStringLiteral("length"), int(tarball.size())}}}}}},
                    credential)
            .status;
    }
    qFatal("unknown write kind");
}

QJsonObject SandboxSkip2faTest::stateUser(const QString &name)
{
    const Reply state = call("GET", QStringLiteral("/-/sandbox/state"));
    for (const QJsonValue &u : state.json.value(QStringLiteral("users")).toArray())
        if (u.toObject().value(QStringLiteral("name")).toString() == name)
            return u.toObject();
    return {};
}

void SandboxSkip2faTest::skipLetsEveryKindOfWritePassWithoutOtp_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("successStatus");
    QTest::newRow("token create") << QStringLiteral("token create") << 201;
    QTest::newRow("token revoke") << QStringLiteral("token revoke") << 204;
    QTest::newRow("trust create") << QStringLiteral("trust create") << 200;
    QTest::newRow("trust delete") << QStringLiteral("trust delete") << 204;
    QTest::newRow("package access") << QStringLiteral("package access") << 200;
    QTest::newRow("publish with a session") << QStringLiteral("publish with a session") << 200;
    QTest::newRow("publish with a token") << QStringLiteral("publish with a token") << 200;
}

void SandboxSkip2faTest::skipLetsEveryKindOfWritePassWithoutOtp()
{
    QFETCH(QString, kind);
    QFETCH(int, successStatus);
    const QString session = login();
    QCOMPARE(writeWithoutOtp(kind, session), 401); // the write needs a second factor …
    const QString id = webChallenge(session);
    QVERIFY(!id.isEmpty());
    QCOMPARE(approve(id, true).status, 200);
    QCOMPARE(writeWithoutOtp(kind, session), successStatus); // … but not inside the window
}

void SandboxSkip2faTest::windowEndsAfterFiveMinutes_data()
{
    QTest::addColumn<int>("advanceSeconds");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("4 min 59 s: still open") << 299 << 201;
    QTest::newRow("5 min 1 s: closed") << 301 << 401;
}

void SandboxSkip2faTest::windowEndsAfterFiveMinutes()
{
    QFETCH(int, advanceSeconds);
    QFETCH(int, expectedStatus);
    const QString session = login();
    QCOMPARE(approve(webChallenge(session), true).status, 200);
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/clock"),
                  QJsonObject{{QStringLiteral("advance_seconds"), advanceSeconds}})
                 .status,
             200);
    const Reply r
        = call("POST", QStringLiteral("/-/npm/v1/tokens"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("late")},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                           {QStringLiteral("packages_all"), true}},
               session);
    QCOMPARE(r.status, expectedStatus);
    if (expectedStatus == 401) {
        QCOMPARE(r.raw.header("www-authenticate"), QByteArray("OTP")); // EOTP again
        QVERIFY(stateUser(QStringLiteral("maintainer"))
                    .value(QStringLiteral("skip_2fa_until"))
                    .isNull());
    }
}

void SandboxSkip2faTest::approvalWithoutSkipCoversOneRequestOnly()
{
    const QString session = login();
    QCOMPARE(approve(webChallenge(session), false).status, 200);
    QCOMPARE(writeWithoutOtp(QStringLiteral("token create"), session), 401);
    QCOMPARE(writeWithoutOtp(QStringLiteral("trust create"), session), 401);
}

void SandboxSkip2faTest::anotherUserIsUnaffected()
{
    const QString maintainer = login();
    const QString keyholder = login(QStringLiteral("keyholder"));
    QVERIFY(!keyholder.isEmpty());
    QCOMPARE(approve(webChallenge(maintainer), true).status, 200);
    QCOMPARE(writeWithoutOtp(QStringLiteral("token create"), keyholder), 401);
    QCOMPARE(writeWithoutOtp(QStringLiteral("token create"), maintainer), 201);
}

void SandboxSkip2faTest::signingInStillNeedsTheSecondFactor()
{
    const QString session = login();
    QCOMPARE(approve(webChallenge(session), true).status, 200);
    const Reply r
        = call("PUT", QStringLiteral("/-/user/org.couchdb.user:maintainer"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("maintainer")},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.raw.header("www-authenticate"), QByteArray("OTP"));
}

void SandboxSkip2faTest::stateShowsTheWindow()
{
    QVERIFY(stateUser(QStringLiteral("maintainer")).contains(QStringLiteral("skip_2fa_until")));
    QVERIFY(
        stateUser(QStringLiteral("maintainer")).value(QStringLiteral("skip_2fa_until")).isNull());
    const QString session = login();
    const Reply approved = approve(webChallenge(session), true);
    const QDateTime expected = m_sandbox->context().state.now().addSecs(300);
    const QDateTime until = parseIso(
        stateUser(QStringLiteral("maintainer")).value(QStringLiteral("skip_2fa_until")).toString());
    QVERIFY(until.isValid());
    QVERIFY2(qAbs(until.secsTo(expected)) <= 1, qPrintable(iso(until)));
    QCOMPARE(approved.json.value(QStringLiteral("skip_2fa_until")).toString(), iso(until));
    QVERIFY(stateUser(QStringLiteral("newcomer")).value(QStringLiteral("skip_2fa_until")).isNull());
}

void SandboxSkip2faTest::htmlPageOffersTheBoxAndPostsIt_data()
{
    QTest::addColumn<bool>("ticked");
    QTest::newRow("box ticked") << true;
    QTest::newRow("box left unticked") << false;
}

void SandboxSkip2faTest::htmlPageOffersTheBoxAndPostsIt()
{
    QFETCH(bool, ticked);
    // keyholder has a security key: the click on Approve stands for the key, no code needed.
    const QString session = login(QStringLiteral("keyholder"));
    const QString id = webChallenge(session);
    QVERIFY(!id.isEmpty());
    const Reply page = call("GET", QStringLiteral("/auth/cli/") + id);
    QCOMPARE(page.status, 200);
    const QByteArray html = page.raw.body;
    QVERIFY(html.contains(R"(<input type="checkbox" name="skip_2fa" value="1">)"));
    QVERIFY(html.contains("Skip two-factor authentication for the next 5 minutes"));

    HttpRequest form; // what the browser posts for the form
    form.method = "POST";
    form.path = QStringLiteral("/auth/cli/") + id;
    form.peer = QHostAddress(QHostAddress::LocalHost);
    form.body = QByteArray("code=") + (ticked ? "&skip_2fa=1" : "") + "&action=approve";
    QCOMPARE(m_sandbox->handle(form).status, 200);

    QCOMPARE(
        stateUser(QStringLiteral("keyholder")).value(QStringLiteral("skip_2fa_until")).isString(),
        ticked);
    QCOMPARE(writeWithoutOtp(QStringLiteral("token create"), session), ticked ? 201 : 401);
}

void SandboxSkip2faTest::skipIsRefusedForLoginApprovals()
{
    const Reply start = call("POST", QStringLiteral("/-/v1/login"), QJsonObject{});
    const QString id = QUrl(start.json.value(QStringLiteral("loginUrl")).toString())
                           .path()
                           .section(QLatin1Char('/'), -1);
    const Reply r = call("POST", QStringLiteral("/-/sandbox/approve"),
                         QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("username"), QStringLiteral("maintainer")},
                                     {QStringLiteral("skip_2fa"), true}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("skip_2fa applies to 2FA approvals only"));
}

void SandboxSkip2faTest::webauthnUserInTheDemoSeed()
{
    const QJsonObject keyholder = stateUser(QStringLiteral("keyholder"));
    QCOMPARE(keyholder.value(QStringLiteral("tfa")).toString(), QStringLiteral("webauthn"));
    const Reply packages = call("GET", QStringLiteral("/-/user/keyholder/package"));
    QCOMPARE(packages.status, 200);
    QCOMPARE(
        packages.json.keys(),
        (QStringList{QStringLiteral("@keyholder/keyring"), QStringLiteral("@keyholder/lock")}));
}

QTEST_GUILESS_MAIN(SandboxSkip2faTest)
#include "tst_sandbox_skip2fa.moc"
