// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue 18): `tokendesk-cli token list --json` against `npm token list --json` (the real
// npm CLI) and against the floor, curl fetching the same pages (perPage=1000, as tokendesk-cli
// asks) over one connection and writing them to stdout, on the same tokendesk-sandbox holding
// 1,000 tokens, all signed in with a session of the same user. Every program's stdout is the same
// kind of pipe, read by this benchmark; curl writing to /dev/null instead is printed for reference.
// Each program runs TD_BENCH_RUNS times (default 7), alternating; the test prints the medians and
// each ratio beside its goal (npm >= 20x tokendesk-cli; tokendesk-cli <= 1.5x curl), and the load
// average before and after the runs. It checks that each really listed all 1,000 tokens (curl: that
// the page it wrote holds them); it asserts no speed, because the machine is shared. npm and curl
// are required: without them it FAILS. For reference, not a goal: bench_cli_floor (cli_floor.cpp)
// runs in the same rounds. It has tokendesk-cli's libraries, reads the same session from the
// keychain the same way and fetches the same page, then writes the registry's bytes as they came.
// What tokendesk-cli takes beyond it is the list's own work: reading 1,000 tokens and writing npm's
// JSON. TD_BENCH_BASELINE_CLI=<another tokendesk-cli build> adds that program to the same
// alternation (same session, same sandbox) and prints it beside this build: a before/after under
// one load.
#include "BenchSpread.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/registry/TokenListPager.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>

using namespace td::test;

namespace {
const char kPassword[] = "sandbox-password";

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    // In microseconds: a change of a few tenths of a millisecond is what most steps make, and
    // whole milliseconds hid it.
    qint64 us = 0;
    qint64 cpuUs = 0; // user + system time of the program and its children

    // For a failure message: the exit code (-1: crashed or killed after 120 s), the time, and
    // the start of both outputs (npm at --loglevel=error may fail with nothing on stderr).
    QByteArray failure() const
    {
        return "exit code " + QByteArray::number(code) + " after "
            + QByteArray::number(double(us) / 1000, 'f', 1) + " ms; stderr: " + err.left(400)
            + "; stdout: " + out.left(400);
    }
};

// CPU time of the children waited for so far: beside the wall time, a figure the shared machine's
// load hardly moves.
qint64 childrenCpuUs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
}

Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    const qint64 cpuBefore = childrenCpuUs();
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
    Run run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), timer.nsecsElapsed() / 1000, childrenCpuUs() - cpuBefore};
    return run;
}

// The 1-, 5- and 15-minute load averages, printed beside the figures (the machine is shared).
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

// The median of microsecond figures, in milliseconds.
double medianMs(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return (n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0) / 1000;
}
} // namespace

class BenchCliTokenList : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;

    QUrl control(const char *path) const
    {
        return m_sandbox.url().resolved(QUrl(QLatin1String(path)));
    }

    QByteArray totpCode()
    {
        return httpCall("GET", control("-/sandbox/totp?username=maintainer"))
            .json()
            .object()
            .value(QLatin1String("code"))
            .toString()
            .toLatin1();
    }

