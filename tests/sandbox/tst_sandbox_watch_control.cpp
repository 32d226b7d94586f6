// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22's control API over real HTTP (in-process sandbox on port 0): an attacker's publish
// carrying the signals the watch looks for, tags moved and maintainers changed without 2FA, the
// server-side request and byte counters, and the `watch` seed with the package lists the watch
// builds its targets from.
#include "HttpHelper.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace td::test;

namespace {
constexpr auto kAbbreviated = "application/vnd.npm.install-v1+json";
}

class SandboxWatchControlTest : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void attackerPublishCarriesTheSignals_data();
    void attackerPublishCarriesTheSignals();
    void tagsMaintainersAndDeprecations_data();
    void tagsMaintainersAndDeprecations();
    void requestCountersByRoute();
    void watchSeedStory();
    void packageListsNameEveryWritablePackage_data();
    void packageListsNameEveryWritablePackage();

private:
    void start(const QString &seed);
    QUrl url(const QString &path) const { return m_sandbox->baseUrl().resolved(QUrl(path)); }
    HttpReply post(const QString &path, const QJsonObject &body);
    HttpReply get(const QString &path, const QByteArray &accept = "application/json",
                  const QString &token = {});

    std::unique_ptr<td::sandbox::Sandbox> m_sandbox;
};

void SandboxWatchControlTest::start(const QString &seed)
{
    m_sandbox = std::make_unique<td::sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->loadSeed(seed, &error), qPrintable(error));
    QVERIFY(m_sandbox->start(0));
}

void SandboxWatchControlTest::cleanup()
{
    m_sandbox.reset();
}

HttpReply SandboxWatchControlTest::post(const QString &path, const QJsonObject &body)
{
    return httpCall("POST", url(path), QJsonDocument(body).toJson(),
                    {{"Content-Type", "application/json"}});
}

HttpReply SandboxWatchControlTest::get(const QString &path, const QByteArray &accept,
                                       const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Accept", accept}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return httpCall("GET", url(path), {}, headers);
}

void SandboxWatchControlTest::attackerPublishCarriesTheSignals_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("installScript");
    const QJsonObject postinstall{{QStringLiteral("postinstall"), QStringLiteral("node x.js")}};
    QTest::newRow("postinstall") << QJsonObject{{QStringLiteral("scripts"), postinstall}}
                                 << QStringLiteral("scripts") << QJsonValue(postinstall) << true;
    QTest::newRow("gypfile") << QJsonObject{{QStringLiteral("gypfile"), true}}
                             << QStringLiteral("gypfile") << QJsonValue(true) << true;
    QTest::newRow("binding.gyp among the files")
        << QJsonObject{{QStringLiteral("files"),
                        QJsonObject{{QStringLiteral("package/binding.gyp"), QStringLiteral("{}")}}}}
        << QStringLiteral("gypfile") << QJsonValue(true) << true;
    const QJsonObject gitDep{
        {QStringLiteral("helper"), QStringLiteral("git+https://e.invalid/h.git")}};
    QTest::newRow("git dependency")
        << QJsonObject{{QStringLiteral("dependencies"), gitDep}} << QStringLiteral("dependencies")
        << QJsonValue(gitDep) << false;
    QTest::newRow("optional dependency")
        << QJsonObject{{QStringLiteral("optionalDependencies"), gitDep}}
        << QStringLiteral("optionalDependencies") << QJsonValue(gitDep) << false;
    const QJsonObject bin{{QStringLiteral("ui"), QStringLiteral("cli.js")}};
    QTest::newRow("bin") << QJsonObject{{QStringLiteral("bin"), bin}} << QStringLiteral("bin")
                         << QJsonValue(bin) << false;
}

