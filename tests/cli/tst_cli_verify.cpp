// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli verify, in-process against a loopback registry serving the real gundam-visor
// attestations: what it prints per version, --json, the exit status, remembered trust configs,
// and its refusals. The cryptographic checks are faked (core/provenance's tests cover them); the
// certificate identity is read for real.
#include "FakeRegistryServer.h"
#include "VerifierTestSupport.h"
#include "cli/CliContext.h"
#include "cli/commands/VerifyCommand.h"

#include "core/provenance/TrustConfigMemory.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using td::cli::CliContext;
using td::cli::VerifyCommand;
using td::provenance::test::fakeChecks;
using td::provenance::test::packument;
using td::provenance::test::Version;
using td::test::FakeRegistryServer;

namespace {
const Version kTrusted100{"1.0.0", "2024-05-01T10:00:00.000Z", true,
                          "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.0"};
const Version kTrusted101{"1.0.1", "2024-06-03T22:17:59.000Z", true,
                          "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.1"};
const Version kToken102{"1.0.2", "2024-07-01T00:00:00.000Z", false, nullptr};
} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

private slots:
    void init();
    void cleanup();
    void printsThePublishPathAndChecks();
    void allVersionsAsJsonFlagTheDowngrade();
    void rememberedTrustConfigOfAnotherRepository();
    void refusals_data();
    void refusals();

private:
    void serve(const QList<Version> &versions);
    Run run(const QStringList &arguments);

    FakeRegistryServer *m_server = nullptr;
    QTemporaryDir m_dir;
};

void TestCliVerify::init()
{
    m_server = new FakeRegistryServer(this);
    QVERIFY(m_server->listen());
    QFile::remove(m_dir.filePath(u"trust-configs.json"_s));
}

void TestCliVerify::cleanup()
{
    delete m_server;
}

void TestCliVerify::serve(const QList<Version> &versions)
{
    const QByteArray document = td::provenance::test::fixtureAttestations(u"gundam-visor-1.0.1"_s);
    const QByteArray body = packument(versions);
    m_server->setHandler([document, body](const FakeRegistryServer::Request &request) {
        if (request.target == "/gundam-visor")
            return FakeRegistryServer::Reply::json(200, body);
        if (request.target.startsWith("/-/npm/v1/attestations/gundam-visor@"))
            return FakeRegistryServer::Reply::json(200, document);
        return FakeRegistryServer::Reply::json(404, R"({"error":"not found"})");
    });
}

TestCliVerify::Run TestCliVerify::run(const QStringList &arguments)
{
    QBuffer in, out, err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Run result;
    {
        CliContext context(&in, &out, &err);
        context.registry = m_server->baseUrl();
        // --json is a global flag: Cli takes it off before the command reads its own.
        QStringList commandArguments = arguments;
        context.json = commandArguments.removeAll(u"--json"_s) > 0;
        auto *command = new VerifyCommand(nullptr, fakeChecks());
        command->setTrustConfigPath(m_dir.filePath(u"trust-configs.json"_s));
        QSignalSpy finished(command, &td::cli::Command::finished);
        command->run(commandArguments, context);
        if (finished.isEmpty())
            finished.wait(10000);
        if (!finished.isEmpty())
            result.exitCode = finished.first().first().toInt();
        context.out.flush();
        context.err.flush();
        delete command; // its network manager goes before the application
    }
    result.out = QString::fromUtf8(out.data());
    result.err = QString::fromUtf8(err.data());
    return result;
}

void TestCliVerify::printsThePublishPathAndChecks()
{
    serve({kTrusted100, kTrusted101});
    const Run r = run({u"gundam-visor"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(u"gundam-visor@1.0.1  verified\n"
                            "  Published by GitHub Actions from ramonpetgrave64/gundam-visor, "
                            "npm-publish.yml on refs/tags/v1.0.1 — provenance verified\n"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"No trust configs of gundam-visor on record"_s));
    QVERIFY(r.out.contains(u"    ok    signature\n"_s)); // each check on its own line
    QVERIFY(!r.out.contains(u"gundam-visor@1.0.0"_s));   // history, not reported
}

void TestCliVerify::allVersionsAsJsonFlagTheDowngrade()
{
    serve({kTrusted100, kTrusted101, kToken102});
    const Run r = run({u"gundam-visor"_s, u"--all-versions"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray versions = json[u"versions"_s].toArray();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions[1][u"level"_s].toString(), u"verified"_s);
    QCOMPARE(versions[1][u"publisher"_s][u"repositoryId"_s].toString(), u"810002373"_s);
    QCOMPARE(versions[1][u"publisher"_s][u"workflow"_s].toString(),
             u".github/workflows/npm-publish.yml"_s);
    const QJsonObject token = versions[2].toObject();
    QCOMPARE(token[u"version"_s].toString(), u"1.0.2"_s);
    QCOMPARE(token[u"level"_s].toString(), u"suspicious"_s);
    QStringList codes;
    for (const QJsonValue &finding : token[u"findings"_s].toArray())
        codes.append(finding[u"code"_s].toString());
    QVERIFY2(codes.contains(u"trust-downgrade"_s), qPrintable(codes.join(u' ')));
}

void TestCliVerify::rememberedTrustConfigOfAnotherRepository()
{
    serve({kTrusted101});
    td::TrustedPublisher config;
    config.repository = u"acme/ui"_s;
    config.workflowFile = u"npm-publish.yml"_s;
    QVERIFY(td::provenance::TrustConfigMemory(m_dir.filePath(u"trust-configs.json"_s))
                .remember(m_server->baseUrl(), u"gundam-visor"_s, {config},
                          QDateTime::currentDateTimeUtc()));
    const Run r = run({u"gundam-visor@1.0.1"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"gundam-visor@1.0.1  suspicious"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"    !!    Built from the repository ramonpetgrave64/gundam-visor, but "
                           "the trusted publisher GitHub Actions acme/ui, npm-publish.yml names "
                           "acme/ui."_s));
}

void TestCliVerify::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no package") << QStringList() << u"verify needs a package"_s;
    QTest::newRow("unknown option")
        << QStringList{u"x"_s, u"--frob"_s} << u"unknown option '--frob'"_s;
    QTest::newRow("version and all versions")
        << QStringList{u"x@1.0.0"_s, u"--all-versions"_s} << u"not both"_s;
    QTest::newRow("unreadable trust root")
        << QStringList{u"x"_s, u"--trust-root"_s, u"/nonexistent/trusted_root.json"_s}
        << u"cannot read the trust data /nonexistent/trusted_root.json"_s;
    QTest::newRow("missing version")
        << QStringList{u"gundam-visor@9.9.9"_s} << u"gundam-visor has no version 9.9.9"_s;
}

void TestCliVerify::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    serve({kTrusted101});
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"tokendesk-cli: "_s) && r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // one clear line
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
