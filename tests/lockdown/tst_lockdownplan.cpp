// SPDX-License-Identifier: GPL-3.0-or-later
// LockdownPlan: from what is known, which steps of publish-watch.md §5 apply (in that order),
// their writes, and why a step does not apply; unticking a step drops its writes.
#include "core/lockdown/LockdownPlan.h"

#include <QTest>

using namespace td;

namespace {
const QDateTime kNow(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

// @acme/ui: 1.1.0 good, 1.1.1 bad (latest), published an hour ago, two maintainers, one abused
// trust config and one clean, a pending stage; three tokens, one verified in the user's CI.
LockdownFacts incident()
{
    LockdownPackage p;
    p.name = QStringLiteral("@acme/ui");
    p.maintainers = {QStringLiteral("alice"), QStringLiteral("mallory")};
    p.lastGoodVersion = QStringLiteral("1.1.0");
    p.badVersions = {QStringLiteral("1.1.1")};
    p.distTags = {{QStringLiteral("latest"), QStringLiteral("1.1.1")},
                  {QStringLiteral("next"), QStringLiteral("2.0.0-beta.1")}};
    p.publishedAt = {{QStringLiteral("1.1.1"), kNow.addSecs(-3600)}};
    p.hasDependents = false;
    p.trustConfigs
        = {{QStringLiteral("oidc:1"), QStringLiteral("GitHub acme/ui release.yml"), true},
           {QStringLiteral("oidc:2"), QStringLiteral("GitLab acme/ui"), false}};
    p.trustConfigsReadAt = kNow.addDays(-1);
    p.staged = {{QStringLiteral("stage-1"), QStringLiteral("1.1.2")}};
    p.publishRequiresTfa = false;
    LockdownFacts facts;
    facts.packages = {p};
    facts.expectedMaintainers = {QStringLiteral("alice")};
    facts.tokens = {{QStringLiteral("k1"), QStringLiteral("laptop"), false, {}, false},
                    {QStringLiteral("k2"), QStringLiteral("ci-publish"), true,
                     QStringLiteral("GitHub acme/ui NPM_TOKEN"), false},
                    {QStringLiteral("k3"), QStringLiteral("old"), false, {}, false}};
    facts.tokensKnown = true;
    facts.now = kNow;
    return facts;
}

using Change = std::function<void(LockdownFacts &)>;
} // namespace

Q_DECLARE_METATYPE(Change)

class TestLockdownPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFullIncidentInOrder()
    {
        const LockdownPlan plan = LockdownPlan::build(incident());
        QStringList labels;
        const QList<LockdownAction> runnable = plan.runnableActions();
        for (const LockdownAction &a : runnable)
            labels << a.label;
        QCOMPARE(labels,
                 (QStringList{
                     QStringLiteral("@acme/ui: require 2FA, disallow tokens"),
                     QStringLiteral("@acme/ui: revoke GitHub acme/ui release.yml"),
                     QStringLiteral("revoke laptop"),
                     QStringLiteral("revoke old"),
                     QStringLiteral("@acme/ui: remove maintainer mallory"),
                     QStringLiteral("@acme/ui: reject staged 1.1.2"),
                     QStringLiteral("@acme/ui: latest → 1.1.0"),
                     QStringLiteral("@acme/ui@1.1.1: deprecate"),
                 }));
        // The CI token is kept and said so; the clean trust config too.
        QVERIFY(plan.step(LockdownStepKind::RevokeTokens)
                    .notes.join(u'\n')
                    .contains(
                        QLatin1String("ci-publish (verified in use by GitHub acme/ui NPM_TOKEN)")));
        QVERIFY(plan.step(LockdownStepKind::RevokeTrust)
                    .notes.join(u'\n')
                    .contains(QLatin1String("GitLab acme/ui kept")));
        // Unpublish is allowed (an hour old, no dependents) but never ticked by default.
        const LockdownStep &unpublish = plan.step(LockdownStepKind::Unpublish);
        QVERIFY(unpublish.applies);
        QVERIFY(!unpublish.ticked);
        QCOMPARE(plan.step(LockdownStepKind::Deprecate).actions.constFirst().value,
                 QStringLiteral("Compromised release, published without the maintainers' "
                                "consent. Use 1.1.0."));
    }

    void whichStepsApply_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("actions");
        QTest::addColumn<QString>("whyNot"); // part of it; empty when the step applies