void SandboxWatchControlTest::attackerPublishCarriesTheSignals()
{
    QFETCH(QJsonObject, extra);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, installScript);
    start(QStringLiteral("demo"));
    QJsonObject body{{QStringLiteral("package"), QStringLiteral("@acme/widgets")},
                     {QStringLiteral("version"), QStringLiteral("1.2.1")},
                     {QStringLiteral("actor"), QStringLiteral("token")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const HttpReply published = post(QStringLiteral("/-/sandbox/publish"), body);
    QCOMPARE(published.status, 201);
    const QJsonObject full = get(QStringLiteral("/@acme%2fwidgets"))
                                 .json()
                                 .object()
                                 .value(QStringLiteral("versions"))
                                 .toObject()
                                 .value(QStringLiteral("1.2.1"))
                                 .toObject();
    QCOMPARE(full.value(field), value);
    QCOMPARE(full.value(QStringLiteral("_npmUser")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("maintainer")));
    const QJsonObject dist = full.value(QStringLiteral("dist")).toObject();
    QVERIFY(dist.value(QStringLiteral("fileCount")).toInt() >= 1);
    QVERIFY(dist.value(QStringLiteral("unpackedSize")).toInt() > 0);
    const QJsonObject abbreviated = get(QStringLiteral("/@acme%2fwidgets"), kAbbreviated)
                                        .json()
                                        .object()
                                        .value(QStringLiteral("versions"))
                                        .toObject()
                                        .value(QStringLiteral("1.2.1"))
                                        .toObject();
    QCOMPARE(abbreviated.value(QStringLiteral("hasInstallScript")).toBool(), installScript);
    QVERIFY(!abbreviated.contains(QStringLiteral("scripts"))); // npmjs leaves scripts out
    if (field != QLatin1String("scripts") && field != QLatin1String("gypfile"))
        QCOMPARE(abbreviated.value(field), value);
}

void SandboxWatchControlTest::tagsMaintainersAndDeprecations_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("check"); // field=value in the full packument
    const QString pkg = QStringLiteral("@acme/widgets");
    const auto o = [&pkg](std::initializer_list<QPair<QString, QJsonValue>> fields) {
        QJsonObject body{{QStringLiteral("package"), pkg}};
        for (const auto &f : fields)
            body.insert(f.first, f.second);
        return body;
    };
    QTest::newRow("latest to an old version")
        << QStringLiteral("/-/sandbox/dist-tags")
        << o({{QStringLiteral("tag"), QStringLiteral("latest")},
              {QStringLiteral("version"), QStringLiteral("1.0.0")}})
        << 200 << QStringLiteral("dist-tags.latest=1.0.0");
    QTest::newRow("a tag removed")
        << QStringLiteral("/-/sandbox/dist-tags")
        << o({{QStringLiteral("tag"), QStringLiteral("latest")}, {QStringLiteral("remove"), true}})
        << 400 << QStringLiteral("dist-tags.latest=1.2.0");
    QTest::newRow("unknown version") << QStringLiteral("/-/sandbox/dist-tags")
                                     << o({{QStringLiteral("tag"), QStringLiteral("next")},
                                           {QStringLiteral("version"), QStringLiteral("7.0.0")}})
                                     << 404 << QStringLiteral("dist-tags.latest=1.2.0");
    QTest::newRow("maintainer added") << QStringLiteral("/-/sandbox/maintainers")
                                      << o({{QStringLiteral("add"), QStringLiteral("keyholder")}})
                                      << 200 << QStringLiteral("maintainers=keyholder");
    QTest::newRow("unknown user") << QStringLiteral("/-/sandbox/maintainers")
                                  << o({{QStringLiteral("add"), QStringLiteral("ghost")}}) << 404
                                  << QStringLiteral("maintainers=maintainer");
    QTest::newRow("remove one who is none")
        << QStringLiteral("/-/sandbox/maintainers")
        << o({{QStringLiteral("remove"), QStringLiteral("keyholder")}}) << 404
        << QStringLiteral("maintainers=maintainer");
    QTest::newRow("deprecated") << QStringLiteral("/-/sandbox/deprecate")
                                << o({{QStringLiteral("version"), QStringLiteral("1.1.0")},
                                      {QStringLiteral("message"), QStringLiteral("compromised")}})
                                << 200 << QStringLiteral("versions.1.1.0.deprecated=compromised");
    QTest::newRow("unpublished: latest falls back")
        << QStringLiteral("/-/sandbox/unpublish")
        << o({{QStringLiteral("version"), QStringLiteral("1.2.0")}}) << 200
        << QStringLiteral("dist-tags.latest=1.1.0");
    QTest::newRow("unpublish an unknown version")
        << QStringLiteral("/-/sandbox/unpublish")
        << o({{QStringLiteral("version"), QStringLiteral("8.0.0")}}) << 404
        << QStringLiteral("dist-tags.latest=1.2.0");
    QTest::newRow("no such package")
        << QStringLiteral("/-/sandbox/deprecate")
        << QJsonObject{{QStringLiteral("package"), QStringLiteral("@acme/nope")}} << 404
        << QStringLiteral("dist-tags.latest=1.2.0");
}

