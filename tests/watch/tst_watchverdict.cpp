// SPDX-License-Identifier: GPL-3.0-or-later
// WatchVerdict::judge on hand-made provenance reports: how core/provenance's findings become
// watch levels, the event kinds, the user's marks and the baseline. (The same rules on verified
// data: tst_watchscenarios.)
#include "core/provenance/PublishPolicy.h"
#include "core/watch/WatchVerdict.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace td::watch;
using td::provenance::Finding;
using td::provenance::ReleaseEvidence;
using PLevel = td::provenance::Level;
using Level = WatchVerdict::Level;

Q_DECLARE_METATYPE(WatchVerdict::Level)

namespace {

const QDateTime kAt(QDate(2026, 7, 31), QTime(10, 0), Qt::UTC);

ReleaseEvidence trustedRelease(const QString &version, int daysBefore)
{
    ReleaseEvidence r;
    r.version = version;
    r.published = kAt.addDays(-daysBefore);
    r.npmUser = u"GitHub Actions"_s;
    r.trustedPublisher = true;
    r.hasAttestations = true;
    td::provenance::PublisherIdentity id;
    id.issuer = QString::fromLatin1(td::provenance::kGitHubActionsIssuer);
    id.sourceRepositoryUri = u"https://github.com/acme/ui"_s;
    id.buildConfigUri
        = u"https://github.com/acme/ui/.github/workflows/release.yml@refs/tags/v"_s + version;
    r.identity = id;
    return r;
}

td::provenance::VersionReport report(const QString &user, bool trustedPublisher,
                                     QList<Finding> findings, QList<ReleaseEvidence> history = {})
{
    td::provenance::VersionReport r;
    r.release.version = u"1.1.1"_s;
    r.release.published = kAt;
    r.release.npmUser = user;
    r.release.trustedPublisher = trustedPublisher;
    r.verdict = td::provenance::verdictOf(std::move(findings));
    r.history = std::move(history);
    return r;
}

const Finding kSignature{PLevel::Verified, u"registry-signature"_s, u"signature ok"_s};
const Finding kNoProvenance{PLevel::Unverified, u"provenance"_s, u"No provenance."_s};
const Finding kTokenNotTrusted{PLevel::Unverified, u"identity-missing"_s,
                               u"Published by mallory with a token, not through the package's "
                               u"trusted publisher."_s};
const Finding kDowngrade{PLevel::Suspicious, u"trust-downgrade"_s, u"downgrade"_s};

WatchEvent newVersion()
{
    WatchEvent e;
    e.kind = WatchEvent::Kind::NewVersion;
    e.package = u"@acme/ui"_s;
    e.version = u"1.1.1"_s;
    e.at = kAt;
    return e;
}

VerdictInput tokenPublishWithPostinstall()
{
    VerdictInput input;
    input.event = newVersion();
    input.provenance
        = report(u"mallory"_s, false, {kSignature, kNoProvenance, kTokenNotTrusted, kDowngrade},
                 {trustedRelease(u"1.0.0"_s, 30), trustedRelease(u"1.1.0"_s, 10)});
    input.content = {{ReleaseSignal::Weight::Alarm, u"install-script"_s,
                      u"Adds a postinstall script: \"node setup.js\" (1.1.0 had none)."_s}};
    return input;
}

} // namespace

class TestWatchVerdict : public QObject
{
    Q_OBJECT
private slots:
    void provenance_data();
    void provenance();
    void eventKinds_data();
    void eventKinds();
    void worstFirstAndBothReasons();
    void marks();
    void expectManualPublishWindow();
    void baselineShowsButDoesNotJudge();
    void uncheckedProvenanceIsNotable();
};

