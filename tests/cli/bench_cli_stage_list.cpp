// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue 13): listing 200 staged versions spread over 3 accounts on one
// tokendesk-sandbox — `tokendesk-cli stage list` once (it polls every signed-in account) against
// the real `npm stage list` run once per account (npm knows one account per userconfig). Each
// side runs TD_BENCH_RUNS times (default 5), alternating; the test prints the medians side by
// side. It checks that both really listed all 200; it asserts no speed (the machine is shared).
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"

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
const char kPassword[] = "sandbox-password";
const QStringList kUsers{QStringLiteral("ana"), QStringLiteral("bo"), QStringLiteral("cy")};
constexpr int kStaged = 200;

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
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

QString readToken(const QString &user)
{
    return QString(QStringLiteral("npm_BenchStage") + user).leftJustified(40, QLatin1Char('0'));
}

// 3 users with an authenticator, 10 packages each, a read-only token each (npm's credential), and
// 200 staged versions spread over the three.
QJsonObject seed()
{
    QJsonArray users, packages, tokens, staged;
    for (const QString &user : kUsers) {
        users.append(
            QJsonObject{{QStringLiteral("name"), user},
                        {QStringLiteral("password"), QLatin1String(kPassword)},
                        {QStringLiteral("tfa"), QStringLiteral("totp")},
                        {QStringLiteral("totp_secret"), QStringLiteral("JBSWY3DPEHPK3PXP")}});
        for (int p = 0; p < 10; ++p)
            packages.append(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("@%1/pkg%2").arg(user).arg(p)},
                            {QStringLiteral("maintainers"), QJsonArray{user}},
                            {QStringLiteral("versions"), QJsonArray{QStringLiteral("1.0.0")}},
                            {QStringLiteral("access"), QStringLiteral("public")}});
        tokens.append(QJsonObject{
            {QStringLiteral("owner"), user},
            {QStringLiteral("kind"), QStringLiteral("granular")},
            {QStringLiteral("token"), readToken(user)},
            {QStringLiteral("name"), QStringLiteral("read")},
            {QStringLiteral("packages_all"), true},
            {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("read-only")},
            {QStringLiteral("expiry_in_days"), 30}});
    }
    for (int i = 0; i < kStaged; ++i) {
        const QString user = kUsers.at(i % 3);
        staged.append(QJsonObject{
            {QStringLiteral("package"), QStringLiteral("@%1/pkg%2").arg(user).arg(i % 10)},
            {QStringLiteral("version"), QStringLiteral("2.0.%1").arg(i)},
            {QStringLiteral("actor"), user},
            {QStringLiteral("created_minutes_ago"), kStaged - i}});
    }
    return {{QStringLiteral("users"), users},
            {QStringLiteral("packages"), packages},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("staged"), staged}};
}
} // namespace

class BenchCliStageList : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;

