// SPDX-License-Identifier: GPL-3.0-or-later
// Packuments over real HTTP (in-process sandbox on port 0), as the publish watch reads them: the
// abbreviated document for `Accept: application/vnd.npm.install-v1+json`, the full one otherwise,
// each with a strong ETag that answers If-None-Match with 304 and changes with the package.
#include "HttpHelper.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace td::test;

namespace {
constexpr auto kAbbreviated = "application/vnd.npm.install-v1+json";
// pacote's Accept header for installs (lib/registry.js): the abbreviated document first.
constexpr auto kPacoteAccept
    = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";
} // namespace

class SandboxPackumentTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void shapes_data();
    void shapes();
    void conditionalRequests_data();
    void conditionalRequests();
    void etagChangesWithThePackage_data();
    void etagChangesWithThePackage();
    void writeQueryAlwaysGetsTheFullDocumentWithRev();

private:
    QUrl url(const QString &path) const { return m_sandbox->baseUrl().resolved(QUrl(path)); }
    HttpReply get(const QString &path, const QByteArray &accept,
                  const QByteArray &ifNoneMatch = {});

    std::unique_ptr<td::sandbox::Sandbox> m_sandbox;
};

void SandboxPackumentTest::init()
{
    m_sandbox = std::make_unique<td::sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->loadSeed(QStringLiteral("demo"), &error), qPrintable(error));
    QVERIFY(m_sandbox->start(0));
}

void SandboxPackumentTest::cleanup()
{
    m_sandbox.reset();
}

HttpReply SandboxPackumentTest::get(const QString &path, const QByteArray &accept,
                                    const QByteArray &ifNoneMatch)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Accept", accept}};
    if (!ifNoneMatch.isEmpty())
        headers.append({"If-None-Match", ifNoneMatch});
    return httpCall("GET", url(path), {}, headers);
}

void SandboxPackumentTest::shapes_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("abbreviated");
    QTest::newRow("npm view (json)")
        << QByteArray("application/json") << QByteArray("application/json") << false;
    QTest::newRow("pacote install")
        << QByteArray(kPacoteAccept) << QByteArray(kAbbreviated) << true;
    QTest::newRow("corgi alone") << QByteArray(kAbbreviated) << QByteArray(kAbbreviated) << true;
    QTest::newRow("no preference") << QByteArray("*/*") << QByteArray("application/json") << false;
}

void SandboxPackumentTest::shapes()
{
    QFETCH(QByteArray, accept);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, abbreviated);
    const HttpReply reply = get(QStringLiteral("/@releaser%2fvia-oidc"), accept);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), contentType);
    QVERIFY(reply.header("etag").startsWith('"'));
    const QJsonObject doc = reply.json().object();
    QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("@releaser/via-oidc"));
    QCOMPARE(doc.value(QStringLiteral("dist-tags")).toObject().value(QStringLiteral("latest")),
             QJsonValue(QStringLiteral("1.4.0")));
    const QJsonObject version = doc.value(QStringLiteral("versions"))
                                    .toObject()
                                    .value(QStringLiteral("1.4.0"))
                                    .toObject();
    const QJsonObject dist = version.value(QStringLiteral("dist")).toObject();
    QVERIFY(dist.contains(QStringLiteral("integrity")));
    QVERIFY(dist.contains(QStringLiteral("signatures")));
    QVERIFY(dist.value(QStringLiteral("attestations")).toObject().contains(QStringLiteral("url")));
    // What the abbreviated document leaves out (publish-watch.md §2) and what only it has.
    QCOMPARE(doc.contains(QStringLiteral("maintainers")), !abbreviated);
    QCOMPARE(doc.contains(QStringLiteral("time")), !abbreviated);
    QCOMPARE(doc.contains(QStringLiteral("_rev")), !abbreviated);
    QCOMPARE(version.contains(QStringLiteral("_npmUser")), !abbreviated);
    QCOMPARE(version.contains(QStringLiteral("description")), !abbreviated);
    QCOMPARE(doc.contains(QStringLiteral("modified")), abbreviated);
    if (abbreviated) { // `modified` is at or after the newest version's publish time
        const QJsonObject time = get(QStringLiteral("/@releaser%2fvia-oidc"), "application/json")
                                     .json()
                                     .object()
                                     .value(QStringLiteral("time"))
                                     .toObject();
        QVERIFY(!time.value(QStringLiteral("1.4.0")).toString().isEmpty());
        QVERIFY(doc.value(QStringLiteral("modified")).toString()
                >= time.value(QStringLiteral("1.4.0")).toString());
    }
}

