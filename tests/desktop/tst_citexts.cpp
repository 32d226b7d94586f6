// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the desktop's words for CI secrets — the details pane's line, the rotation's grace
// countdown and the per-secret progress read from a journal row.
#include "desktop/ci/CiTexts.h"
#include "desktop/migration/PlanTables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace td;

namespace {
CiSecretTarget widgetsSecret()
{
    CiSecretTarget target;
    target.kind = CiStoreKind::GitHubRepository;
    target.host = QStringLiteral("github.com");
    target.owner = QStringLiteral("acme");
    target.repo = QStringLiteral("widgets");
    target.name = QStringLiteral("NPM_TOKEN");
    return target;
}
CiSecretTarget productionSecret()
{
    CiSecretTarget target = widgetsSecret();
    target.kind = CiStoreKind::GitHubEnvironment;
    target.scope = QStringLiteral("production");
    return target;
}
// The English plural forms come from translations/tokendesk_en.ts, which the lead refreshes after
// the merge ("updated 41 day(s) ago" -> "updated 41 days ago"); until then the catalogue has no
// entry. The expected text goes through the same catalogue, so the test checks which unit and
// count are chosen and how the line is put together, before and after the refresh.
QString ago(const char *text, int n)
{
    return QCoreApplication::translate("td::CiTexts", text, nullptr, n);
}
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
} // namespace

class TestCiTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretLine_data()
    {
        QTest::addColumn<bool>("connected");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<QString>("line");
        QTest::newRow("41 days") << true << true << true << qint64(41 * 86400 + 300)
                                 << QStringLiteral("secret NPM_TOKEN in acme/widgets, ")
                + ago("updated %n day(s) ago", 41);
        QTest::newRow("1 day") << true << true << true << qint64(86400)
                               << QStringLiteral("secret NPM_TOKEN in acme/widgets, ")
                + ago("updated %n day(s) ago", 1);
        QTest::newRow("3 hours") << true << true << true << qint64(3 * 3600 + 59)
                                 << QStringLiteral("secret NPM_TOKEN in acme/widgets, ")
                + ago("updated %n hour(s) ago", 3);
        QTest::newRow("just now") << true << true << true << qint64(20)
                                  << QStringLiteral(
                                         "secret NPM_TOKEN in acme/widgets, updated just now");
        QTest::newRow("no timestamp") << true << true << true << qint64(-1)
                                      << QStringLiteral("secret NPM_TOKEN in acme/widgets");
        QTest::newRow("missing") << true << true << false << qint64(-1)
                                 << QStringLiteral(
                                        "secret NPM_TOKEN in acme/widgets — not found in GitHub");
        QTest::newRow("asking") << true << false << false << qint64(-1)
                                << QStringLiteral("secret NPM_TOKEN in acme/widgets — checking…");
        QTest::newRow("not connected")
            << false << false << false << qint64(-1)
            << QStringLiteral(
                   "secret NPM_TOKEN in acme/widgets — not connected: connect GitHub to update it "
                   "automatically");
    }
    void secretLine()
    {
        QFETCH(bool, connected);
        QFETCH(bool, answered);
        QFETCH(bool, exists);
        QFETCH(qint64, ageSeconds);
        QFETCH(QString, line);
        CiSecretState state;
        state.exists = exists;
        if (ageSeconds >= 0)
            state.updatedAt = kNow.addSecs(-ageSeconds);
        QCOMPARE(ciSecretLine(widgetsSecret(), answered ? &state : nullptr, connected, kNow), line);
    }

    void graceCountdown_data()
    {
        QTest::addColumn<qint64>("left");
        QTest::addColumn<QString>("text");
        QTest::newRow("9 min 12 s")
            << qint64(552) << QStringLiteral("old token revoked in 9 min 12 s");
        QTest::newRow("10 min") << qint64(600) << QStringLiteral("old token revoked in 10 min 0 s");
        QTest::newRow("45 s") << qint64(45) << QStringLiteral("old token revoked in 45 s");
        QTest::newRow("due") << qint64(0) << QStringLiteral("revoking the old token…");
        QTest::newRow("past") << qint64(-30) << QStringLiteral("revoking the old token…");
    }
    void graceCountdown()
    {
        QFETCH(qint64, left);
        QFETCH(QString, text);
        QCOMPARE(ciGraceCountdown(kNow.addSecs(left), kNow), text);
    }

    // The journal row's "ci" array as PlanRunner writes it: one line per target, its state in
    // words.
    void progressLinesFromJournalRow()
    {
        const QJsonObject row{
            {QStringLiteral("ci"),
             QJsonArray{QJsonObject{{QStringLiteral("target"), widgetsSecret().id()},
                                    {QStringLiteral("state"), QStringLiteral("verified")}},
                        QJsonObject{{QStringLiteral("target"), productionSecret().id()},
                                    {QStringLiteral("state"), QStringLiteral("push-started")}},
                        QJsonObject{{QStringLiteral("target"), QStringLiteral("not-an-id")},
                                    {QStringLiteral("label"), QStringLiteral("somewhere")},
                                    {QStringLiteral("state"), QStringLiteral("pending")}}}}};
        QCOMPARE(
            ciProgressLines(row),
            (QStringList{
                QStringLiteral(
                    "secret NPM_TOKEN in acme/widgets: verified: it holds the new token"),
                QStringLiteral(
                    "secret NPM_TOKEN of environment production in acme/widgets: pushing the new "
                    "token…"),
                QStringLiteral("somewhere: waiting")}));
        QVERIFY(ciProgressLines(QJsonObject{}).isEmpty());
        QCOMPARE(migrationStageText(QStringLiteral("ci-verified")),
                 QStringLiteral("verified in CI"));
    }
};

QTEST_GUILESS_MAIN(TestCiTexts)
#include "tst_citexts.moc"