private Q_SLOTS:
    void tokendeskVersusNpmOncePerAccount()
    {
        TD_REQUIRE_HARNESS();
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        QVERIFY2(!npm.isEmpty(), "npm is not on PATH: the benchmark needs the real npm CLI");
        const QString cli = programPath(QStringLiteral("tokendesk-cli"));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        const HttpReply reset
            = httpCall("POST", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/reset"))),
                       QJsonDocument(seed()).toJson(QJsonDocument::Compact),
                       {{"content-type", "application/json"}});
        QVERIFY2(reset.status == 200, reset.body.constData());

        // tokendesk-cli: three accounts signed in to the same registry, sessions in the keychain.
        QProcessEnvironment cliEnv = QProcessEnvironment::systemEnvironment();
        cliEnv.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        cliEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        cliEnv.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        const QStringList registry{QStringLiteral("--registry"), m_sandbox.url().toString()};
        for (const QString &user : kUsers) {
            const Run login = runProgram(
                cli,
                registry
                    + QStringList{QStringLiteral("login"), QStringLiteral("--auth-type"),
                                  QStringLiteral("legacy"), QStringLiteral("--username"), user,
                                  QStringLiteral("--password-stdin"), QStringLiteral("--otp"),
                                  httpCall("GET",
                                           m_sandbox.url().resolved(QUrl(
                                               QStringLiteral("/-/sandbox/totp?username=") + user)))
                                      .json()
                                      .object()
                                      .value(QLatin1String("code"))
                                      .toString()},
                cliEnv, QByteArray(kPassword) + "\n");
            QVERIFY2(login.code == 0, login.err.constData());
        }

        // npm: one userconfig per account with that account's read-only token.
        QProcessEnvironment npmEnv = QProcessEnvironment::systemEnvironment();
        for (const QString &name : npmEnv.keys())
            if (name.startsWith(QLatin1String("npm_"), Qt::CaseInsensitive))
                npmEnv.remove(name);
        npmEnv.insert(QStringLiteral("npm_config_cache"),
                      m_home.filePath(QStringLiteral("npm-cache")));
        QList<QStringList> npmArgs;
        for (const QString &user : kUsers) {
            const QString rc = m_home.filePath(user + QStringLiteral(".npmrc"));
            QFile file(rc);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("//127.0.0.1:%1/:_authToken=%2\n")
                           .arg(m_sandbox.url().port())
                           .arg(readToken(user))
                           .toUtf8());
            npmArgs.append({QStringLiteral("stage"), QStringLiteral("list"),
                            QStringLiteral("--registry=") + m_sandbox.url().toString(),
                            QStringLiteral("--userconfig=") + rc,
                            QStringLiteral("--no-update-notifier"),
                            QStringLiteral("--loglevel=error")});
        }
        const QStringList cliArgs
            = registry + QStringList{QStringLiteral("stage"), QStringLiteral("list")};

        const int runs = qEnvironmentVariableIsSet("TD_BENCH_RUNS")
            ? std::max(1, qEnvironmentVariableIntValue("TD_BENCH_RUNS"))
            : 5;
        QList<qint64> tokendeskMs, npmMs;
        for (int i = 0; i < runs; ++i) {
            const Run ours = runProgram(cli, cliArgs, cliEnv);
            QVERIFY2(ours.code == 0, ours.err.constData());
            QCOMPARE(ours.out.count("\nid: ") + (ours.out.startsWith("id: ") ? 1 : 0), kStaged);
            tokendeskMs.append(ours.ms);
            qint64 npmTotal = 0;
            qsizetype npmItems = 0;
            for (const QStringList &args : std::as_const(npmArgs)) {
                const Run theirs = runProgram(npm, args, npmEnv);
                QVERIFY2(theirs.code == 0, theirs.err.constData());
                npmItems += theirs.out.count("\nid: ") + (theirs.out.startsWith("id: ") ? 1 : 0);
                npmTotal += theirs.ms;
            }
            QCOMPARE(npmItems, qsizetype(kStaged));
            npmMs.append(npmTotal);
        }
        const auto join = [](const QList<qint64> &values) {
            QStringList parts;
            for (qint64 v : values)
                parts.append(QString::number(v));
            return parts.join(QLatin1Char(' '));
        };
        const double ours = median(tokendeskMs), theirs = median(npmMs);
        qInfo("stage list: %d staged versions across 3 accounts, %d runs each (ms):", kStaged,
              runs);
        qInfo("  %-44s median %8.1f ms   [%s]", "tokendesk-cli stage list (all 3 accounts)", ours,
              qPrintable(join(tokendeskMs)));
        qInfo("  %-44s median %8.1f ms   [%s]", "npm stage list, once per account (sum of 3)",
              theirs, qPrintable(join(npmMs)));
        qInfo("  ratio npm / tokendesk-cli = %.2f", theirs / ours);
    }
};

QTEST_GUILESS_MAIN(BenchCliStageList)
#include "bench_cli_stage_list.moc"