private Q_SLOTS:
    void tokendeskVersusNpm()
    {
        TD_REQUIRE_HARNESS();
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        QVERIFY2(!npm.isEmpty(), "npm is not on PATH: the benchmark needs the real npm CLI");
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        QVERIFY2(!curl.isEmpty(), "curl is not on PATH: the benchmark needs it for the floor");
        const QString cli = programPath(QStringLiteral("tokendesk-cli"));
        QVERIFY2(QFile::exists(cli), qPrintable(cli));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

        // One user with an authenticator, then 1,000 tokens of his in one control call.
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("maintainer")},
                 {QStringLiteral("password"), QLatin1String(kPassword)},
                 {QStringLiteral("tfa"), QStringLiteral("totp")},
                 {QStringLiteral("totp_secret"), QStringLiteral("JBSWY3DPEHPK3PXP")}}}}};
        QCOMPARE(httpCall("POST", control("-/sandbox/reset"),
                          QJsonDocument(seed).toJson(QJsonDocument::Compact),
                          {{"content-type", "application/json"}})
                     .status,
                 200);
        const QJsonObject fill{{QStringLiteral("owner"), QStringLiteral("maintainer")},
                               {QStringLiteral("count"), 1000},
                               {QStringLiteral("name"), QStringLiteral("bench")}};
        QCOMPARE(httpCall("POST", control("-/sandbox/tokens/fill"),
                          QJsonDocument(fill).toJson(QJsonDocument::Compact),
                          {{"content-type", "application/json"}})
                     .status,
                 200);

        // tokendesk-cli: its own session, in its own XDG folders and the keychain.
        QProcessEnvironment cliEnv = QProcessEnvironment::systemEnvironment();
        cliEnv.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        cliEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        cliEnv.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        const QStringList registry{QStringLiteral("--registry"), m_sandbox.url().toString()};
        const Run login = runProgram(
            cli,
            registry
                + QStringList{QStringLiteral("login"), QStringLiteral("--auth-type"),
                              QStringLiteral("legacy"), QStringLiteral("--username"),
                              QStringLiteral("maintainer"), QStringLiteral("--password-stdin"),
                              QStringLiteral("--otp"), QString::fromLatin1(totpCode())},
            cliEnv, QByteArray(kPassword) + "\n");
        QVERIFY2(login.code == 0, login.failure().constData());

        // npm: a session from a legacy login (what `npm login --auth-type=legacy` stores), in a
        // private userconfig so the developer's ~/.npmrc is never read.
        const HttpReply session = httpCall(
            "PUT", control("-/user/org.couchdb.user:maintainer"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("_id"), QStringLiteral("org.couchdb.user:maintainer")},
                            {QStringLiteral("name"), QStringLiteral("maintainer")},
                            {QStringLiteral("password"), QLatin1String(kPassword)},
                            {QStringLiteral("type"), QStringLiteral("user")},
                            {QStringLiteral("roles"), QJsonArray()}})
                .toJson(QJsonDocument::Compact),
            {{"content-type", "application/json"}, {"npm-otp", totpCode()}});
        QVERIFY2(session.status == 201, session.body.constData());
        const QString npmToken = session.json().object().value(QLatin1String("token")).toString();
        const QString userconfig = m_home.filePath(QStringLiteral("bench.npmrc"));
        {
            QFile rc(userconfig);
            QVERIFY(rc.open(QIODevice::WriteOnly));
            rc.write(QStringLiteral("//127.0.0.1:%1/:_authToken=%2\n")
                         .arg(m_sandbox.url().port())
                         .arg(npmToken)
                         .toUtf8());
        }
        QProcessEnvironment npmEnv = QProcessEnvironment::systemEnvironment();
        for (const QString &name : npmEnv.keys())
            if (name.startsWith(QLatin1String("npm_"), Qt::CaseInsensitive))
                npmEnv.remove(name);
        npmEnv.insert(QStringLiteral("npm_config_cache"),
                      m_home.filePath(QStringLiteral("npm-cache")));
        const QStringList npmArgs{QStringLiteral("token"),
                                  QStringLiteral("list"),
                                  QStringLiteral("--json"),
                                  QStringLiteral("--registry=") + m_sandbox.url().toString(),
                                  QStringLiteral("--userconfig=") + userconfig,
                                  QStringLiteral("--no-update-notifier"),
                                  QStringLiteral("--loglevel=error")};
        const QStringList cliArgs = registry
            + QStringList{QStringLiteral("--json"), QStringLiteral("token"),
                          QStringLiteral("list")};

        // curl: the pages tokendesk-cli asks for, in one invocation (one connection), the
        // session in a config read from stdin (never in argv). It writes them to stdout, into the
        // same kind of pipe tokendesk-cli writes its list into; a second set-up writes them to
        // /dev/null, printed for reference (it does not pay for the pipe).
        const int perPage = td::TokenListPager::kPerPage;
        static_assert(td::TokenListPager::kPerPage >= 1000,
                      "curl's output is checked as one page of all 1,000 tokens");
        QByteArray curlConfig = "header = \"Authorization: Bearer " + npmToken.toUtf8() + "\"\n"
            + "header = \"Accept: application/json\"\nfail\nsilent\nshow-error\n";
        QByteArray curlDiscardConfig = curlConfig;
        for (int page = 0; page * perPage < 1000; ++page) {
            QByteArray target = "-/npm/v1/tokens?perPage=" + QByteArray::number(perPage);
            if (page > 0)
                target = "-/npm/v1/tokens?page=" + QByteArray::number(page)
                    + "&perPage=" + QByteArray::number(perPage);
            const QByteArray url = "url = \""
                + m_sandbox.url().resolved(QUrl(QString::fromLatin1(target))).toEncoded() + "\"\n";
            curlConfig += url;
            curlDiscardConfig += url + "output = \"/dev/null\"\n";
        }
        const QStringList curlArgs{QStringLiteral("--config"), QStringLiteral("-")};
        const Run probe
            = runProgram(curl, curlArgs, QProcessEnvironment::systemEnvironment(), curlConfig);
        QVERIFY2(probe.code == 0, probe.failure().constData());

        const int runs = qEnvironmentVariableIsSet("TD_BENCH_RUNS")
            ? std::max(1, qEnvironmentVariableIntValue("TD_BENCH_RUNS"))
            : 7;
        const QString baseline = qEnvironmentVariable("TD_BENCH_BASELINE_CLI");
        QVERIFY2(baseline.isEmpty() || QFile::exists(baseline), qPrintable(baseline));
        const QString loadBefore = loadAverage();
        // Each round runs every program once, starting one further along the list each time:
        // whichever runs right after npm's second-long run, or right after a program that loaded
        // the same libraries, changes from round to round (a fixed order favoured the second
        // tokendesk-cli by about 3 ms).
        enum class Output {
            NpmList,      // npm's JSON array of the 1,000 tokens
            RegistryPage, // the registry's page as it came (curl, bench_cli_floor)
            Discarded,    // curl writing to /dev/null
        };
        struct Contender
        {
            QString program;
            QStringList args;
            QProcessEnvironment env;
            QByteArray input;
            Output output = Output::NpmList;
            QList<qint64> us, cpu;
        };
        const QString floorProgram
            = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_cli_floor");
        QVERIFY2(QFile::exists(floorProgram), qPrintable(floorProgram));
        QList<Contender> contenders{
            {cli, cliArgs, cliEnv, {}, Output::NpmList, {}, {}},
            {npm, npmArgs, npmEnv, {}, Output::NpmList, {}, {}},
            {curl,
             curlArgs,
             QProcessEnvironment::systemEnvironment(),
             curlConfig,
             Output::RegistryPage,
             {},
             {}},
            {floorProgram, {m_sandbox.url().toString()}, cliEnv, {}, Output::RegistryPage, {}, {}},
            {curl,
             curlArgs,
             QProcessEnvironment::systemEnvironment(),
             curlDiscardConfig,
             Output::Discarded,
             {},
             {}}};
        if (!baseline.isEmpty())
            contenders.append({baseline, cliArgs, cliEnv, {}, Output::NpmList, {}, {}});
        for (int i = 0; i < runs; ++i) {
            for (qsizetype k = 0; k < contenders.size(); ++k) {
                Contender &c = contenders[(i + k) % contenders.size()];
                const Run run = runProgram(c.program, c.args, c.env, c.input);
                QVERIFY2(run.code == 0,
                         QByteArray(c.program.toUtf8() + ": " + run.failure()).constData());
                if (c.output == Output::NpmList)
                    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1000);
                if (c.output == Output::RegistryPage)
                    QCOMPARE(QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value(QLatin1String("objects"))
                                 .toArray()
                                 .size(),
                             1000);
                c.us.append(run.us);
                c.cpu.append(run.cpuUs);
            }
        }
        const QList<qint64> &tokendeskUs = contenders.at(0).us,
                            &tokendeskCpu = contenders.at(0).cpu;
        const QList<qint64> &npmUs = contenders.at(1).us, &npmCpu = contenders.at(1).cpu;
        const QList<qint64> &curlUs = contenders.at(2).us, &curlCpu = contenders.at(2).cpu;
        const QList<qint64> &floorUs = contenders.at(3).us, &floorCpu = contenders.at(3).cpu;
        const QList<qint64> &discardUs = contenders.at(4).us;
        const QList<qint64> baselineUs = baseline.isEmpty() ? QList<qint64>() : contenders.at(5).us;
        const QList<qint64> baselineCpu
            = baseline.isEmpty() ? QList<qint64>() : contenders.at(5).cpu;
        const double ours = medianMs(tokendeskUs), theirs = medianMs(npmUs),
                     floor = medianMs(curlUs);
        const auto join = [](const QList<qint64> &values) {
            QStringList parts;
            for (qint64 v : values)
                parts.append(QString::number(double(v) / 1000, 'f', 1));
            return parts.join(QLatin1Char(' '));
        };
        qInfo("token list --json over 1,000 tokens, medians of %d runs each (load average %s "
              "before, %s after):",
              runs, qPrintable(loadBefore), qPrintable(loadAverage()));
        qInfo(
            "  tokendesk-cli %.1f ms | npm token list %.0f ms | %.1f\u00d7 (goal \u2265 20\u00d7)",
            ours, theirs, theirs / ours);
        qInfo("  tokendesk-cli %.1f ms | curl one connection, the page on stdout %.1f ms | "
              "%.2f\u00d7 (goal \u2264 1.5\u00d7)",
              ours, floor, ours / floor);
        const Spread ratios = spread(perRound(tokendeskUs, curlUs, true));
        qInfo("  round by round, tokendesk-cli \u00f7 curl: median %.2f\u00d7 (middle half "
              "%.2f\u00d7 to %.2f\u00d7)",
              ratios.middle, ratios.low, ratios.high);
        qInfo(
            "  CPU time (user + system, medians): tokendesk-cli %.1f ms | npm token list %.0f ms | "
            "curl %.1f ms",
            medianMs(tokendeskCpu), medianMs(npmCpu), medianMs(curlCpu));
        const double reference = medianMs(floorUs);
        const Spread floorRatios = spread(perRound(floorUs, curlUs, true));
        const Spread aboveFloor = spread(perRound(tokendeskUs, floorUs, true));
        qInfo("  for reference, not a goal: the same libraries, keychain read and fetch, the "
              "registry's bytes written as they came (bench_cli_floor) %.1f ms | CPU time %.1f ms",
              reference, medianMs(floorCpu));
        qInfo("    round by round, it \u00f7 curl: median %.2f\u00d7 (middle half %.2f\u00d7 to "
              "%.2f\u00d7); tokendesk-cli \u00f7 it: median %.2f\u00d7 (middle half %.2f\u00d7 "
              "to %.2f\u00d7)",
              floorRatios.middle, floorRatios.low, floorRatios.high, aboveFloor.middle,
              aboveFloor.low, aboveFloor.high);
        const Spread aboveDiscard = spread(perRound(tokendeskUs, discardUs, true));
        qInfo("  for reference, not a goal: curl writing the page to /dev/null, no pipe %.1f ms; "
              "tokendesk-cli \u00f7 it: median %.2f\u00d7 (middle half %.2f\u00d7 to %.2f\u00d7)",
              medianMs(discardUs), aboveDiscard.middle, aboveDiscard.low, aboveDiscard.high);
        qInfo("  runs (ms): tokendesk-cli [%s], npm [%s], curl [%s], reference [%s], curl to "
              "/dev/null [%s]",
              qPrintable(join(tokendeskUs)), qPrintable(join(npmUs)), qPrintable(join(curlUs)),
              qPrintable(join(floorUs)), qPrintable(join(discardUs)));
        if (!baseline.isEmpty()) {
            const double before = medianMs(baselineUs);
            qInfo("  baseline %s %.1f ms [%s] | this build %.1f ms | npm %.1f\u00d7 and curl "
                  "%.2f\u00d7 for the baseline | CPU time: baseline %.1f ms, this build %.1f ms",
                  qPrintable(baseline), before, qPrintable(join(baselineUs)), ours, theirs / before,
                  before / floor, medianMs(baselineCpu), medianMs(tokendeskCpu));
            const Spread change = spread(perRound(tokendeskUs, baselineUs, false));
            qInfo("  this build \u2212 baseline, round by round: median %+.2f ms (middle half "
                  "%+.2f to %+.2f ms)",
                  change.middle / 1000, change.low / 1000, change.high / 1000);
        }
    }
};

QTEST_GUILESS_MAIN(BenchCliTokenList)
#include "cli_token_list_bench.moc"
