// SPDX-License-Identifier: GPL-3.0-or-later
// npm's package writes besides publishing, over real HTTP (in-process sandbox on port 0), exactly
// as npm 11 sends them: dist-tags (PUT/DELETE /-/package/<p>/dist-tags/<tag>), deprecate
// (GET /<p>?write=true, PUT /<p> without attachments) and owners (PUT /<p>/-rev/<rev>). Who may
// make each one with which second factor, and that every change shows in the packument (full and
// abbreviated `modified`) and in GET /-/sandbox/state.
#include "HttpHelper.h"
#include "InProcessSandbox.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QtTest>

using namespace td::test;

namespace {
constexpr auto kBypass = "npm_SandboxDemoBypass0000000000000000000";    // write @acme, bypass 2FA
constexpr auto kLaptop = "npm_SandboxDemoHealthy000000000000000000";    // write @maintainer
constexpr auto kReadOnly = "npm_SandboxDemoReadOnly00000000000000000";  // read-only, all
constexpr auto kStageOnly = "npm_SandboxDemoStageOnly0000000000000000"; // stage-only @acme
} // namespace

class SandboxPackageWritesTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void whoMayWriteWhat_data();
    void whoMayWriteWhat();
    void ownerRemoveAndItsLimits();
    void tagRules_data();
    void tagRules();
    void staleRevisionIsAConflict();
    void userDocumentForNpmOwner();

private:
    QUrl url(const QString &path) const { return m_sandbox->baseUrl().resolved(QUrl(path)); }
    HttpReply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QString &token = {}, const QString &otp = {});
    QJsonObject packument(const QString &name);
    QJsonObject statePackage(const QString &name);
    int write(const QString &kind, const QString &name, const QString &version,
              const QString &token, const QString &otp);
    void openSkipWindow(const QString &session);

    std::unique_ptr<td::sandbox::Sandbox> m_sandbox;
};

void SandboxPackageWritesTest::init()
{
    m_sandbox = std::make_unique<td::sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->loadSeed(QStringLiteral("demo"), &error), qPrintable(error));
    QVERIFY(m_sandbox->start(0));
}

void SandboxPackageWritesTest::cleanup()
{
    m_sandbox.reset();
}

HttpReply SandboxPackageWritesTest::call(const QByteArray &method, const QString &path,
                                         const QByteArray &body, const QString &token,
                                         const QString &otp)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    if (!otp.isEmpty())
        headers.append({"npm-otp", otp.toLatin1()});
    return httpCall(method, url(path), body, headers);
}

QJsonObject SandboxPackageWritesTest::packument(const QString &name)
{
    return call("GET",
                QLatin1Char('/') + QString(name).replace(QLatin1Char('/'), QLatin1String("%2f")))
        .json()
        .object();
}

QJsonObject SandboxPackageWritesTest::statePackage(const QString &name)
{
    const QJsonObject state = call("GET", QStringLiteral("/-/sandbox/state")).json().object();
    const QJsonArray packages = state.value(QStringLiteral("packages")).toArray();
    for (const QJsonValue &p : packages)
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject();
    return {};
}

