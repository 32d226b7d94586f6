// SPDX-License-Identifier: GPL-3.0-or-later
// LockdownJournal's file: the state of each action survives a reload, and findUnfinished() picks
// the newest journal with an action not done (what `tokendesk-cli lockdown --resume` carries on),
// passing over finished runs and damaged files.
#include "core/lockdown/LockdownJournal.h"
#include "core/util/AtomicFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;
using State = LockdownJournal::State;

namespace {

const QDateTime kAt = QDateTime::fromString(QStringLiteral("2026-12-05T20:00:00Z"), Qt::ISODate);

QList<LockdownAction> twoActions()
{
    LockdownAction tag;
    tag.kind = LockdownAction::Kind::SetDistTag;
    tag.package = QStringLiteral("@acme/ui");
    tag.target = QStringLiteral("latest");
    tag.value = QStringLiteral("1.1.0");
    tag.label = QStringLiteral("latest → 1.1.0");
    LockdownAction deprecate;
    deprecate.kind = LockdownAction::Kind::Deprecate;
    deprecate.package = QStringLiteral("@acme/ui");
    deprecate.target = QStringLiteral("1.1.1");
    deprecate.label = QStringLiteral("deprecate 1.1.1");
    return {tag, deprecate};
}

// A journal of two actions under `runId`, the first `done` of them done.
void writeJournal(const QString &dir, const QString &runId, int done)
{
    LockdownJournal journal
        = LockdownJournal::create(LockdownJournal::pathFor(dir, runId), twoActions(), runId, kAt);
    QVERIFY(journal.save().ok());
    for (int i = 0; i < done; ++i)
        QVERIFY(journal.record(i, State::Done, {}, kAt).ok());
}

} // namespace

class TstLockdownJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statesSurviveAReload()
    {
        QTemporaryDir dir;
        const QString path
            = LockdownJournal::pathFor(dir.path(), QStringLiteral("20261205-200000"));
        LockdownJournal journal
            = LockdownJournal::create(path, twoActions(), QStringLiteral("20261205-200000"), kAt);
        QVERIFY(journal.record(0, State::Done, {}, kAt).ok());
        QVERIFY(journal.record(1, State::Failed, QStringLiteral("E500 Internal"), kAt).ok());
        const Result<LockdownJournal> loaded = LockdownJournal::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().state(0), State::Done);
        QCOMPARE(loaded.value().state(1), State::Failed);
        QCOMPARE(loaded.value().error(1), QStringLiteral("E500 Internal"));
        QCOMPARE(loaded.value().nextToRun(), 1);
        QCOMPARE(loaded.value().startedAt(), kAt);
        QCOMPARE(loaded.value().action(0).label, QStringLiteral("latest → 1.1.0"));
    }

    void findUnfinished_data()
    {
        QTest::addColumn<QStringList>("runs"); // "<runId>:<actions done of 2>" or "<runId>:damaged"
        QTest::addColumn<QString>("expected");
        QTest::newRow("no journal") << QStringList() << QString();
        QTest::newRow("only finished runs")
            << QStringList{QStringLiteral("20261201-100000:2"), QStringLiteral("20261202-100000:2")}
            << QString();
        QTest::newRow("the newest unfinished, not an older one")
            << QStringList{QStringLiteral("20261201-100000:0"), QStringLiteral("20261203-100000:1"),
                           QStringLiteral("20261204-100000:2")}
            << QStringLiteral("20261203-100000");
        QTest::newRow("a damaged newer file is passed over")
            << QStringList{QStringLiteral("20261201-100000:1"),
                           QStringLiteral("20261209-100000:damaged")}
            << QStringLiteral("20261201-100000");
    }

    void findUnfinished()
    {
        QFETCH(QStringList, runs);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        for (const QString &run : std::as_const(runs)) {
            const QString runId = run.section(QLatin1Char(':'), 0, 0);
            const QString done = run.section(QLatin1Char(':'), 1);
            if (done == QLatin1String("damaged"))
                QVERIFY(writeFileAtomically(LockdownJournal::pathFor(dir.path(), runId),
                                            "{\"version\": 1, \"actions\": ")
                            .ok());
            else
                writeJournal(dir.path(), runId, done.toInt());
        }
        const QString found = LockdownJournal::findUnfinished(dir.path());
        QCOMPARE(found,
                 expected.isEmpty() ? QString() : LockdownJournal::pathFor(dir.path(), expected));
    }
};

QTEST_GUILESS_MAIN(TstLockdownJournal)
#include "tst_lockdownjournal.moc"