void TestWatchVerdict::provenance_data()
{
    QTest::addColumn<bool>("trustedPublisher");
    QTest::addColumn<QList<Finding>>("findings");
    QTest::addColumn<bool>("withHistory");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("codes");
    QTest::addColumn<QString>("evidence");

    QTest::newRow("verified") << true << QList<Finding>{kSignature} << true << Level::Expected
                              << QString() << QString();
    QTest::newRow("never had provenance") << false << QList<Finding>{kSignature, kNoProvenance}
                                          << false << Level::Expected << QString() << QString();
    QTest::newRow("token despite a trusted publisher on record")
        << false << QList<Finding>{kSignature, kNoProvenance, kTokenNotTrusted} << false
        << Level::Alarm << u"identity-missing"_s << u"mallory with a token"_s;
    QTest::newRow("trusted publisher without provenance (GitLab)")
        << true
        << QList<Finding>{kSignature,
                          kNoProvenance,
                          {PLevel::Unverified, u"identity-missing"_s, u"no provenance"_s}}
        << false << Level::Notable << u"identity-missing"_s << u"no provenance"_s;
    QTest::newRow("signature failed")
        << true << QList<Finding>{{PLevel::Failed, u"registry-signature"_s, u"bad signature"_s}}
        << false << Level::Alarm << u"registry-signature"_s << u"bad signature"_s;
    QTest::newRow("unknown trust data")
        << true << QList<Finding>{{PLevel::Unverified, u"leaf-chain"_s, u"update TokenDesk"_s}}
        << false << Level::Notable << u"leaf-chain"_s << u"update TokenDesk"_s;
    QTest::newRow("downgrade names where releases came from")
        << false << QList<Finding>{kSignature, kNoProvenance, kTokenNotTrusted, kDowngrade} << true
        << Level::Alarm << u"trust-downgrade"_s
        << u"Published by mallory with a token, without provenance — earlier releases came from "
           u"GitHub Actions, acme/ui release.yml (last: 1.1.0)."_s;
    QTest::newRow("downgrade without history keeps provenance's words")
        << false << QList<Finding>{kDowngrade} << false << Level::Alarm << u"trust-downgrade"_s
        << u"downgrade"_s;
    QTest::newRow("identity differs")
        << true
        << QList<
               Finding>{{PLevel::Suspicious, u"identity-ref"_s,
                         u"Built from refs/heads/main, but earlier releases were built from tags."_s}}
        << true << Level::Alarm << u"identity-ref"_s << u"refs/heads/main"_s;
}

void TestWatchVerdict::provenance()
{
    QFETCH(bool, trustedPublisher);
    QFETCH(QList<Finding>, findings);
    QFETCH(bool, withHistory);
    QFETCH(Level, level);
    QFETCH(QString, codes);
    QFETCH(QString, evidence);
    VerdictInput input;
    input.event = newVersion();
    input.provenance
        = report(trustedPublisher ? u"GitHub Actions"_s : u"mallory"_s, trustedPublisher, findings,
                 withHistory ? QList<ReleaseEvidence>{trustedRelease(u"1.0.0"_s, 30),
                                                      trustedRelease(u"1.1.0"_s, 10)}
                             : QList<ReleaseEvidence>{});
    const WatchVerdict verdict = WatchVerdict::judge(input, {});
    QCOMPARE(verdict.level, level);
    QCOMPARE(verdict.codes.join(u','), codes); // one reason at most: no repeats
    QVERIFY2(verdict.reasons.join(u'\n').contains(evidence),
             qPrintable(verdict.reasons.join(u'\n')));
    QVERIFY(verdict.note.isEmpty());
}

void TestWatchVerdict::eventKinds_data()
{
    QTest::addColumn<WatchEvent>("event");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("evidence");
    const auto make
        = [](WatchEvent::Kind kind, QString version, QString actor = {}, QStringList others = {}) {
              WatchEvent e;
              e.kind = kind;
              e.package = u"@acme/ui"_s;
              e.version = std::move(version);
              e.actor = std::move(actor);
              e.others = std::move(others);
              e.at = kAt;
              return e;
          };
    WatchEvent deprecated = make(WatchEvent::Kind::Deprecated, u"1.1.1"_s);
    deprecated.detail = u"compromised, use 1.1.2"_s;
    WatchEvent tag = make(WatchEvent::Kind::TagMoved, u"1.0.0"_s);
    tag.tag = u"latest"_s;
    tag.fromVersion = u"3.0.0"_s;
    QTest::newRow("deprecated") << deprecated << Level::Notable << u"\"compromised, use 1.1.2\""_s;
    QTest::newRow("removed") << make(WatchEvent::Kind::VersionRemoved, u"1.1.1"_s) << Level::Notable
                             << u"1.1.1 was removed"_s;
    QTest::newRow("maintainer added")
        << make(WatchEvent::Kind::MaintainerAdded, {}, u"mallory"_s, {u"alice"_s, u"bob"_s})
        << Level::Alarm
        << u"mallory was added as a maintainer of @acme/ui; the maintainers were alice, bob"_s;
    QTest::newRow("maintainer removed")
        << make(WatchEvent::Kind::MaintainerRemoved, {}, u"bob"_s, {u"alice"_s}) << Level::Notable
        << u"bob is no longer a maintainer"_s;
    QTest::newRow("staged by a new actor")
        << make(WatchEvent::Kind::StagedByNewActor, u"1.2.0"_s, u"mallory"_s, {u"GitHub Actions"_s})
        << Level::Alarm << u"1.2.0 was staged by mallory"_s;
    QTest::newRow("latest to an old major") << tag << Level::Alarm << u"3.0.0 back to 1.0.0"_s;
}

