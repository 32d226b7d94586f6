// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's last "done when": with `tokendesk-sandbox --era 2027-01` (npm's January 2027
// cut-over), the real npm's direct publish with the bypass-2FA token fails, and TokenDesk had
// warned about exactly that package beforehand. "Beforehand" is `tokendesk-cli publishing`, run
// first: its verdict comes from the tokens and trust configs, not from the era. Then every
// token of the demo user "releaser" tries a direct `npm publish` of each package it covers:
// every package whose direct publish the cut-over broke is among those TokenDesk called at risk,
// and every package it called ready still ships (the stage-only token stages; OIDC is untouched).
#include "CliSandboxFixture.h"
#include "NpmCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace td::test;

namespace {

QString releaserOtp()
{
    return QString::fromLatin1(totp("OJSWYZLBONSXEMRQ", QDateTime::currentDateTimeUtc()));
}

struct DemoToken
{
    const char *secret;
    const char *package; // the one package it covers (app/sandbox/README.md)
};
const DemoToken kBypass{"npm_SandboxReleaserBypass000000000000000", "@releaser/via-bypass-token"};
const DemoToken kDirect{"npm_SandboxReleaserDirect000000000000000", "@releaser/via-direct-token"};
const DemoToken kStage{"npm_SandboxReleaserStageOnly000000000000", "@releaser/via-stage-token"};

} // namespace

class TstEra2027WarnedE2e : public QObject
{
    Q_OBJECT
    CliSandbox m_world;
    QSet<QString> m_atRisk;
    QSet<QString> m_ready;

    NpmRun npm(const QStringList &args, const DemoToken &token, const QString &version)
    {
        const NpmCli cli(m_world.home.path());
        const QString rc = cli.writeTokenRc(m_world.sandbox.url(), QStringLiteral("t.npmrc"),
                                            QLatin1String(token.secret));
        const QString dir = cli.writePackage(QLatin1String(token.package), version);
        return cli.run(args + NpmCli::commonArgs(m_world.sandbox.url(), rc), {}, dir);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_world.home.isValid());
        const QString problem = NpmCli::versionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(m_world.sandbox.start({QStringLiteral("--era"), QStringLiteral("2027-01")}),
                 qPrintable(m_world.sandbox.errorString()));
        const CliRun login = m_world.cli(
            {QStringLiteral("login"), QStringLiteral("--auth-type"), QStringLiteral("legacy"),
             QStringLiteral("--username"), QStringLiteral("releaser"),
             QStringLiteral("--password-stdin"), QStringLiteral("--otp"), releaserOtp()},
            "releaser-password\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

    void tokendeskWarnsFirst()
    {
        const CliRun r = m_world.cli({QStringLiteral("--json"), QStringLiteral("publishing")});
        QVERIFY2(r.exitCode == 1, QByteArray(r.out + r.err).constData()); // something at risk
        const QJsonArray packages
            = QJsonDocument::fromJson(r.out).object().value(QLatin1String("packages")).toArray();
        QCOMPARE(packages.size(), 6);
        for (const QJsonValue &value : packages) {
            const QJsonObject p = value.toObject();
            const QString verdict = p.value(QLatin1String("verdict")).toString();
            const QString name = p.value(QLatin1String("package")).toString();
            if (verdict == QLatin1String("at-risk"))
                m_atRisk.insert(name);
            else if (verdict == QLatin1String("ready"))
                m_ready.insert(name);
        }
        QVERIFY(m_atRisk.contains(QLatin1String(kBypass.package)));
        QVERIFY(m_atRisk.contains(QLatin1String(kDirect.package)));
        QVERIFY(m_ready.contains(QLatin1String(kStage.package)));
    }

    void theCutOverBreaksOnlyWhatWasWarnedAbout()
    {
        QVERIFY(!m_atRisk.isEmpty()); // tokendeskWarnsFirst ran
        // The bypass token's direct publish: refused by the cut-over, and it was warned about.
        const NpmRun bypass = npm({QStringLiteral("publish")}, kBypass, QStringLiteral("1.0.8"));
        QVERIFY(bypass.exitCode != 0);
        QVERIFY2(bypass.output.contains(QLatin1String("E_BYPASS_PUBLISH_ENDED")),
                 qPrintable(bypass.output));
        QVERIFY(m_atRisk.contains(QLatin1String(kBypass.package)));
        // npm's docs word the end wider than its CLI (every direct-publish token): TokenDesk
        // warns about the direct token too, although this sandbox still lets it publish.
        const NpmRun direct = npm({QStringLiteral("publish")}, kDirect, QStringLiteral("3.0.3"));
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.output));
        // What TokenDesk called ready keeps shipping after the cut-over.
        const NpmRun staged = npm({QStringLiteral("stage"), QStringLiteral("publish")}, kStage,
                                  QStringLiteral("2.1.1"));
        QVERIFY2(staged.exitCode == 0, qPrintable(staged.output));
        QVERIFY(m_ready.contains(QLatin1String(kStage.package)));
    }
};

QTEST_MAIN(TstEra2027WarnedE2e)
#include "tst_era2027_warned_e2e.moc"