void SandboxPackumentTest::conditionalRequests_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QByteArray>("ifNoneMatch"); // "<etag>" is replaced by the current one
    QTest::addColumn<int>("status");
    for (const QByteArray &accept : {QByteArray("application/json"), QByteArray(kPacoteAccept)}) {
        const QByteArray shape = accept == "application/json" ? "full: " : "abbreviated: ";
        QTest::newRow(QByteArray(shape + "current etag").constData())
            << accept << QByteArray("<etag>") << 304;
        QTest::newRow(QByteArray(shape + "weak form of it").constData())
            << accept << QByteArray("W/<etag>") << 304;
        QTest::newRow(QByteArray(shape + "in a list").constData())
            << accept << QByteArray("\"old\", <etag>") << 304;
        QTest::newRow(QByteArray(shape + "star").constData()) << accept << QByteArray("*") << 304;
        QTest::newRow(QByteArray(shape + "stale etag").constData())
            << accept << QByteArray("\"0123\"") << 200;
        QTest::newRow(QByteArray(shape + "no header").constData()) << accept << QByteArray() << 200;
    }
    // One shape's ETag does not validate the other's document.
    QTest::newRow("full etag, abbreviated asked")
        << QByteArray(kAbbreviated) << QByteArray("<full-etag>") << 200;
}

void SandboxPackumentTest::conditionalRequests()
{
    QFETCH(QByteArray, accept);
    QFETCH(QByteArray, ifNoneMatch);
    QFETCH(int, status);
    const QString path = QStringLiteral("/@acme%2fui");
    const QByteArray etag = get(path, accept).header("etag");
    const QByteArray fullEtag = get(path, "application/json").header("etag");
    QVERIFY(!etag.isEmpty());
    ifNoneMatch.replace("<etag>", etag).replace("<full-etag>", fullEtag);
    const HttpReply reply = get(path, accept, ifNoneMatch);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("etag"), etag);
    if (status == 304)
        QVERIFY(reply.body.isEmpty());
    else
        QCOMPARE(reply.json().object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("@acme/ui"));
}

void SandboxPackumentTest::etagChangesWithThePackage_data()
{
    QTest::addColumn<QString>("controlPath");
    QTest::addColumn<QByteArray>("controlBody");
    QTest::addColumn<bool>("abbreviatedChanges");
    QTest::newRow("a new version")
        << QStringLiteral("/-/sandbox/publish")
        << QByteArray(R"({"package":"@acme/ui","version":"1.2.1","actor":"token"})") << true;
    QTest::newRow("a tag moved") << QStringLiteral("/-/sandbox/dist-tags")
                                 << QByteArray(R"({"package":"@acme/ui","tag":"latest",)"
                                               R"("version":"1.0.0"})")
                                 << true;
    QTest::newRow("a maintainer added (abbreviated: via modified)")
        << QStringLiteral("/-/sandbox/maintainers")
        << QByteArray(R"({"package":"@acme/ui","add":"newcomer"})") << true;
    QTest::newRow("a version deprecated")
        << QStringLiteral("/-/sandbox/deprecate")
        << QByteArray(R"({"package":"@acme/ui","version":"1.1.0","message":"broken"})") << true;
}

void SandboxPackumentTest::etagChangesWithThePackage()
{
    QFETCH(QString, controlPath);
    QFETCH(QByteArray, controlBody);
    QFETCH(bool, abbreviatedChanges);
    const QString path = QStringLiteral("/@acme%2fui");
    const QByteArray fullBefore = get(path, "application/json").header("etag");
    const QByteArray abbreviatedBefore = get(path, kAbbreviated).header("etag");
    const HttpReply control
        = httpCall("POST", url(controlPath), controlBody, {{"Content-Type", "application/json"}});
    QVERIFY2(control.status == 200 || control.status == 201, control.body.constData());
    const HttpReply full = get(path, "application/json", fullBefore);
    QCOMPARE(full.status, 200);
    QVERIFY(full.header("etag") != fullBefore);
    const HttpReply abbreviated = get(path, kAbbreviated, abbreviatedBefore);
    QCOMPARE(abbreviated.status, abbreviatedChanges ? 200 : 304);
    // Nothing changed since: the new ETags answer 304.
    QCOMPARE(get(path, "application/json", full.header("etag")).status, 304);
    QCOMPARE(get(path, kAbbreviated, abbreviated.header("etag")).status, 304);
}

void SandboxPackumentTest::writeQueryAlwaysGetsTheFullDocumentWithRev()
{
    const HttpReply reply = get(QStringLiteral("/@acme%2fui?write=true"), kAbbreviated);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    const QJsonObject doc = reply.json().object();
    QVERIFY(doc.value(QStringLiteral("_rev")).toString().contains(QLatin1Char('-')));
    QVERIFY(doc.contains(QStringLiteral("maintainers")));
}

QTEST_GUILESS_MAIN(SandboxPackumentTest)
#include "tst_sandbox_packument.moc"