// One write the way npm makes it; returns the status of the write request itself.
int SandboxPackageWritesTest::write(const QString &kind, const QString &name,
                                    const QString &version, const QString &token,
                                    const QString &otp)
{
    const QString escaped = QString(name).replace(QLatin1Char('/'), QLatin1String("%2f"));
    if (kind == QLatin1String("dist-tag add"))
        return call("PUT", QStringLiteral("/-/package/%1/dist-tags/beta").arg(escaped),
                    QJsonDocument(QJsonArray{version})
                        .toJson(QJsonDocument::Compact)
                        .mid(1)
                        .chopped(1),
                    token, otp)
            .status;
    if (kind == QLatin1String("dist-tag rm"))
        return call("DELETE", QStringLiteral("/-/package/%1/dist-tags/old").arg(escaped), {}, token,
                    otp)
            .status;
    QJsonObject doc
        = call("GET", QLatin1Char('/') + escaped + QLatin1String("?write=true"), {}, token)
              .json()
              .object();
    if (kind == QLatin1String("deprecate")) {
        QJsonObject versions = doc.value(QStringLiteral("versions")).toObject();
        QJsonObject v = versions.value(version).toObject();
        v.insert(QStringLiteral("deprecated"), QStringLiteral("do not use"));
        versions.insert(version, v);
        doc.insert(QStringLiteral("versions"), versions);
        return call("PUT", QLatin1Char('/') + escaped, QJsonDocument(doc).toJson(), token, otp)
            .status;
    }
    // npm owner add newcomer
    const QString rev = doc.value(QStringLiteral("_rev")).toString();
    QJsonArray maintainers = doc.value(QStringLiteral("maintainers")).toArray();
    maintainers.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("newcomer")},
                                   {QStringLiteral("email"), QStringLiteral("n@example.invalid")}});
    const QJsonObject body{{QStringLiteral("_id"), name},
                           {QStringLiteral("_rev"), rev},
                           {QStringLiteral("maintainers"), maintainers}};
    return call("PUT", QStringLiteral("/%1/-rev/%2").arg(escaped, rev),
                QJsonDocument(body).toJson(), token, otp)
        .status;
}

void SandboxPackageWritesTest::openSkipWindow(const QString &session)
{
    // A web 2FA challenge approved with "skip two-factor authentication for 5 minutes".
    QList<QPair<QByteArray, QByteArray>> web{{"Authorization", "Bearer " + session.toLatin1()},
                                             {"npm-auth-type", "web"},
                                             {"npm-command", "dist-tag"}};
    const HttpReply challenge = httpCall(
        "PUT", url(QStringLiteral("/-/package/@acme%2fwidgets/dist-tags/skip")), "\"1.0.0\"", web);
    QCOMPARE(challenge.status, 401);
    const QString id = QUrl(challenge.json().object().value(QStringLiteral("authUrl")).toString())
                           .path()
                           .section(QLatin1Char('/'), -1);
    const HttpReply approved = call("POST", QStringLiteral("/-/sandbox/approve"),
                                    QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                              {QStringLiteral("approve"), true},
                                                              {QStringLiteral("skip_2fa"), true}})
                                        .toJson());
    QCOMPARE(approved.status, 200);
}

void SandboxPackageWritesTest::whoMayWriteWhat_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("package");
    QTest::addColumn<int>("status");
    const QString widgets = QStringLiteral("@acme/widgets"); // tokens allowed
    const QString core = QStringLiteral("@acme/core");       // require 2FA, disallow tokens
    const QString experiments = QStringLiteral("@maintainer/experiments");
    for (const char *kind : {"dist-tag add", "dist-tag rm", "deprecate", "owner add"}) {
        const bool owners = QByteArray(kind) == "owner add";
        const auto row = [kind](const char *who, const QString &pkg, int status) {
            QTest::addRow("%s, %s, %s", kind, who, qPrintable(pkg))
                << QString::fromLatin1(kind) << QString::fromLatin1(who) << pkg << status;
        };
        row("session without a code", widgets, 401);
        row("session with a code", widgets, 200);
        row("session with a code", core, 200);
        row("session in the skip window", widgets, 200);
        row("bypass token", widgets, owners ? 403 : 200);
        row("bypass token", core, 403);
        row("token without bypass, no code", experiments, owners ? 403 : 401);
        row("token without bypass, with a code", experiments, owners ? 403 : 200);
        row("read-only token", widgets, 403);
        row("stage-only token", widgets, 403);
        row("nobody", widgets, 401);
    }
}