void TestWatchVerdict::eventKinds()
{
    QFETCH(WatchEvent, event);
    QFETCH(Level, level);
    QFETCH(QString, evidence);
    VerdictInput input;
    input.event = event;
    const WatchVerdict verdict = WatchVerdict::judge(input, {});
    QCOMPARE(verdict.level, level);
    QVERIFY2(verdict.firstReason().contains(evidence), qPrintable(verdict.firstReason()));
}

void TestWatchVerdict::worstFirstAndBothReasons()
{
    VerdictInput input = tokenPublishWithPostinstall();
    input.content.prepend({ReleaseSignal::Weight::Notable, u"bin"_s, u"Adds the command x."_s});
    const WatchVerdict verdict = WatchVerdict::judge(input, {});
    QCOMPARE(verdict.level, Level::Alarm);
    QCOMPARE(verdict.codes, (QStringList{u"trust-downgrade"_s, u"install-script"_s, u"bin"_s}));
    QCOMPARE(verdict.weights, (QList<Level>{Level::Alarm, Level::Alarm, Level::Notable}));
    QVERIFY(verdict.firstReason().startsWith(u"Published by mallory with a token"_s));
    QCOMPARE(levelName(verdict.level), u"alarm"_s);
}

void TestWatchVerdict::marks()
{
    const VerdictInput input = tokenPublishWithPostinstall();
    WatchMarks marks;
    marks.excluded.insert(u"@acme/ui"_s);
    WatchVerdict verdict = WatchVerdict::judge(input, marks);
    QCOMPARE(verdict.level, Level::Expected);
    QVERIFY(verdict.reasons.isEmpty());
    QVERIFY(verdict.note.contains(u"excluded @acme/ui"_s));

    marks = {};
    marks.itWasMe.insert(WatchMarks::versionKey(u"@acme/ui"_s, u"1.1.1"_s));
    verdict = WatchVerdict::judge(input, marks);
    QCOMPARE(verdict.level, Level::Expected);
    QCOMPARE(verdict.reasons.size(), 2); // still shown
    QVERIFY(verdict.note.contains(u"@acme/ui@1.1.1 was you"_s));

    marks.itWasMe = {WatchMarks::versionKey(u"@acme/ui"_s, u"1.1.0"_s)}; // another version
    QCOMPARE(WatchVerdict::judge(input, marks).level, Level::Alarm);
}

void TestWatchVerdict::expectManualPublishWindow()
{
    VerdictInput input = tokenPublishWithPostinstall();
    input.content.clear();
    WatchMarks marks;
    marks.expectManualUntil.insert(u"@acme/ui"_s, kAt.addSecs(60));
    WatchVerdict verdict = WatchVerdict::judge(input, marks);
    QCOMPARE(verdict.level, Level::Expected);
    QCOMPARE(verdict.codes, QStringList{u"trust-downgrade"_s});
    QVERIFY(verdict.note.contains(u"manual publish of @acme/ui until 2026-07-31 10:01 UTC"_s));

    // A manual publish explains the token, never a new install script.
    input = tokenPublishWithPostinstall();
    verdict = WatchVerdict::judge(input, marks);
    QCOMPARE(verdict.level, Level::Alarm);
    QCOMPARE(verdict.codes.first(), u"install-script"_s);

    // After the window the token publish is an alarm again.
    input.content.clear();
    marks.expectManualUntil[u"@acme/ui"_s] = kAt.addSecs(-1);
    QCOMPARE(WatchVerdict::judge(input, marks).level, Level::Alarm);
}

void TestWatchVerdict::baselineShowsButDoesNotJudge()
{
    VerdictInput input = tokenPublishWithPostinstall();
    input.baseline = true;
    const WatchVerdict verdict = WatchVerdict::judge(input, {});
    QCOMPARE(verdict.level, Level::Expected);
    QCOMPARE(verdict.codes, (QStringList{u"trust-downgrade"_s, u"install-script"_s}));
    QVERIFY(verdict.note.contains(u"baseline"_s));
}

void TestWatchVerdict::uncheckedProvenanceIsNotable()
{
    VerdictInput input;
    input.event = newVersion();
    input.provenanceError = u"The registry did not answer."_s;
    const WatchVerdict verdict = WatchVerdict::judge(input, {});
    QCOMPARE(verdict.level, Level::Notable);
    QVERIFY(verdict.firstReason().contains(
        u"@acme/ui@1.1.1 could not be checked: The registry did not answer."_s));
}

QTEST_GUILESS_MAIN(TestWatchVerdict)
#include "tst_watchverdict.moc"