void SandboxWatchControlTest::tagsMaintainersAndDeprecations()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, check);
    start(QStringLiteral("demo"));
    QCOMPARE(post(path, body).status, status);
    const QJsonObject doc = get(QStringLiteral("/@acme%2fwidgets")).json().object();
    const QString field = check.section(QLatin1Char('='), 0, 0);
    const QString expected = check.section(QLatin1Char('='), 1);
    if (field == QLatin1String("maintainers")) {
        QStringList names;
        const QJsonArray maintainers = doc.value(field).toArray();
        for (const QJsonValue &m : maintainers)
            names.append(m.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names.last(), expected);
        return;
    }
    if (field.startsWith(QLatin1String("versions."))) {
        QCOMPARE(doc.value(QStringLiteral("versions"))
                     .toObject()
                     .value(QStringLiteral("1.1.0"))
                     .toObject()
                     .value(QStringLiteral("deprecated"))
                     .toString(),
                 expected);
        return;
    }
    QCOMPARE(doc.value(QStringLiteral("dist-tags"))
                 .toObject()
                 .value(field.section(QLatin1Char('.'), 1))
                 .toString(),
             expected);
    if (path.endsWith(QLatin1String("unpublish")) && status == 200) {
        QVERIFY(
            !doc.value(QStringLiteral("versions")).toObject().contains(QStringLiteral("1.2.0")));
        QVERIFY(doc.value(QStringLiteral("time")).toObject().contains(QStringLiteral("1.2.0")));
        QCOMPARE(httpCall("GET", url(QStringLiteral("/@acme/widgets/-/widgets-1.2.0.tgz"))).status,
                 404);
    }
}

void SandboxWatchControlTest::requestCountersByRoute()
{
    start(QStringLiteral("demo"));
    QCOMPARE(httpCall("DELETE", url(QStringLiteral("/-/sandbox/requests"))).status, 200);
    const HttpReply first = get(QStringLiteral("/@acme%2fwidgets"), kAbbreviated);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(httpCall("GET", url(QStringLiteral("/@acme%2fwidgets")), {},
                          {{"Accept", kAbbreviated}, {"If-None-Match", first.header("etag")}})
                     .status,
                 304);
    get(QStringLiteral("/-/whoami"));                                    // 401 without a token
    QCOMPARE(post(QStringLiteral("/-/sandbox/faults"), {}).status, 400); // control: not counted
    QCOMPARE(httpCall("POST", url(QStringLiteral("/-/sandbox/faults")),
                      R"([{"path":"/-/ping","status":503}])")
                 .status,
             200);
    get(QStringLiteral("/-/ping"));

    const QJsonObject counts
        = httpCall("GET", url(QStringLiteral("/-/sandbox/requests"))).json().object();
    const QJsonObject routes = counts.value(QStringLiteral("routes")).toObject();
    const QJsonObject packuments = routes.value(QStringLiteral("GET /:name")).toObject();
    QCOMPARE(packuments.value(QStringLiteral("requests")).toInt(), 4);
    QCOMPARE(packuments.value(QStringLiteral("statuses")).toObject(),
             (QJsonObject{{QStringLiteral("200"), 1}, {QStringLiteral("304"), 3}}));
    QCOMPARE(packuments.value(QStringLiteral("body_bytes")).toInt(), first.body.size());
    QVERIFY(packuments.value(QStringLiteral("bytes")).toInt()
            > packuments.value(QStringLiteral("body_bytes")).toInt() + 3 * 60); // heads
    QCOMPARE(routes.value(QStringLiteral("GET /-/whoami"))
                 .toObject()
                 .value(QStringLiteral("statuses"))
                 .toObject()
                 .value(QStringLiteral("401"))
                 .toInt(),
             1);
    QCOMPARE(routes.value(QStringLiteral("GET (fault)"))
                 .toObject()
                 .value(QStringLiteral("requests"))
                 .toInt(),
             1);
    QCOMPARE(
        counts.value(QStringLiteral("total")).toObject().value(QStringLiteral("requests")).toInt(),
        6);
    QVERIFY(!counts.value(QStringLiteral("since")).toString().isEmpty());
    // A reset starts again from zero.
    const QJsonObject reset
        = httpCall("DELETE", url(QStringLiteral("/-/sandbox/requests"))).json().object();
    QCOMPARE(
        reset.value(QStringLiteral("total")).toObject().value(QStringLiteral("requests")).toInt(),
        0);
    QVERIFY(reset.value(QStringLiteral("routes")).toObject().isEmpty());
}

