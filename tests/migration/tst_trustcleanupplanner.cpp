// SPDX-License-Identifier: GPL-3.0-or-later
// ReplacementPlanner::planAfterTrustedPublishing: the trust wizard's clean-up. Packages that now
// publish through OIDC no longer need write tokens: a token for exactly those is revoked, one that
// also serves other packages is replaced by one without them, read-only tokens are untouched.
#include "core/migration/ReplacementPlanner.h"

#include <QTest>

using namespace td;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
const QStringList kOidc{QStringLiteral("left-pad"), QStringLiteral("@jane/ui")};

Token token(const QString &key, TokenKind kind, const QStringList &packages,
            bool allPackages = false, const QStringList &scopes = {})
{
    Token t;
    t.key = key;
    t.name = key;
    t.kind = kind;
    t.packages = packages;
    t.scopes = scopes;
    t.allPackages = allPackages;
    t.packagesPermission
        = kind == TokenKind::GranularReadOnly ? Permission::ReadOnly : Permission::ReadWrite;
    t.created = kNow.addDays(-10);
    t.expires = kNow.addDays(20);
    return t;
}

ReplacementPlanner planner(const QStringList &maintained
                           = {QStringLiteral("left-pad"), QStringLiteral("@jane/ui"),
                              QStringLiteral("right-pad")})
{
    return ReplacementPlanner({QStringLiteral("jane"), maintained, kNow});
}

const PlanRow *rowOf(const QList<PlanRow> &rows, const QString &key)
{
    for (const PlanRow &row : rows) {
        if (row.oldToken && row.oldToken->key == key)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestTrustCleanupPlanner : public QObject
{
    Q_OBJECT
private slots:
    void tokenForExactlyThosePackagesIsRevoked()
    {
        const auto rows = planner().planAfterTrustedPublishing(
            {token(QStringLiteral("exact"), TokenKind::GranularReadWrite, kOidc),
             token(QStringLiteral("one-of-them"), TokenKind::GranularBypass2fa,
                   {QStringLiteral("left-pad")})},
            kOidc, {});
        QCOMPARE(rows.size(), 2);
        for (const PlanRow &row : rows) {
            QCOMPARE(row.action, PlanAction::Revoke);
            QVERIFY(!planActionCreatesToken(row.action));
            QVERIFY(row.choices.contains(PlanAction::Keep));
        }
    }

    void tokenAlsoCoveringOthersIsReplacedWithoutThem()
    {
        const auto rows = planner().planAfterTrustedPublishing(
            {token(QStringLiteral("mixed"), TokenKind::GranularReadWrite,
                   {QStringLiteral("left-pad"), QStringLiteral("right-pad")})},
            kOidc, {});
        QCOMPARE(rows.size(), 1);
        const PlanRow &row = rows.first();
        QCOMPARE(row.action, PlanAction::ReplaceWithout);
        QCOMPARE(row.spec.packages, QStringList{QStringLiteral("right-pad")});
        QCOMPARE(row.spec.packagesPermission, Permission::ReadWrite);
        QVERIFY(!row.spec.allPackages);
        QVERIFY(row.choices.contains(PlanAction::Revoke));
    }

    void allPackagesTokenKeepsTheUsersOtherPackages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("granular, all packages") << int(TokenKind::GranularReadWrite);
        QTest::newRow("classic publish") << int(TokenKind::ClassicPublish);
    }
    void allPackagesTokenKeepsTheUsersOtherPackages()
    {
        QFETCH(int, kind);
        const auto rows = planner().planAfterTrustedPublishing(
            {token(QStringLiteral("all"), TokenKind(kind), {}, true)}, kOidc, {});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().action, PlanAction::ReplaceWithout);
        QCOMPARE(rows.first().spec.packages, QStringList{QStringLiteral("right-pad")});
        QVERIFY(!rows.first().spec.allPackages);
    }

    void allPackagesTokenWithUnknownOthersIsKeptByDefault()
    {
        const auto rows = planner({}).planAfterTrustedPublishing(
            {token(QStringLiteral("all"), TokenKind::GranularReadWrite, {}, true)}, kOidc, {});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().action, PlanAction::Keep);
        QVERIFY(!rows.first().choices.contains(PlanAction::ReplaceWithout));
    }

    void scopeTokenIsReplacedNotRevoked()
    {
        const auto rows = planner().planAfterTrustedPublishing(
            {token(QStringLiteral("scope"), TokenKind::GranularReadWrite, {}, false,
                   {QStringLiteral("@jane")})},
            {QStringLiteral("@jane/ui")}, {});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().action, PlanAction::ReplaceWithout);
    }

    void readOnlyRevokedAndUnrelatedTokensGetNoRow()
    {
        Token revoked = token(QStringLiteral("revoked"), TokenKind::GranularReadWrite, kOidc);
        revoked.revoked = kNow.addDays(-1);
        const auto rows = planner().planAfterTrustedPublishing(
            {token(QStringLiteral("ro"), TokenKind::GranularReadOnly, kOidc), revoked,
             token(QStringLiteral("other"), TokenKind::GranularReadWrite,
                   {QStringLiteral("right-pad")}),
             token(QStringLiteral("classic-ro"), TokenKind::ClassicReadOnly, {}, true)},
            kOidc, {});
        QVERIFY2(rows.isEmpty(), qPrintable(QString::number(rows.size())));
    }

    void referencesComeFromTheSurvey()
    {
        TokenUse inFile;
        inFile.finding.source = CredentialSource::UserConfig;
        inFile.finding.form = CredentialForm::AuthToken;
        inFile.finding.file = QStringLiteral("/home/jane/.npmrc");
        inFile.finding.line = 2;
        inFile.match.outcome = MatchOutcome::MatchesToken;
        inFile.match.token = token(QStringLiteral("exact"), TokenKind::GranularReadWrite, kOidc);
        TokenUse elsewhere = inFile;
        elsewhere.match.token->key = QStringLiteral("another");
        const auto rows = planner().planAfterTrustedPublishing(
            {token(QStringLiteral("exact"), TokenKind::GranularReadWrite, kOidc)}, kOidc,
            {inFile, elsewhere});
        const PlanRow *row = rowOf(rows, QStringLiteral("exact"));
        QVERIFY(row);
        QCOMPARE(row->references.size(), 1);
        QCOMPARE(row->references.first().line, 2);
    }
};

QTEST_GUILESS_MAIN(TestTrustCleanupPlanner)
#include "tst_trustcleanupplanner.moc"
