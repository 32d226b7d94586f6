// SPDX-License-Identifier: GPL-3.0-or-later
// The fault battery of issue 12 (Done-when #2): the real tokendesk-cli against the real
// tokendesk-sandbox for token list/create/revoke, migrate --apply and trust github, each with
// every fault kind of FaultKinds.h injected into its main request. Every cell must end with no
// lost token (live on the registry, made during the cell, not in the keychain), nothing sent to
// another origin, no crash, no hang, a failure said in exactly one stderr line, and no "false
// success" (token revoke exits 0 while the sandbox still has the token live). The table
// goes to stdout and to <build>/fault-battery.md.
#include "FaultBatteryWorld.h"
#include "FaultKinds.h"
#include "Harness.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

struct Prepared
{
    QStringList args;
    QByteArray input;
    QString revokes; // the key of the token the command must have revoked when it exits 0
};

struct BatteryCommand
{
    QString name;
    QString method;
    QString path;
    std::function<Prepared(FaultBatteryWorld &, int cell)> prepare;
};

const QByteArray kPasswordLine = "sandbox-password\n";

QList<BatteryCommand> batteryCommands()
{
    static QSet<QString> trustedPackages; // a package gets one trusted publisher at most
    return {
        {QStringLiteral("token list"), QStringLiteral("GET"), QStringLiteral("/-/npm/v1/tokens"),
         [](FaultBatteryWorld &, int) {
             return Prepared{{QStringLiteral("token"), QStringLiteral("list")}, {}, {}};
         }},
        {QStringLiteral("token create"), QStringLiteral("POST"), QStringLiteral("/-/npm/v1/tokens"),
         [](FaultBatteryWorld &w, int cell) {
             return Prepared{{QStringLiteral("token"), QStringLiteral("create"),
                              QStringLiteral("--name"), QStringLiteral("battery-%1").arg(cell),
                              QStringLiteral("--packages-all"), QStringLiteral("--password-stdin"),
                              QStringLiteral("--otp"), w.otp()},
                             kPasswordLine,
                             {}};
         }},
        {QStringLiteral("token revoke"), QStringLiteral("DELETE"),
         QStringLiteral("/-/npm/v1/tokens/token/*"),
         [](FaultBatteryWorld &w, int cell) {
             const QString key = w.createGranularToken(QStringLiteral("to-revoke-%1").arg(cell));
             return Prepared{{QStringLiteral("token"), QStringLiteral("revoke"), key,
                              QStringLiteral("--otp"), w.otp()},
                             {},
                             key};
         }},
        {QStringLiteral("migrate --apply"), QStringLiteral("POST"),
         QStringLiteral("/-/npm/v1/tokens"),
         [](FaultBatteryWorld &w, int) {
             if (!w.prepareMigration())
                 qWarning("could not prepare the migration");
             return Prepared{{QStringLiteral("migrate"), QStringLiteral("--apply"),
                              QStringLiteral("--project"), w.project(),
                              QStringLiteral("--password-stdin"), QStringLiteral("--otp"), w.otp()},
                             kPasswordLine,
                             {}};
         }},
        {QStringLiteral("trust github"), QStringLiteral("POST"),
         QStringLiteral("/-/package/*/trust"),
         [](FaultBatteryWorld &w, int) {
             const QString package = w.packageWithoutTrust(trustedPackages);
             trustedPackages.insert(package);
             return Prepared{{QStringLiteral("trust"), QStringLiteral("github"), package,
                              QStringLiteral("--repo"), QStringLiteral("acme/battery"),
                              QStringLiteral("--file"), QStringLiteral("publish.yml"),
                              QStringLiteral("--otp"), w.otp()},
                             {},
                             {}};
         }},
    };
}

struct Cell
{
    QString command;
    QString fault;
    BatteryRun run;
    int stderrLines = 0;
    bool oneClearLine = true;
    int leaks = 0;
    int lostTokens = 0;
    // Exit 0 although the token the command was to revoke still works on the registry.
    bool falseSuccess = false;
};

QList<QByteArray> nonEmptyLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : text.split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(line);
    return lines;
}

