// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentReport: the Markdown after a lockdown names the timeline (the watch's events and the
// lockdown's writes, by time), each version with its verdict and evidence, each action with its
// result (a failed one with its error), the steps not taken with why, and what is left.
#include "core/lockdown/IncidentReport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {
const QDateTime kT0(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

LockdownPlan plan()
{
    LockdownPackage p;
    p.name = QStringLiteral("@acme/ui");
    p.lastGoodVersion = QStringLiteral("1.1.0");
    p.badVersions = {QStringLiteral("1.1.1")};
    p.distTags = {{QStringLiteral("latest"), QStringLiteral("1.1.1")}};
    p.publishedAt = {{QStringLiteral("1.1.1"), kT0.addDays(-5)}};
    LockdownFacts facts;
    facts.packages = {p};
    facts.tokensKnown = true;
    facts.tokens = {{QStringLiteral("k1"), QStringLiteral("laptop"), false, {}, false}};
    facts.now = kT0;
    return LockdownPlan::build(facts);
}
} // namespace

class TestIncidentReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEverythingInOrder()
    {
        QTemporaryDir dir;
        const LockdownPlan p = plan();
        LockdownJournal journal = LockdownJournal::create(
            dir.filePath(QStringLiteral("j.json")), p.runnableActions(), QStringLiteral("r1"), kT0);
        QCOMPARE(journal.actionCount(), 4); // 2fa, revoke laptop, latest → 1.1.0, deprecate
        QVERIFY(journal.record(0, LockdownJournal::State::Done, {}, kT0.addSecs(60)).ok());
        QVERIFY(journal.record(1, LockdownJournal::State::Done, {}, kT0.addSecs(70)).ok());
        QVERIFY(journal
                    .record(2, LockdownJournal::State::Failed,
                            QStringLiteral("The registry refused the change (E500)."),
                            kT0.addSecs(80))
                    .ok());
        IncidentFacts facts;
        facts.writtenAt = kT0.addSecs(90);
        facts.timeline
            = {{kT0.addSecs(-600), QStringLiteral("@acme/ui 1.1.1 published with a token")},
               {kT0.addSecs(-300), QStringLiteral("alarm shown")}};
        facts.versions = {{QStringLiteral("@acme/ui"),
                           QStringLiteral("1.1.0"),
                           kT0.addDays(-30),
                           QStringLiteral("expected"),
                           {QStringLiteral("trusted publisher")}},
                          {QStringLiteral("@acme/ui"),
                           QStringLiteral("1.1.1"),
                           kT0.addSecs(-600),
                           QStringLiteral("alarm"),
                           {QStringLiteral("published with a token"),
                            QStringLiteral("new postinstall | script")}}};
        facts.plan = &p;
        facts.journal = &journal;
        const QString md = IncidentReport::markdown(facts);

        QVERIFY(md.startsWith(QLatin1String("# Incident report: @acme/ui")));
        // Timeline by time, the lockdown's writes among the watch's events.
        const qsizetype published = md.indexOf(QLatin1String("published with a token\n"));
        const qsizetype alarm = md.indexOf(QLatin1String("alarm shown"));
        const qsizetype firstWrite = md.indexOf(QLatin1String("Lockdown: @acme/ui: require 2FA"));
        QVERIFY(published > 0 && published < alarm && alarm < firstWrite);
        // Versions with verdict and evidence; a pipe in the evidence does not break the table.
        QVERIFY(md.contains(QLatin1String("| @acme/ui | 1.1.1 | 2026-12-05 11:50:00 UTC | alarm | "
                                          "published with a token; new postinstall \\| script |")));
        // Actions with results.
        QVERIFY(md.contains(QLatin1String("| revoke laptop | done 2026-12-05 12:01:10 UTC |")));
        QVERIFY(md.contains(QString::fromUtf8("| @acme/ui: latest → 1.1.0 | FAILED: The registry "
                                              "refused the change (E500). |")));
        QVERIFY(md.contains(
            QLatin1String("| @acme/ui@1.1.1: deprecate | NOT DONE (resume the lockdown) |")));
        // Steps not taken, with why (unpublish: older than 72 hours).
        QVERIFY(md.contains(QLatin1String("published more than 72 hours ago")));
        QVERIFY(md.contains(
            QLatin1String("- Remove unexpected maintainers: No list of expected maintainers")));
        // What is left, with npm's report page for the alarmed version only.
        QVERIFY(md.contains(QLatin1String(
            "https://www.npmjs.com/support?inquire=security&security-inquire=malware&package=@acme/"
            "ui&version=1.1.1")));
        QVERIFY(!md.contains(QLatin1String("version=1.1.0")));
        for (const char *left :
             {"Purge the CI caches", "Rotate every CI secret", "Publish an advisory"})
            QVERIFY2(md.contains(QLatin1String(left)), left);

        const QString path = dir.filePath(QStringLiteral("report.md"));
        QVERIFY(IncidentReport::write(path, facts).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), md);
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void aStoppedLockdownSaysWhatWasFound()
    {
        PersistenceEntry entry;
        entry.name = QStringLiteral("Token watchdog");
        entry.why = QStringLiteral("wipes the home folder.");
        entry.disarm = QStringLiteral("systemctl --user disable it.");
        IncidentFacts facts;
        facts.findings = {{entry, QStringLiteral("/home/u/.config/systemd/user/x.service")}};
        const QString md = IncidentReport::markdown(facts);
        QVERIFY(md.contains(QLatin1String("Lockdown stopped before any write")));
        QVERIFY(md.contains(QLatin1String("`/home/u/.config/systemd/user/x.service`")));
        QVERIFY(md.contains(QLatin1String("systemctl --user disable it.")));
        QVERIFY(!md.contains(QLatin1String("No registry write was made.")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentReport)
#include "tst_incidentreport.moc"
