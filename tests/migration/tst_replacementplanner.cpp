// SPDX-License-Identifier: GPL-3.0-or-later
// ReplacementPlanner: one row per token in use, the proposal per kind and use, changeable choices.
#include "core/migration/ReplacementPlanner.h"

#include <QTest>

using namespace td;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

TokenUse use(TokenKind kind, MatchOutcome outcome, CredentialForm form,
             const QString &tokenKey = QStringLiteral("k1"))
{
    TokenUse u;
    u.finding.form = form;
    u.finding.source = form == CredentialForm::CiSecret ? CredentialSource::GitHubWorkflow
                                                        : CredentialSource::UserConfig;
    u.finding.file = QStringLiteral("/home/jane/.npmrc");
    u.finding.line = 1;
    u.finding.variable = QStringLiteral("NPM_TOKEN");
    u.finding.registry = QStringLiteral("//registry.npmjs.org/");
    u.match.outcome = outcome;
    Token token;
    token.key = tokenKey;
    token.kind = kind;
    token.name = QStringLiteral("old");
    token.bypass2fa = kind == TokenKind::GranularBypass2fa;
    token.created = kNow.addDays(-80);
    token.expires = kNow.addDays(10);
    if (outcome == MatchOutcome::MatchesToken || outcome == MatchOutcome::Dead)
        u.match.token = token;
    return u;
}

ReplacementPlanner planner()
{
    return ReplacementPlanner(
        {QStringLiteral("jane"), {QStringLiteral("left-pad"), QStringLiteral("@jane/ui")}, kNow});
}

} // namespace