QString markdown(const QList<Cell> &cells)
{
    QString out = QStringLiteral(
        "| command | fault | exit | crashed | hung | ms | stderr lines | one clear line | "
        "other origin got | lost tokens | false success | stderr "
        "|\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Cell &c : cells) {
        QString line = QString::fromUtf8(nonEmptyLines(c.run.err).value(0)).left(160);
        line.replace(QLatin1Char('|'), QLatin1Char('/'));
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 |\n")
                   .arg(c.command, c.fault, QString::number(c.run.exitCode),
                        c.run.crashed ? QStringLiteral("**yes**") : QStringLiteral("no"),
                        c.run.hung ? QStringLiteral("**yes**") : QStringLiteral("no"),
                        QString::number(c.run.ms), QString::number(c.stderrLines),
                        c.oneClearLine ? QStringLiteral("yes") : QStringLiteral("**no**"),
                        QString::number(c.leaks), QString::number(c.lostTokens),
                        c.falseSuccess ? QStringLiteral("**yes**") : QStringLiteral("no"), line);
    }
    return out;
}

} // namespace

class TestFaultBattery : public QObject
{
    Q_OBJECT

    FaultBatteryWorld m_world;
    QList<Cell> m_cells;
    int m_cellNumber = 0;

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QString why;
        QVERIFY2(m_world.start(&why), qPrintable(why));
    }

    void cleanupTestCase()
    {
        const QString table = markdown(m_cells);
        QTextStream(stdout) << "\n" << table << Qt::endl;
        QFile file(QStringLiteral(TD_BINARY_DIR "/fault-battery.md"));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(table.toUtf8());
    }

    void cell_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<int>("fault");
        const QList<FaultKind> kinds = faultKinds(QUrl(QStringLiteral("http://127.0.0.1/")));
        const QList<BatteryCommand> commands = batteryCommands();
        for (int c = 0; c < commands.size(); ++c)
            for (int f = 0; f < kinds.size(); ++f)
                QTest::addRow("%s / %s", qPrintable(commands[c].name), qPrintable(kinds[f].name))
                    << c << f;
    }

    void cell()
    {
        QFETCH(int, command);
        QFETCH(int, fault);
        const BatteryCommand cmd = batteryCommands().at(command);
        const FaultKind kind = faultKinds(m_world.otherOrigin()).at(fault);
        m_world.clearFaults();
        m_world.clearOtherOrigin();
        const Prepared prepared = cmd.prepare(m_world, ++m_cellNumber);
        const QSet<QString> before = m_world.liveTokenKeys();
        QJsonObject rule = kind.rule;
        rule.insert(QStringLiteral("method"), cmd.method);
        rule.insert(QStringLiteral("path"), cmd.path);
        QVERIFY(m_world.setFault(rule));

        Cell result{cmd.name, kind.name, m_world.cli(prepared.args, prepared.input)};
        m_world.clearFaults();

        const QList<QByteArray> lines = nonEmptyLines(result.run.err);
        result.stderrLines = int(lines.size());
        result.oneClearLine = result.run.exitCode == 0
            || (lines.size() == 1 && lines.first().startsWith("tokendesk-cli: "));
        result.leaks = m_world.leaksToOtherOrigin();
        for (const QString &key : m_world.liveTokenKeys() - before)
            if (!m_world.inKeychain(key))
                ++result.lostTokens;
        // Success must mean the token is gone: ask the registry's own state, not the CLI.
        result.falseSuccess = result.run.exitCode == 0 && !prepared.revokes.isEmpty()
            && m_world.liveTokenKeys().contains(prepared.revokes);
        m_cells.append(result);
        if (result.run.err.contains("ENEEDAUTH") || kind.name == QLatin1String("401"))
            QVERIFY(m_world.signIn()); // the next cell starts signed in

        const QByteArray said = result.run.err.left(600);
        QVERIFY2(!result.run.crashed, said.constData());
        QVERIFY2(!result.run.hung, said.constData());
        QCOMPARE(result.leaks, 0);
        QVERIFY2(result.lostTokens == 0, said.constData());
        QVERIFY2(
            !result.falseSuccess,
            qPrintable(QStringLiteral("exit 0 but token %1 still works").arg(prepared.revokes)));
        QVERIFY2(result.oneClearLine, said.constData());
    }
};

QTEST_GUILESS_MAIN(TestFaultBattery)
#include "tst_fault_battery.moc"
