// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 end to end: the real tokendesk-sandbox signs and attests, the real npm CLI publishes
// from a simulated GitHub job through OIDC, and the real tokendesk-cli verifies with the
// sandbox's trust data (GET /-/sandbox/trusted-root). Each "attacker" publish of the control API
// gets its own package (so one row's release is no history of another's) after an honest
// trusted-publisher release, and must get the verdict the issue asks for, with the finding that
// names the reason. The trust configs TokenDesk remembers for each package are written where the
// CLI reads them (its app data folder in the test's HOME).
#include "CliSandboxFixture.h"
#include "NpmCli.h"
#include "TestPaths.h"
#include "core/provenance/TrustConfigMemory.h"
#include "core/trust/TrustedPublisher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace td::test;

namespace {

struct AttackRow
{
    const char *tag;
    QJsonObject baseClaims;   // the honest release's claims
    QJsonObject attack;       // the control API's publish body, without package and version
    const char *level;        // the version's verdict
    const char *code;         // the finding that names the reason
    const char *findingLevel; // that finding's level
};

QString rowPackage(const QString &tag)
{
    return QString(QStringLiteral("@releaser/e2e-") + tag);
}

QList<AttackRow> attackRows()
{
    const QJsonObject none;
    const QJsonObject tp{{QStringLiteral("actor"), QStringLiteral("trusted-publisher")}};
    const auto with = [](QJsonObject body, const char *key, const QJsonValue &value) {
        body.insert(QLatin1String(key), value);
        return body;
    };
    const auto claims = [&](const char *key, const QString &value) {
        return with(tp, "claims", QJsonObject{{QLatin1String(key), value}});
    };
    const auto tamper = [&](const char *what) { return with(tp, "tamper", QLatin1String(what)); };
    return {
        // A token publish after a trusted-publisher release: pnpm's trust downgrade.
        {"token-without-provenance", none,
         QJsonObject{{QStringLiteral("actor"), QStringLiteral("token")}}, "suspicious",
         "trust-downgrade", "suspicious"},
        {"another-repository", none, claims("repository", QStringLiteral("mallory/ui")),
         "suspicious", "identity-repository", "suspicious"},
        {"another-repository-id", none, claims("repository_id", QStringLiteral("777")),
         "suspicious", "identity-repository-id", "suspicious"},
        {"another-workflow", none,
         claims("workflow_ref",
                QStringLiteral("releaser/e2e-another-workflow/.github/workflows/"
                               "evil.yml@refs/heads/main")),
         "suspicious", "identity-workflow", "suspicious"},
        {"branch-after-tags",
         QJsonObject{{QStringLiteral("ref"), QStringLiteral("refs/tags/v1.1.0")}},
         claims("ref", QStringLiteral("refs/heads/hotfix")), "suspicious", "identity-ref",
         "suspicious"},
        {"pull-request-target", none, claims("event_name", QStringLiteral("pull_request_target")),
         "suspicious", "identity-trigger", "suspicious"},
        {"self-hosted-runner", none, claims("runner_environment", QStringLiteral("self-hosted")),
         "suspicious", "identity-runner", "suspicious"},
        {"tampered-subject-digest", none, tamper("subject-digest"), "failed", "subject-digest",
         "failed"},
        {"tampered-dsse-payload", none, tamper("dsse-payload"), "failed", "dsse", "failed"},
        {"tampered-set", none, tamper("set"), "failed", "set", "failed"},
        {"tampered-inclusion-proof", none, tamper("inclusion-proof"), "failed", "inclusion-proof",
         "failed"},
        {"tampered-log-entry", none, tamper("log-entry"), "failed", "tlog-body", "failed"},
        // A leaf under the sandbox CA's name from a key in no trust data: a forgery, not a CA
        // TokenDesk does not know yet (that one would be "cannot be verified …").
        {"tampered-leaf-issuer", none, tamper("leaf-issuer"), "failed", "leaf-chain", "failed"},
    };
}

QJsonObject rowSeedPackage(const QString &tag)
{
    const QString name = rowPackage(tag);
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), QString(QStringLiteral("issue 21 e2e row ") + tag)},
        {QStringLiteral("maintainers"), QJsonArray{QStringLiteral("releaser")}},
        {QStringLiteral("versions"), QJsonArray{QStringLiteral("1.0.0")}},
        {QStringLiteral("access"), QStringLiteral("public")},
        {QStringLiteral("trust"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("type"), QStringLiteral("github")},
             {QStringLiteral("claims"),
              QJsonObject{{QStringLiteral("repository"), name.mid(1)},
                          {QStringLiteral("workflow_ref"),
                           QJsonObject{{QStringLiteral("file"), QStringLiteral("publish.yml")}}}}},
             {QStringLiteral("permissions"), QJsonArray{QStringLiteral("createPackage")}}}}}};
}

} // namespace

