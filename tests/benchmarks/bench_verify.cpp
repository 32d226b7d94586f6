// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue 21): `tokendesk-cli verify <pkg> --all-versions --trust-root FILE` of a package
// with 50 versions on the real tokendesk-sandbox, each published through its trusted publisher
// (signed, attested), beside the floor of fetching the same packument and the 50 attestation
// documents with one `curl` invocation (which reuses its one connection for every URL). Each runs
// TD_BENCH_RUNS times (default 5), alternating; the test prints both medians and the ratio. It
// checks that verify really judged all 50 versions verified and that curl fetched every
// document; it asserts no speed, because the machine is shared.
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace td::test;

namespace {

constexpr int kVersions = 50;
const QString kPackage = QStringLiteral("@releaser/bench-fifty");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), timer.elapsed()};
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

class BenchVerify : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;

    QUrl control(const QString &path) const { return m_sandbox.url().resolved(QUrl(path)); }

private Q_SLOTS:
    void verifyAllVersionsVersusCurl()
    {
        TD_REQUIRE_HARNESS();
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        QVERIFY2(!curl.isEmpty(), "curl is not on PATH: the benchmark needs it for the floor");
        const QString cli = programPath(QStringLiteral("tokendesk-cli"));
        QVERIFY2(QFile::exists(cli), qPrintable(cli));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

        // The demo seed (its users) plus one package with a GitHub trust config.
        QFile demo(QStringLiteral(TD_SOURCE_DIR "/app/sandbox/resources/demo-seed.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray packages = seed.value(QStringLiteral("packages")).toArray();
        packages.append(QJsonObject{
            {QStringLiteral("name"), kPackage},
            {QStringLiteral("maintainers"), QJsonArray{QStringLiteral("releaser")}},
            {QStringLiteral("versions"), QJsonArray()},
            {QStringLiteral("access"), QStringLiteral("public")},
            {QStringLiteral("trust"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("5d0c3a4e-0b1f-4c8e-9a6d-2f1e0c9b8a70")},
                 {QStringLiteral("type"), QStringLiteral("github")},
                 {QStringLiteral("claims"),
                  QJsonObject{
                      {QStringLiteral("repository"), QStringLiteral("releaser/bench-fifty")},
                      {QStringLiteral("workflow_ref"),
                       QJsonObject{{QStringLiteral("file"), QStringLiteral("publish.yml")}}}}},
                 {QStringLiteral("permissions"), QJsonArray{QStringLiteral("createPackage")}}}}}});
        seed.insert(QStringLiteral("packages"), packages);
        const QList<QPair<QByteArray, QByteArray>> json{{"content-type", "application/json"}};
        const HttpReply reset
            = httpCall("POST", control(QStringLiteral("/-/sandbox/reset")),
                       QJsonDocument(QJsonObject{{QStringLiteral("seed"), seed}}).toJson(), json);
        QVERIFY2(reset.status == 200, reset.body.constData());
        for (int i = 0; i < kVersions; ++i) {
            const QJsonObject body{{QStringLiteral("package"), kPackage},
                                   {QStringLiteral("version"), QStringLiteral("1.%1.0").arg(i)},
                                   {QStringLiteral("actor"), QStringLiteral("trusted-publisher")}};
            const HttpReply published
                = httpCall("POST", control(QStringLiteral("/-/sandbox/publish")),
                           QJsonDocument(body).toJson(), json);
            QVERIFY2(published.status == 201, published.body.constData());
        }
        const HttpReply root = httpCall("GET", control(QStringLiteral("/-/sandbox/trusted-root")));
        QCOMPARE(root.status, 200);
        const QString trustRoot = m_home.filePath(QStringLiteral("trusted-root.json"));
        {
            QFile file(trustRoot);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(root.body);
        }

        // The floor: the packument and every attestation document, one curl, one connection.
        const QUrl packumentUrl = control(QStringLiteral("/@releaser%2fbench-fifty"));
        const HttpReply packument = httpCall("GET", packumentUrl);
        QCOMPARE(packument.status, 200);
        const QJsonObject versions
            = packument.json().object().value(QStringLiteral("versions")).toObject();
        QCOMPARE(versions.size(), kVersions);
        QStringList curlArgs{QStringLiteral("--silent"), QStringLiteral("--fail"),
                             QStringLiteral("--write-out"),
                             QStringLiteral("%{http_code} %{num_connects}\\n")};
        curlArgs << QStringLiteral("--output") << QStringLiteral("/dev/null")
                 << packumentUrl.toString();
        for (const QJsonValue &version : versions) {
            const QString url = version[QLatin1String("dist")][QLatin1String("attestations")]
                                       [QLatin1String("url")]
                                           .toString();
            QVERIFY2(!url.isEmpty(), "a version without attestations");
            curlArgs << QStringLiteral("--output") << QStringLiteral("/dev/null") << url;
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            env.insert(QLatin1String(name), m_home.filePath(QLatin1String(name)));
        const QStringList verifyArgs{QStringLiteral("--registry"),
                                     m_sandbox.url().toString(),
                                     QStringLiteral("--json"),
                                     QStringLiteral("verify"),
                                     kPackage,
                                     QStringLiteral("--all-versions"),
                                     QStringLiteral("--trust-root"),
                                     trustRoot};

        const int runs = qEnvironmentVariableIsSet("TD_BENCH_RUNS")
            ? std::max(1, qEnvironmentVariableIntValue("TD_BENCH_RUNS"))
            : 5;
        QList<qint64> verifyMs;
        QList<qint64> curlMs;
        for (int i = 0; i < runs; ++i) {
            const Run verify = runProgram(cli, verifyArgs, env);
            QVERIFY2(verify.code == 0, QByteArray(verify.out + verify.err).constData());
            const QJsonArray judged = QJsonDocument::fromJson(verify.out)
                                          .object()
                                          .value(QLatin1String("versions"))
                                          .toArray();
            QCOMPARE(judged.size(), kVersions);
            for (const QJsonValue &v : judged)
                QVERIFY2(v[QLatin1String("level")].toString() == u"verified",
                         QJsonDocument(v.toObject()).toJson().constData());
            verifyMs << verify.ms;

            const Run floor = runProgram(curl, curlArgs, env);
            QVERIFY2(floor.code == 0, floor.err.constData());
            // Every document answered 200, over one connection (new connects: 1 in all).
            QCOMPARE(floor.out.count("200 "), kVersions + 1);
            QCOMPARE(floor.out.count("200 1\n"), 1);
            curlMs << floor.ms;
        }
        const double v = median(verifyMs);
        const double c = median(curlMs);
        qInfo("%s",
              qPrintable(QStringLiteral("verify --all-versions, %1 versions (median of %2):  "
                                        "tokendesk-cli %3 ms   curl floor %4 ms   ratio %5x")
                             .arg(kVersions)
                             .arg(runs)
                             .arg(v, 0, 'f', 0)
                             .arg(c, 0, 'f', 0)
                             .arg(c > 0 ? v / c : 0.0, 0, 'f', 1)));
    }
};

QTEST_GUILESS_MAIN(BenchVerify)
#include "bench_verify.moc"