class TestReplacementPlanner : public QObject
{
    Q_OBJECT
private slots:
    void proposals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("form");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("january2027Warning");
        const int matches = int(MatchOutcome::MatchesToken);
        const int file = int(CredentialForm::AuthToken), ci = int(CredentialForm::CiSecret);
        QTest::newRow("classic publish, laptop")
            << int(TokenKind::ClassicPublish) << matches << file
            << QStringLiteral("create-read-write") << false;
        QTest::newRow("classic publish, CI") << int(TokenKind::ClassicPublish) << matches << ci
                                             << QStringLiteral("trusted-publishing") << false;
        QTest::newRow("classic read-only") << int(TokenKind::ClassicReadOnly) << matches << file
                                           << QStringLiteral("create-read-only") << false;
        QTest::newRow("classic automation") << int(TokenKind::ClassicAutomation) << matches << ci
                                            << QStringLiteral("create-bypass-2fa") << true;
        QTest::newRow("dead") << int(TokenKind::GranularReadWrite) << int(MatchOutcome::Dead)
                              << file << QStringLiteral("remove-line") << false;
        QTest::newRow("bypass-2FA, laptop") << int(TokenKind::GranularBypass2fa) << matches << file
                                            << QStringLiteral("create-stage-only") << false;
        QTest::newRow("bypass-2FA, CI") << int(TokenKind::GranularBypass2fa) << matches << ci
                                        << QStringLiteral("trusted-publishing") << false;
        QTest::newRow("granular expiring") << int(TokenKind::GranularReadWrite) << matches << file
                                           << QStringLiteral("rotate") << false;
        QTest::newRow("unknown registry")
            << int(TokenKind::Unknown) << int(MatchOutcome::UnknownRegistry) << file
            << QStringLiteral("keep") << false;
    }
    void proposals()
    {
        QFETCH(int, kind);
        QFETCH(int, outcome);
        QFETCH(int, form);
        QFETCH(QString, action);
        QFETCH(bool, january2027Warning);
        const QList<PlanRow> rows
            = planner().plan({use(TokenKind(kind), MatchOutcome(outcome), CredentialForm(form))});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(planActionId(rows.first().action), action);
        QCOMPARE(rows.first().choices.first(), rows.first().action);
        QCOMPARE(rows.first().warnings.join(QString()).contains(QLatin1String("January 2027")),
                 january2027Warning);
    }

    void specsLimitWriteTokensToTheUsersPackages()
    {
        PlanRow row = planner()
                          .plan({use(TokenKind::ClassicPublish, MatchOutcome::MatchesToken,
                                     CredentialForm::AuthToken)})
                          .first();
        QCOMPARE(row.spec.packagesPermission, Permission::ReadWrite);
        QCOMPARE(row.spec.packages,
                 (QStringList{QStringLiteral("left-pad"), QStringLiteral("@jane/ui")}));
        QVERIFY(!row.spec.allPackages);
        QVERIFY(!row.spec.bypass2fa);
        QVERIFY(row.spec.expiresDays >= 1 && row.spec.expiresDays <= 90);

        PlanRow automation = planner()
                                 .plan({use(TokenKind::ClassicAutomation,
                                            MatchOutcome::MatchesToken, CredentialForm::CiSecret)})
                                 .first();
        QVERIFY(automation.spec.bypass2fa);
        QVERIFY(automation.choices.contains(PlanAction::TrustedPublishing));
        QVERIFY(automation.choices.contains(PlanAction::CreateStageOnly));
        QVERIFY(automation.notes.join(QString()).contains(QLatin1String("NPM_TOKEN")));
    }

    void oneRowPerTokenInUse()
    {
        const QList<PlanRow> rows = planner().plan({
            use(TokenKind::ClassicPublish, MatchOutcome::MatchesToken, CredentialForm::AuthToken,
                QStringLiteral("a")),
            use(TokenKind::ClassicReadOnly, MatchOutcome::MatchesToken, CredentialForm::AuthToken,
                QStringLiteral("b")),
            use(TokenKind::ClassicPublish, MatchOutcome::MatchesToken, CredentialForm::CiSecret,
                QStringLiteral("a")),
        });
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).references.size(), 2);
        // Used on the laptop as well as in CI: not CI-only, so a token is proposed.
        QCOMPARE(rows.at(0).action, PlanAction::CreateReadWrite);
    }

    void choicesCanBeChangedButOnlyToOffered()
    {
        PlanRow row = planner()
                          .plan({use(TokenKind::ClassicAutomation, MatchOutcome::MatchesToken,
                                     CredentialForm::CiSecret)})
                          .first();
        QVERIFY(planner().choose(row, PlanAction::CreateStageOnly));
        QCOMPARE(row.spec.packagesPermission, Permission::ReadWriteStageOnly);
        QVERIFY(!row.spec.bypass2fa);
        QVERIFY(!planner().choose(row, PlanAction::RemoveLine));
        QCOMPARE(row.action, PlanAction::CreateStageOnly);
    }

    void rotationKeepsGrantsWithFreshExpiry()
    {
        Token token;
        token.key = QStringLiteral("uuid");
        token.name = QStringLiteral("ci-publish");
        token.kind = TokenKind::GranularReadWrite;
        token.packagesPermission = Permission::ReadWrite;
        token.packages = {QStringLiteral("left-pad")};
        token.cidr = {QStringLiteral("10.0.0.0/8")};
        token.created = kNow.addDays(-30);
        token.expires = kNow.addDays(2);
        const PlanRow row = planner().rotation(token, {});
        QCOMPARE(row.action, PlanAction::Rotate);
        QCOMPARE(row.spec.name, QStringLiteral("ci-publish"));
        QCOMPARE(row.spec.packages, token.packages);
        QCOMPARE(row.spec.cidr, token.cidr);
        QCOMPARE(row.spec.expiresDays, 32);
    }

    void ciSecretJoinsTheTokenHeldInTheSameVariable()
    {
        // NPM_TOKEN is exported here with a classic token, and release.yml uses secrets.NPM_TOKEN:
        // the CI secret comes first in scan order, has no value, and still joins that token's row.
        TokenUse ci = use(TokenKind::ClassicAutomation, MatchOutcome::NotCheckable,
                          CredentialForm::CiSecret);
        TokenUse exported = use(TokenKind::ClassicAutomation, MatchOutcome::MatchesToken,
                                CredentialForm::Environment);
        exported.finding.source = CredentialSource::Environment;
        TokenUse otherCi = ci;
        otherCi.finding.variable = QStringLiteral("OTHER_TOKEN");
        const QList<PlanRow> rows = planner().plan({ci, exported, otherCi});
        QCOMPARE(rows.size(), 2);
        const PlanRow &row = rows.first();
        QVERIFY(row.oldToken.has_value());
        QCOMPARE(row.oldToken->key, QStringLiteral("k1"));
        QCOMPARE(row.references.size(), 2);
        QVERIFY(row.hasManualReferences());
        QVERIFY(!row.usedByCiOnly());
        QVERIFY(!rows.last().oldToken.has_value()); // OTHER_TOKEN: nothing here holds it
    }
};

QTEST_GUILESS_MAIN(TestReplacementPlanner)
#include "tst_replacementplanner.moc"