void SandboxPackageWritesTest::whoMayWriteWhat()
{
    QFETCH(QString, kind);
    QFETCH(QString, credential);
    QFETCH(QString, package);
    QFETCH(int, status);
    const QString first = package == QLatin1String("@maintainer/experiments")
        ? QStringLiteral("0.1.0")
        : QStringLiteral("1.0.0");
    // An "old" tag for dist-tag rm to remove.
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/dist-tags"),
                  QJsonDocument(QJsonObject{{QStringLiteral("package"), package},
                                            {QStringLiteral("tag"), QStringLiteral("old")},
                                            {QStringLiteral("version"), first}})
                      .toJson())
                 .status,
             200);
    QString token;
    QString otp;
    if (credential.startsWith(QLatin1String("session"))) {
        token = signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
        if (credential.endsWith(QLatin1String("with a code")))
            otp = maintainerOtp(*m_sandbox);
        if (credential.endsWith(QLatin1String("skip window")))
            openSkipWindow(token);
    } else if (credential == QLatin1String("bypass token")) {
        token = QLatin1String(kBypass);
    } else if (credential.startsWith(QLatin1String("token without bypass"))) {
        token = QLatin1String(kLaptop);
        if (credential.endsWith(QLatin1String("with a code")))
            otp = maintainerOtp(*m_sandbox);
    } else if (credential == QLatin1String("read-only token")) {
        token = QLatin1String(kReadOnly);
    } else if (credential == QLatin1String("stage-only token")) {
        token = QLatin1String(kStageOnly);
    }
    const QString modifiedBefore = packument(package)
                                       .value(QStringLiteral("time"))
                                       .toObject()
                                       .value(QStringLiteral("modified"))
                                       .toString();
    const int got = write(kind, package, first, token, otp);
    QCOMPARE(got, status);

    const QJsonObject after = packument(package);
    const QJsonObject state = statePackage(package);
    const bool changed = status == 200;
    const QJsonObject tags = after.value(QStringLiteral("dist-tags")).toObject();
    const QJsonObject stateTags = state.value(QStringLiteral("dist-tags")).toObject();
    if (kind == QLatin1String("dist-tag add")) {
        QCOMPARE(tags.value(QStringLiteral("beta")).toString(), changed ? first : QString());
        QCOMPARE(stateTags.value(QStringLiteral("beta")).toString(), changed ? first : QString());
    } else if (kind == QLatin1String("dist-tag rm")) {
        QCOMPARE(tags.contains(QStringLiteral("old")), !changed);
        QCOMPARE(stateTags.contains(QStringLiteral("old")), !changed);
    } else if (kind == QLatin1String("deprecate")) {
        const auto deprecated = [&first](const QJsonObject &doc) {
            return doc.value(QStringLiteral("versions"))
                .toObject()
                .value(first)
                .toObject()
                .value(QStringLiteral("deprecated"))
                .toString();
        };
        QCOMPARE(deprecated(after), changed ? QStringLiteral("do not use") : QString());
        QCOMPARE(deprecated(state), changed ? QStringLiteral("do not use") : QString());
    } else {
        const QJsonArray maintainers = after.value(QStringLiteral("maintainers")).toArray();
        QCOMPARE(maintainers.last().toObject().value(QStringLiteral("name")).toString()
                     == QLatin1String("newcomer"),
                 changed);
        QCOMPARE(state.value(QStringLiteral("maintainers"))
                     .toArray()
                     .contains(QStringLiteral("newcomer")),
                 changed);
    }
    // A change moves `modified` (so the abbreviated document changes too); a refusal does not.
    const QString modifiedAfter = after.value(QStringLiteral("time"))
                                      .toObject()
                                      .value(QStringLiteral("modified"))
                                      .toString();
    QCOMPARE(modifiedAfter != modifiedBefore, changed);
}

void SandboxPackageWritesTest::ownerRemoveAndItsLimits()
{
    const QString session = signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
    const QString otp = maintainerOtp(*m_sandbox);
    const auto putOwners = [&](const QStringList &names) {
        const QString rev
            = packument(QStringLiteral("@acme/widgets")).value(QStringLiteral("_rev")).toString();
        QJsonArray list;
        for (const QString &n : names)
            list.append(QJsonObject{{QStringLiteral("name"), n}});
        return call(
            "PUT", QStringLiteral("/@acme%2fwidgets/-rev/") + rev,
            QJsonDocument(QJsonObject{{QStringLiteral("_id"), QStringLiteral("@acme/widgets")},
                                      {QStringLiteral("_rev"), rev},
                                      {QStringLiteral("maintainers"), list}})
                .toJson(),
            session, otp);
    };
    QCOMPARE(putOwners({QStringLiteral("maintainer"), QStringLiteral("newcomer")}).status, 200);
    QCOMPARE(putOwners({QStringLiteral("newcomer")}).status, 200); // npm owner rm maintainer
    QCOMPARE(statePackage(QStringLiteral("@acme/widgets")).value(QStringLiteral("maintainers")),
             QJsonValue(QJsonArray{QStringLiteral("newcomer")}));
    QCOMPARE(putOwners({}).status, 400);
    QCOMPARE(putOwners({QStringLiteral("nobody-by-that-name")}).status, 404);
}