void SandboxWatchControlTest::watchSeedStory()
{
    start(QStringLiteral("watch"));
    const QJsonObject ui = get(QStringLiteral("/@acme%2fui")).json().object();
    QVERIFY(ui.value(QStringLiteral("versions")).toObject().isEmpty());
    QVERIFY(ui.value(QStringLiteral("dist-tags")).toObject().isEmpty());
    // The trust config the end-to-end test's simulated job matches (acme/ui, release.yml).
    const QJsonObject state
        = httpCall("GET", url(QStringLiteral("/-/sandbox/state"))).json().object();
    QJsonObject uiState;
    const QJsonArray packages = state.value(QStringLiteral("packages")).toArray();
    for (const QJsonValue &p : packages)
        if (p.toObject().value(QStringLiteral("name")) == QLatin1String("@acme/ui"))
            uiState = p.toObject();
    const QJsonArray trust = uiState.value(QStringLiteral("trust")).toArray();
    QCOMPARE(trust.size(), 1);
    const QJsonObject claims = trust.first().toObject().value(QStringLiteral("claims")).toObject();
    QCOMPARE(claims.value(QStringLiteral("repository")).toString(), QStringLiteral("acme/ui"));
    QCOMPARE(claims.value(QStringLiteral("workflow_ref")).toObject().value(QStringLiteral("file")),
             QJsonValue(QStringLiteral("release.yml")));
    QVERIFY(uiState.value(QStringLiteral("automation_token_overrides_tfa")).toBool());
    // Two trusted releases, then the attacker's token publish with a postinstall.
    for (const char *v : {"1.0.0", "1.1.0"})
        QCOMPARE(post(QStringLiteral("/-/sandbox/publish"),
                      {{QStringLiteral("package"), QStringLiteral("@acme/ui")},
                       {QStringLiteral("version"), QLatin1String(v)}})
                     .status,
                 201);
    QCOMPARE(post(QStringLiteral("/-/sandbox/publish"),
                  {{QStringLiteral("package"), QStringLiteral("@acme/ui")},
                   {QStringLiteral("version"), QStringLiteral("1.1.1")},
                   {QStringLiteral("actor"), QStringLiteral("token")},
                   {QStringLiteral("scripts"),
                    QJsonObject{{QStringLiteral("postinstall"), QStringLiteral("node setup.js")}}}})
                 .status,
             201);
    const QJsonObject versions = get(QStringLiteral("/@acme%2fui"))
                                     .json()
                                     .object()
                                     .value(QStringLiteral("versions"))
                                     .toObject();
    const QJsonObject trusted = versions.value(QStringLiteral("1.1.0")).toObject();
    QCOMPARE(trusted.value(QStringLiteral("_npmUser"))
                 .toObject()
                 .value(QStringLiteral("trustedPublisher"))
                 .toObject()
                 .value(QStringLiteral("oidcConfigId"))
                 .toString(),
             QStringLiteral("5c0e7a3d-2222-4e22-9a22-000000000022"));
    QVERIFY(
        trusted.value(QStringLiteral("dist")).toObject().contains(QStringLiteral("attestations")));
    const QJsonObject attack = versions.value(QStringLiteral("1.1.1")).toObject();
    QCOMPARE(attack.value(QStringLiteral("_npmUser")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("maintainer")));
    QVERIFY(
        !attack.value(QStringLiteral("dist")).toObject().contains(QStringLiteral("attestations")));
}

void SandboxWatchControlTest::packageListsNameEveryWritablePackage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("packages");
    const QStringList publicOnes{QStringLiteral("@acme/core"), QStringLiteral("@acme/icons"),
                                 QStringLiteral("@acme/theme"), QStringLiteral("@acme/ui")};
    QStringList all = publicOnes;
    all.append(QStringLiteral("@acme/internal-tools"));
    all.sort();
    const QString read = QStringLiteral("npm_SandboxWatchReadOnly0000000000000000");
    QTest::newRow("user, anonymous: public packages")
        << QStringLiteral("/-/user/maintainer/package") << QString() << publicOnes;
    QTest::newRow("user, read token: private ones too")
        << QStringLiteral("/-/user/maintainer/package") << read << all;
    QTest::newRow("org, read token") << QStringLiteral("/-/org/acme/package") << read << all;
    QTest::newRow("newcomer (developer of acme) writes none")
        << QStringLiteral("/-/user/newcomer/package") << read << QStringList();
}

void SandboxWatchControlTest::packageListsNameEveryWritablePackage()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(QStringList, packages);
    start(QStringLiteral("watch"));
    const HttpReply reply = get(path, "application/json", token);
    QCOMPARE(reply.status, 200);
    const QJsonObject map = reply.json().object();
    QStringList keys = map.keys();
    keys.sort();
    QCOMPARE(keys, packages);
    for (const QString &k : keys)
        QCOMPARE(map.value(k).toString(), QStringLiteral("write"));
}

QTEST_GUILESS_MAIN(SandboxWatchControlTest)
#include "tst_sandbox_watch_control.moc"