class VerifyE2eTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void npmOidcPublishIsVerified();
    void attackerPublish_data();
    void attackerPublish();
    void withoutTrustRootCannotBeVerified();

private:
    HttpReply control(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void remember(const QString &package, const QString &repository);
    QJsonObject verifyJson(const QString &spec, int *exitCode);

    CliSandbox m_env;
    QString m_trustRoot;
};

HttpReply VerifyE2eTest::control(const QByteArray &method, const QString &path,
                                 const QJsonObject &body)
{
    return httpCall(method, m_env.sandbox.url().resolved(QUrl(path)),
                    body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                    {{"content-type", "application/json"}});
}

// What TokenDesk would have remembered after reading the package's trust configs with 2FA.
void VerifyE2eTest::remember(const QString &package, const QString &repository)
{
    td::TrustedPublisher config;
    config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    config.repository = repository;
    config.workflowFile = QStringLiteral("publish.yml");
    const QString path = QDir(m_env.home.path())
                             .filePath(QStringLiteral(".local/share/tokendesk/trust-configs.json"));
    QVERIFY(td::provenance::TrustConfigMemory(path).remember(m_env.sandbox.url(), package, {config},
                                                             QDateTime::currentDateTimeUtc()));
}

QJsonObject VerifyE2eTest::verifyJson(const QString &spec, int *exitCode)
{
    const CliRun r = m_env.cli({QStringLiteral("--json"), QStringLiteral("verify"), spec,
                                QStringLiteral("--trust-root"), m_trustRoot});
    *exitCode = r.exitCode;
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    if (out.isEmpty())
        qWarning("verify %s: exit %d\n%s\n%s", qPrintable(spec), r.exitCode, r.out.constData(),
                 r.err.constData());
    return out;
}