void SandboxPackageWritesTest::tagRules_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("move latest back")
        << QByteArray("PUT") << QStringLiteral("latest") << QByteArray("\"1.1.0\"") << 200;
    QTest::newRow("a semver range is no tag")
        << QByteArray("PUT") << QStringLiteral("1.x") << QByteArray("\"1.1.0\"") << 400;
    QTest::newRow("unknown version")
        << QByteArray("PUT") << QStringLiteral("next") << QByteArray("\"9.9.9\"") << 404;
    QTest::newRow("body is not a string")
        << QByteArray("PUT") << QStringLiteral("next") << QByteArray("{\"v\":1}") << 400;
    QTest::newRow("latest cannot be removed")
        << QByteArray("DELETE") << QStringLiteral("latest") << QByteArray() << 400;
    QTest::newRow("unknown tag") << QByteArray("DELETE") << QStringLiteral("nope") << QByteArray()
                                 << 404;
}

void SandboxPackageWritesTest::tagRules()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, tag);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QString session = signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
    QCOMPARE(call(method, QStringLiteral("/-/package/@acme%2fwidgets/dist-tags/") + tag, body,
                  session, maintainerOtp(*m_sandbox))
                 .status,
             status);
    // The tag list is public, as npm dist-tag ls reads it.
    const HttpReply tags = call("GET", QStringLiteral("/-/package/@acme%2fwidgets/dist-tags"));
    QCOMPARE(tags.status, 200);
    QCOMPARE(tags.json().object().value(QStringLiteral("latest")).toString(),
             status == 200 ? QStringLiteral("1.1.0") : QStringLiteral("1.2.0"));
}

void SandboxPackageWritesTest::staleRevisionIsAConflict()
{
    const QString session = signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
    QJsonObject doc
        = call("GET", QStringLiteral("/@acme%2fwidgets?write=true"), {}, session).json().object();
    const QString rev = doc.value(QStringLiteral("_rev")).toString();
    QVERIFY(!rev.isEmpty());
    // Someone else changes the package in between.
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/maintainers"),
                  R"({"package":"@acme/widgets","add":"newcomer"})")
                 .status,
             200);
    const QJsonObject owners{{QStringLiteral("_id"), QStringLiteral("@acme/widgets")},
                             {QStringLiteral("_rev"), rev},
                             {QStringLiteral("maintainers"), QJsonArray()}};
    QCOMPARE(call("PUT", QStringLiteral("/@acme%2fwidgets/-rev/") + rev,
                  QJsonDocument(owners).toJson(), session, maintainerOtp(*m_sandbox))
                 .status,
             409);
    QCOMPARE(call("PUT", QStringLiteral("/@acme%2fwidgets"), QJsonDocument(doc).toJson(), session,
                  maintainerOtp(*m_sandbox))
                 .status,
             409);
}

void SandboxPackageWritesTest::userDocumentForNpmOwner()
{
    const HttpReply known = call("GET", QStringLiteral("/-/user/org.couchdb.user:newcomer"));
    QCOMPARE(known.status, 200);
    QCOMPARE(known.json().object().value(QStringLiteral("name")).toString(),
             QStringLiteral("newcomer"));
    QCOMPARE(known.json().object().value(QStringLiteral("email")).toString(),
             QStringLiteral("newcomer@example.invalid"));
    QCOMPARE(call("GET", QStringLiteral("/-/user/org.couchdb.user:nobody")).status, 404);
}

QTEST_GUILESS_MAIN(SandboxPackageWritesTest)
#include "tst_sandbox_package_writes.moc"