        QTest::newRow("2fa already required") << Change([](LockdownFacts &f) {
            f.packages[0].publishRequiresTfa = true;
            f.packages[0].tokensOverrideTfa = false;
        }) << "require-2fa" << 0 << "already requires 2FA";
        QTest::newRow("2fa on but tokens still override") << Change([](LockdownFacts &f) {
            f.packages[0].publishRequiresTfa = true;
            f.packages[0].tokensOverrideTfa = true;
        }) << "require-2fa" << 1 << "";
        QTest::newRow("no trust config")
            << Change([](LockdownFacts &f) { f.packages[0].trustConfigs.clear(); })
            << "revoke-trust" << 0 << "No package has a trusted publisher";
        QTest::newRow("trust configs never read") << Change([](LockdownFacts &f) {
            f.packages[0].trustConfigs.clear();
            f.packages[0].trustConfigsReadAt = {};
        }) << "revoke-trust" << 0 << "has not read the trusted publishers of @acme/ui";
        QTest::newRow("trust not abused")
            << Change([](LockdownFacts &f) { f.packages[0].trustConfigs[0].abused = false; })
            << "revoke-trust" << 0 << "No trusted publisher published a bad version";
        QTest::newRow("published by token: the trusted publisher is kept")
            << Change([](LockdownFacts &f) {
                   f.packages[0].trustConfigs[0].abused = false;
                   f.packages[0].badVersionTrustIds = {{QStringLiteral("1.1.1"), QString()}};
               })
            << "revoke-trust" << 0
            << "@acme/ui@1.1.1 was published with a token, not through the trusted publisher: "
               "keep it";
        QTest::newRow("mallory added after the last good version") << Change([](LockdownFacts &f) {
            f.expectedMaintainers.clear();
            f.packages[0].expectedMaintainers = {QStringLiteral("alice")};
        }) << "remove-maintainers" << 1 << "";
        QTest::newRow("tokens unknown") << Change([](LockdownFacts &f) { f.tokensKnown = false; })
                                        << "revoke-tokens" << 0 << "sign in to list them";
        QTest::newRow("revoke all tokens")
            << Change([](LockdownFacts &f) { f.keepVerifiedCiTokens = false; }) << "revoke-tokens"
            << 3 << "";
        QTest::newRow("only CI tokens")
            << Change([](LockdownFacts &f) { f.tokens = {f.tokens[1]}; }) << "revoke-tokens" << 0
            << "verified in use by your own CI";
        QTest::newRow("the lockdown's own session is kept") << Change([](LockdownFacts &f) {
            f.keepVerifiedCiTokens = false;
            f.tokens[0].usedByThisLockdown = true;
        }) << "revoke-tokens" << 2 << "";
        QTest::newRow("no expected maintainers")
            << Change([](LockdownFacts &f) { f.expectedMaintainers.clear(); })
            << "remove-maintainers" << 0 << "removes no one";
        QTest::newRow("all maintainers expected")
            << Change([](LockdownFacts &f) { f.expectedMaintainers << QStringLiteral("mallory"); })
            << "remove-maintainers" << 0 << "Every maintainer is expected";
        QTest::newRow("never the last maintainer")
            << Change([](LockdownFacts &f) { f.expectedMaintainers = {QStringLiteral("bob")}; })
            << "remove-maintainers" << 0 << "No expected maintainer would be left";
        QTest::newRow("nothing staged")
            << Change([](LockdownFacts &f) { f.packages[0].staged.clear(); }) << "reject-staged"
            << 0 << "No staged version is pending";
        QTest::newRow("tags already good") << Change([](LockdownFacts &f) {
            f.packages[0].distTags[QStringLiteral("latest")] = QStringLiteral("1.1.0");
        }) << "move-tags" << 0 << "No dist-tag points at a bad version";
        QTest::newRow("no good version")
            << Change([](LockdownFacts &f) { f.packages[0].lastGoodVersion.clear(); })
            << "move-tags" << 0 << "No good version";
        QTest::newRow("two bad versions deprecated") << Change([](LockdownFacts &f) {
            f.packages[0].badVersions << QStringLiteral("1.1.2");
        }) << "deprecate" << 2 << "";
        QTest::newRow("one of two bad versions already deprecated") << Change([](LockdownFacts &f) {
            f.packages[0].badVersions << QStringLiteral("1.1.2");
            f.packages[0].deprecatedBadVersions << QStringLiteral("1.1.1");
        }) << "deprecate" << 1 << "";
        QTest::newRow("every bad version already deprecated") << Change([](LockdownFacts &f) {
            f.packages[0].deprecatedBadVersions << QStringLiteral("1.1.1");
        }) << "deprecate" << 0 << "already deprecated";
        QTest::newRow("unpublish after 72 hours") << Change([](LockdownFacts &f) {
            f.packages[0].publishedAt[QStringLiteral("1.1.1")] = kNow.addDays(-4);
        }) << "unpublish" << 0 << "published more than 72 hours ago";
        QTest::newRow("unpublish with dependents")
            << Change([](LockdownFacts &f) { f.packages[0].hasDependents = true; }) << "unpublish"
            << 0 << "other packages depend on it";
        QTest::newRow("unpublish, dependents unknown")
            << Change([](LockdownFacts &f) { f.packages[0].hasDependents.reset(); }) << "unpublish"
            << 0 << "cannot tell whether other packages depend on it";
    }
    void whichStepsApply()
    {
        QFETCH(Change, change);
        QFETCH(QString, step);
        QFETCH(int, actions);
        QFETCH(QString, whyNot);
        LockdownFacts facts = incident();
        change(facts);
        const LockdownPlan plan = LockdownPlan::build(facts);
        const auto kind = lockdownStepFromId(step);
        QVERIFY(kind);
        const LockdownStep &s = plan.step(*kind);
        QCOMPARE(s.kind, *kind);
        QCOMPARE(int(s.actions.size()), actions);
        QCOMPARE(s.applies, actions > 0);
        if (whyNot.isEmpty())
            QVERIFY(s.whyNot.isEmpty());
        else
            QVERIFY2(s.whyNot.contains(whyNot), qPrintable(s.whyNot));
        QVERIFY(plan.describe().contains(QStringLiteral("(%1)").arg(step)));
    }

    // TanStack: the bad version came through the trusted publisher (valid provenance from a
    // poisoned run). Its oidcConfigId names the config to revoke, even one TokenDesk never read.
    void revokesTheConfigThatPublished_data()
    {
        QTest::addColumn<QStringList>("remembered");
        QTest::addColumn<QString>("revoked");
        QTest::newRow("remembered config")
            << QStringList{QStringLiteral("oidc:1"), QStringLiteral("oidc:2")} << "oidc:2";
        QTest::newRow("nothing remembered") << QStringList{} << "oidc:2";
    }
    void revokesTheConfigThatPublished()
    {
        QFETCH(QStringList, remembered);
        QFETCH(QString, revoked);
        LockdownFacts facts = incident();
        LockdownPackage &p = facts.packages[0];
        p.trustConfigs.clear();
        for (const QString &id : std::as_const(remembered))
            p.trustConfigs.append({id, QStringLiteral("config %1").arg(id), false});
        p.badVersionTrustIds = {{QStringLiteral("1.1.1"), QStringLiteral("oidc:2")}};
        const LockdownPlan plan = LockdownPlan::build(facts);
        const LockdownStep &step = plan.step(LockdownStepKind::RevokeTrust);
        QVERIFY(step.applies);
        QCOMPARE(step.actions.size(), 1);
        QCOMPARE(step.actions.constFirst().target, revoked);
        QCOMPARE(step.actions.constFirst().package, QStringLiteral("@acme/ui"));
    }

    void aSkippedStepWritesNothing()
    {
        LockdownPlan plan = LockdownPlan::build(incident());
        QVERIFY(plan.skip(QStringLiteral("revoke-tokens")));
        QVERIFY(!plan.skip(QStringLiteral("no-such-step")));
        const QList<LockdownAction> runnable = plan.runnableActions();
        for (const LockdownAction &a : runnable)
            QVERIFY(a.kind != LockdownAction::Kind::RevokeToken);
        QVERIFY(plan.describe().contains(QLatin1String("[ ] Revoke tokens (revoke-tokens)")));
    }

    void stepIdsRoundTrip()
    {
        for (int i = 0; i <= int(LockdownStepKind::Unpublish); ++i) {
            const auto kind = LockdownStepKind(i);
            QCOMPARE(lockdownStepFromId(lockdownStepId(kind)), std::optional(kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestLockdownPlan)
#include "tst_lockdownplan.moc"