void VerifyE2eTest::initTestCase()
{
    QVERIFY(m_env.home.isValid());
    const QString problem = NpmCli::versionProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QVERIFY2(m_env.sandbox.start(), qPrintable(m_env.sandbox.errorString()));

    // The demo seed plus one package per attacker row, each with a GitHub trust config.
    QFile demo(QStringLiteral(TD_SOURCE_DIR "/app/sandbox/resources/demo-seed.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray packages = seed.value(QStringLiteral("packages")).toArray();
    QVERIFY(!packages.isEmpty());
    for (const AttackRow &row : attackRows())
        packages.append(rowSeedPackage(QLatin1String(row.tag)));
    seed.insert(QStringLiteral("packages"), packages);
    const HttpReply reset = control("POST", QStringLiteral("/-/sandbox/reset"),
                                    QJsonObject{{QStringLiteral("seed"), seed}});
    QVERIFY2(reset.status == 200, reset.body.constData());

    const HttpReply root = control("GET", QStringLiteral("/-/sandbox/trusted-root"));
    QCOMPARE(root.status, 200);
    m_trustRoot = QDir(m_env.home.path()).filePath(QStringLiteral("sandbox-trusted-root.json"));
    QFile file(m_trustRoot);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(root.body);
}

void VerifyE2eTest::npmOidcPublishIsVerified()
{
    // The trust config is the seed's (releaser/via-oidc, publish.yml); TokenDesk read it.
    remember(QStringLiteral("@releaser/via-oidc"), QStringLiteral("releaser/via-oidc"));
    const NpmCli npm(m_env.home.path());
    const QString dir
        = npm.writePackage(QStringLiteral("@releaser/via-oidc"), QStringLiteral("1.5.0"));
    const QString rc = QDir(m_env.home.path()).filePath(QStringLiteral("empty.npmrc"));
    QFile(rc).open(QIODevice::WriteOnly);
    const NpmRun run = npm.run(
        QStringList{QStringLiteral("publish")} + NpmCli::commonArgs(m_env.sandbox.url(), rc), {},
        dir,
        githubJobEnv(m_env.sandbox.url(), QStringLiteral("releaser/via-oidc"),
                     QStringLiteral("publish.yml")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("+ @releaser/via-oidc@1.5.0")));

    const CliRun r = m_env.cli({QStringLiteral("verify"), QStringLiteral("@releaser/via-oidc"),
                                QStringLiteral("--trust-root"), m_trustRoot});
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(r.exitCode == 0, qPrintable(out + QString::fromUtf8(r.err)));
    QVERIFY2(out.contains(QStringLiteral("@releaser/via-oidc@1.5.0  verified")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("publish.yml")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("releaser/via-oidc")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("FAIL")) && !out.contains(QStringLiteral("!!")),
             qPrintable(out));

    int exitCode = -1;
    const QJsonObject json = verifyJson(QStringLiteral("@releaser/via-oidc@1.5.0"), &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(json.value(QStringLiteral("trustConfigsKnown")).toBool());
    const QJsonObject version = json.value(QStringLiteral("versions")).toArray().at(0).toObject();
    QCOMPARE(version.value(QStringLiteral("level")).toString(), QStringLiteral("verified"));
    const QJsonObject publisher = version.value(QStringLiteral("publisher")).toObject();
    QCOMPARE(publisher.value(QStringLiteral("repository")).toString(),
             QStringLiteral("releaser/via-oidc"));
    QCOMPARE(publisher.value(QStringLiteral("workflow")).toString(),
             QStringLiteral(".github/workflows/publish.yml"));

    // Every release of the package, the seeded ones too: none is a failure (the seeded token
    // releases have no provenance, the seeded trusted one has).
    const CliRun all = m_env.cli(
        {QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("@releaser/via-oidc"),
         QStringLiteral("--all-versions"), QStringLiteral("--trust-root"), m_trustRoot});
    QVERIFY2(all.exitCode == 0, all.out.constData());
    QMap<QString, QString> levels;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(all.out).object().value(QStringLiteral("versions")).toArray())
        levels.insert(v[QLatin1String("version")].toString(), v[QLatin1String("level")].toString());
    const QMap<QString, QString> expected{{QStringLiteral("1.2.0"), QStringLiteral("unverified")},
                                          {QStringLiteral("1.3.0"), QStringLiteral("unverified")},
                                          {QStringLiteral("1.4.0"), QStringLiteral("verified")},
                                          {QStringLiteral("1.5.0"), QStringLiteral("verified")}};
    QCOMPARE(levels, expected);
}

void VerifyE2eTest::attackerPublish_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QJsonObject>("baseClaims");
    QTest::addColumn<QJsonObject>("attack");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("findingLevel");
    for (const AttackRow &row : attackRows())
        QTest::newRow(row.tag) << rowPackage(QLatin1String(row.tag)) << row.baseClaims << row.attack
                               << QString::fromLatin1(row.level) << QString::fromLatin1(row.code)
                               << QString::fromLatin1(row.findingLevel);
}

void VerifyE2eTest::attackerPublish()
{
    QFETCH(QString, package);
    QFETCH(QJsonObject, baseClaims);
    QFETCH(QJsonObject, attack);
    QFETCH(QString, level);
    QFETCH(QString, code);
    QFETCH(QString, findingLevel);
    remember(package, package.mid(1));

    // The honest release through the trusted publisher, then the attacker's a minute later.
    QJsonObject honest{{QStringLiteral("package"), package},
                       {QStringLiteral("version"), QStringLiteral("1.1.0")},
                       {QStringLiteral("actor"), QStringLiteral("trusted-publisher")}};
    if (!baseClaims.isEmpty())
        honest.insert(QStringLiteral("claims"), baseClaims);
    const HttpReply first = control("POST", QStringLiteral("/-/sandbox/publish"), honest);
    QVERIFY2(first.status == 201, first.body.constData());
    QCOMPARE(control("POST", QStringLiteral("/-/sandbox/clock"),
                     QJsonObject{{QStringLiteral("advance_seconds"), 60}})
                 .status,
             200);
    attack.insert(QStringLiteral("package"), package);
    attack.insert(QStringLiteral("version"), QStringLiteral("1.2.0"));
    const HttpReply second = control("POST", QStringLiteral("/-/sandbox/publish"), attack);
    QVERIFY2(second.status == 201, second.body.constData());

    int exitCode = -1;
    const QJsonObject honestJson = verifyJson(package + QStringLiteral("@1.1.0"), &exitCode);
    QCOMPARE(honestJson.value(QStringLiteral("versions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("level"))
                 .toString(),
             QStringLiteral("verified"));
    QCOMPARE(exitCode, 0);

    const QJsonObject json = verifyJson(package + QStringLiteral("@1.2.0"), &exitCode);
    const QJsonObject version = json.value(QStringLiteral("versions")).toArray().at(0).toObject();
    // On failure: the verdict and every finding that did not pass.
    QByteArray shown = version.value(QStringLiteral("level")).toString().toUtf8();
    for (const QJsonValue &finding : version.value(QStringLiteral("findings")).toArray())
        if (finding[QLatin1String("level")].toString() != u"verified")
            shown += "\n  " + finding[QLatin1String("level")].toString().toUtf8() + ' '
                + finding[QLatin1String("code")].toString().toUtf8() + ": "
                + finding[QLatin1String("text")].toString().toUtf8();
    QVERIFY2(version.value(QStringLiteral("level")).toString() == level, shown.constData());
    QCOMPARE(exitCode, level == u"unverified" ? 0 : 1);
    bool named = false;
    for (const QJsonValue &finding : version.value(QStringLiteral("findings")).toArray())
        named = named
            || (finding[QLatin1String("code")].toString() == code
                && finding[QLatin1String("level")].toString() == findingLevel);
    QVERIFY2(named, shown.constData());
    // A bundle that is there but does not verify is never reported as no provenance at all.
    if (attack.contains(QStringLiteral("tamper")))
        QVERIFY2(!shown.contains("without provenance"), shown.constData());
}

void VerifyE2eTest::withoutTrustRootCannotBeVerified()
{
    // The shipped trust data knows npm's keys and Sigstore's, not the sandbox's.
    const CliRun r = m_env.cli({QStringLiteral("--json"), QStringLiteral("verify"),
                                QStringLiteral("@releaser/via-oidc@1.5.0")});
    const QJsonObject version = QJsonDocument::fromJson(r.out)
                                    .object()
                                    .value(QStringLiteral("versions"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    const QByteArray shown = r.out + r.err;
    QVERIFY2(version.value(QStringLiteral("level")).toString() == u"unverified", shown.constData());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(shown.contains("cannot be verified with this TokenDesk's trust data"),
             shown.constData());
    QVERIFY2(!shown.contains("\"failed\""), shown.constData());
}

QTEST_GUILESS_MAIN(VerifyE2eTest)
#include "tst_verify_e2e.moc"
