// SPDX-License-Identifier: GPL-3.0-or-later
// WatchMemory: a round trip through the file, a broken or huge file (a clear message and a fresh
// start, never a crash), the user's marks and when an expectation runs out.
#include "core/watch/WatchMemory.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::watch;
using namespace Qt::StringLiterals;

namespace {
const QUrl kNpm(QStringLiteral("https://registry.npmjs.org/"));
const QDateTime kNow(QDate(2026, 12, 5), QTime(18, 0), Qt::UTC);
} // namespace

class TestWatchMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("publish-watch.json")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral(".broken"));
    }

    void roundTrip()
    {
        WatchMemory memory(path());
        memory.load();
        QVERIFY(memory.loadProblem().isEmpty());
        const QJsonObject summary{{u"name"_s, u"@acme/ui"_s},
                                  {u"dist-tags"_s, QJsonObject{{u"latest"_s, u"1.1.0"_s}}}};
        memory.rememberSeen(kNpm, u"@acme/ui"_s, "\"A-1\"", summary);
        memory.rememberVerdict(kNpm, u"@acme/ui"_s, u"1.1.0"_s, RememberedLevel::Expected);
        memory.rememberVerdict(kNpm, u"@acme/ui"_s, u"1.1.1"_s, RememberedLevel::Alarm);
        memory.markItWasMe(kNpm, u"@acme/ui"_s, u"1.0.0"_s);
        memory.expectManualPublish(kNpm, u"@acme/ui"_s, kNow.addSecs(3600));
        memory.setExcluded(kNpm, u"old-thing"_s, true);
        memory.setPinned(kNpm, u"react"_s, true);
        QVERIFY(memory.save().ok());

        WatchMemory again(path());
        again.load();
        QVERIFY(again.loadProblem().isEmpty());
        const PackageMemory ui = again.package(kNpm, u"@acme/ui"_s);
        QCOMPARE(ui.etag, QByteArray("\"A-1\""));
        QCOMPARE(ui.summary, summary);
        QCOMPARE(ui.verdicts.value(u"1.1.1"_s), RememberedLevel::Alarm);
        QCOMPARE(ui.verdicts.value(u"1.1.0"_s), RememberedLevel::Expected);
        QCOMPARE(ui.itWasMe, QSet<QString>{u"1.0.0"_s});
        QCOMPARE(ui.expectManualPublishUntil, kNow.addSecs(3600));
        QVERIFY(again.hasBaseline(kNpm, u"@acme/ui"_s));
        QVERIFY(!again.hasBaseline(kNpm, u"react"_s));
        QVERIFY(again.package(kNpm, u"old-thing"_s).excluded);
        QCOMPARE(again.pins().size(), 1);
        QCOMPARE(again.pins().at(0).package, QStringLiteral("react"));
        QCOMPARE(QFile::permissions(path()) & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
    }

    // Known stagers survive a restart; a package whose staged list was read with nobody staging
    // it is known (empty), one never read is missing (its first list is the baseline).
    void stagersRoundTrip()
    {
        WatchMemory memory(path());
        memory.load();
        memory.rememberStagers(kNpm, u"@acme/ui"_s, {u"maintainer"_s});
        memory.rememberStagers(kNpm, u"@acme/ui"_s, {u"GitHub Actions"_s, u"maintainer"_s});
        memory.rememberStagers(kNpm, u"@acme/core"_s, {});
        memory.setPinned(kNpm, u"react"_s, true);
        QVERIFY(memory.save().ok());

        WatchMemory again(path());
        again.load();
        const QHash<QString, QStringList> known = again.knownStagers(kNpm);
        QCOMPARE(known.value(u"@acme/ui"_s), (QStringList{u"GitHub Actions"_s, u"maintainer"_s}));
        QVERIFY(known.contains(u"@acme/core"_s));
        QVERIFY(known.value(u"@acme/core"_s).isEmpty());
        QVERIFY(!known.contains(u"react"_s));
        QVERIFY(again.knownStagers(QUrl(u"http://127.0.0.1:1/"_s)).isEmpty());
    }

    void damagedFileStartsAFreshBaseline_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"format\":1,\"registries\":{\"x");
        QTest::newRow("an array") << QByteArray("[1,2,3]");
        QTest::newRow("another format") << QByteArray(R"({"format":99,"registries":{}})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
    }
    void damagedFileStartsAFreshBaseline()
    {
        QFETCH(QByteArray, content);
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        WatchMemory memory(path());
        memory.load();
        QVERIFY(memory.loadProblem().contains(QStringLiteral("damaged")));
        QVERIFY(memory.packages().isEmpty());
        QVERIFY(QFile::exists(path() + QStringLiteral(".broken"))); // kept aside, not lost
        memory.rememberSeen(kNpm, u"a"_s, "\"e\"", QJsonObject{{u"name"_s, u"a"_s}});
        QVERIFY(memory.save().ok());
        WatchMemory again(path());
        again.load();
        QVERIFY(again.loadProblem().isEmpty());
        QVERIFY(again.hasBaseline(kNpm, u"a"_s));
    }

    void hugeFileStartsAFreshBaseline()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":1,"registries":{}})");
        file.write(QByteArray(4096, ' '));
        file.close();

        WatchMemory memory(path(), 1024);
        memory.load();
        QVERIFY(memory.loadProblem().contains(QStringLiteral("larger")));
        QVERIFY(memory.packages().isEmpty());
        QVERIFY(!QFile::exists(path()));
    }

    void marksForTheVerdictAndWindowsForgotten()
    {
        WatchMemory memory(path());
        memory.markItWasMe(kNpm, u"@acme/ui"_s, u"1.2.0"_s);
        memory.expectManualPublish(kNpm, u"@acme/ui"_s, kNow.addSecs(3600));
        memory.setExcluded(kNpm, u"old-thing"_s, true);
        memory.markItWasMe(QUrl(u"https://npm.example.com/"_s), u"@acme/ui"_s, u"9.9.9"_s);

        WatchMarks marks = memory.marks(kNpm);
        QVERIFY(marks.wasMe(u"@acme/ui"_s, u"1.2.0"_s));
        QVERIFY(!marks.wasMe(u"@acme/ui"_s, u"9.9.9"_s)); // another registry's mark
        QVERIFY(marks.isExcluded(u"old-thing"_s));
        QVERIFY(!marks.isExcluded(u"@acme/ui"_s));
        // A version published inside the window is expected even when judged after it ended.
        QVERIFY(marks.expectsManualPublish(u"@acme/ui"_s, kNow.addSecs(3599)));
        QVERIFY(!marks.expectsManualPublish(u"@acme/ui"_s, kNow.addSecs(3601)));

        QVERIFY(!memory.forgetExpectationsEndedBefore(kNow.addSecs(3600)));
        QVERIFY(memory.forgetExpectationsEndedBefore(kNow.addSecs(3601)));
        marks = memory.marks(kNpm);
        QVERIFY(!marks.expectsManualPublish(u"@acme/ui"_s, kNow));
        QVERIFY(marks.wasMe(u"@acme/ui"_s, u"1.2.0"_s)); // "it was me" is never forgotten
        QVERIFY(memory.marks(QUrl(u"https://other.example/"_s)).itWasMe.isEmpty());
    }

    void noSecretFieldIsWritten()
    {
        WatchMemory memory(path());
        memory.rememberSeen(kNpm, u"a"_s, "\"e\"", QJsonObject{{u"name"_s, u"a"_s}});
        QVERIFY(memory.save().ok());
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("token"));
        QVERIFY(!written.contains("authorization"));
    }
};

QTEST_GUILESS_MAIN(TestWatchMemory)
#include "tst_watchmemory.moc"
