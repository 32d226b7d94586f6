// SPDX-License-Identifier: GPL-3.0-or-later
// The scenarios of issue #22's "Done when", one row each, judged the way the watch judges them:
// two full packuments → detectChanges → for a new version VersionVerifier's report (real
// registry signatures and Sigstore bundles from the sandbox's emulation, verified against its
// trusted root), releaseSignals and BurstDetector → WatchVerdict::judge with the user's marks.
// Each row asserts the level and the evidence its reasons name.
#include "tst_watchscenarios_fixture.h"

#include "core/provenance/PublishPathWords.h"
#include "core/watch/PackumentChanges.h"
#include "core/watch/StagedActors.h"
#include "core/watch/WatchVerdict.h"

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace td::watch;
using namespace td::watch::test;
using Level = WatchVerdict::Level;

Q_DECLARE_METATYPE(WatchVerdict::Level)

namespace {

const QDateTime kStart(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
const QDateTime kRelease = kStart.addDays(60);
const QString kPackage = u"@acme/ui"_s;
const QString kAccount = u"https://registry.npmjs.org/ alice"_s;

struct Setup
{
    QList<VersionSpec> history;
    QList<VersionSpec> released;             // after the last poll
    std::function<void(QJsonObject &)> edit; // other changes after the last poll
    QList<td::TrustedPublisher> configs;
    WatchMarks marks;
    QList<QPair<QString, QDateTime>> otherPublishes; // the account's other packages
    QList<td::StagedRelease> staged;
    QHash<QString, QStringList> knownStagers;
    bool firstRun = false; // no earlier poll: the packument is the baseline
};

td::TrustedPublisher releaseConfig()
{
    td::TrustedPublisher config;
    config.type = td::TrustProvider::GitHub;
    config.repository = u"acme/ui"_s;
    config.workflowFile = u"release.yml"_s;
    return config;
}

// 1.0.0 and 1.1.0 from the trusted publisher (acme/ui, release.yml, on tags), which TokenDesk
// remembers as the package's trust config.
void trustedHistory(Setup &s)
{
    s.history
        = {{u"1.0.0"_s, kStart, trusted(), {}}, {u"1.1.0"_s, kStart.addDays(14), trusted(), {}}};
    s.configs = {releaseConfig()};
}

struct Row
{
    const char *name;
    std::function<void(Setup &)> setup;
    Level level;
    QStringList codes;
    QStringList evidence;
};

const QList<Row> &rows()
{
    static const QList<Row> table{
        {"provenance from another repository",
         [](Setup &s) {
             trustedHistory(s);
             s.released = {{u"1.1.1"_s, kRelease, trusted(u"evil/ui"_s), {}}};
         },
         Level::Alarm,
         {u"history-repository"_s},
         {u"evil/ui"_s, u"acme/ui"_s}},
        {"a branch ref where releases come from tags",
         [](Setup &s) {
             trustedHistory(s);
             s.released = {{u"1.1.1"_s, kRelease, trusted(u"acme/ui"_s, u"refs/heads/main"_s), {}}};
         },
         Level::Alarm,
         {u"identity-ref"_s},
         {u"refs/heads/main"_s, u"tags"_s}},
        {"a pull_request_target trigger",
         [](Setup &s) {
             trustedHistory(s);
             s.released = {
                 {u"1.1.1"_s, kRelease, trusted(u"acme/ui"_s, {}, u"pull_request_target"_s), {}}};
         },
         Level::Alarm,
         {u"identity-trigger"_s},
         {u"pull_request_target"_s}},
        {"a version without provenance after versions with it",
         [](Setup &s) {
             s.history = {{u"1.0.0"_s, kStart, tokenWithProvenance(u"ci-bot"_s), {}},
                          {u"1.1.0"_s, kStart.addDays(14), tokenWithProvenance(u"ci-bot"_s), {}}};
             s.released = {{u"1.1.1"_s, kRelease, token(u"ci-bot"_s), {}}};
         },
         Level::Alarm,
         {u"trust-downgrade"_s},
         {u"ci-bot with a token, without provenance"_s,
          u"had provenance from GitHub Actions, acme/ui release.yml (last: 1.1.0)"_s}},
        {"a new maintainer",
         [](Setup &s) {
             trustedHistory(s);
             s.edit = [](QJsonObject &p) {
                 p.insert(u"maintainers"_s,
                          QJsonArray{QJsonObject{{u"name"_s, u"alice"_s}},
                                     QJsonObject{{u"name"_s, u"mallory"_s}}});
             };
         },
         Level::Alarm,
         {u"maintainer-added"_s},
         {u"mallory was added"_s, u"were alice"_s}},
        {"latest moved to an old major",
         [](Setup &s) {
             s.history = {{u"1.0.0"_s, kStart, trusted(), {}},
                          {u"2.0.0"_s, kStart.addDays(10), trusted(), {}},
                          {u"3.0.0"_s, kStart.addDays(20), trusted(), {}}};
             s.configs = {releaseConfig()};
             s.edit = [](QJsonObject &p) {
                 p.insert(u"dist-tags"_s, QJsonObject{{u"latest"_s, u"1.0.0"_s}});
             };
         },
         Level::Alarm,
         {u"tag-older-major"_s},
         {u"latest moved from 3.0.0 back to 1.0.0"_s}},
        {"five packages in three minutes",
         [](Setup &s) {
             trustedHistory(s);
             s.released = {{u"1.1.1"_s, kRelease, trusted(), {}}};
             s.otherPublishes = {{u"@acme/icons"_s, kRelease.addSecs(-150)},
                                 {u"@acme/forms"_s, kRelease.addSecs(-100)},
                                 {u"@acme/grid"_s, kRelease.addSecs(-60)},
                                 {u"@acme/theme"_s, kRelease.addSecs(-20)}};
         },
         Level::Alarm,
         {u"burst"_s},
         // (the English plural "5 packages" comes with the lead's translation refresh)
         {u"5 package"_s, u"of this account were published within 3 minutes"_s,
          u"@acme/forms, @acme/grid, @acme/icons, @acme/theme, @acme/ui"_s}},
        {"a dependency that points at a git URL",
         [](Setup &s) {
             trustedHistory(s);
             s.released
                 = {{u"1.1.1"_s, kRelease, trusted(),
                     QJsonObject{{u"dependencies"_s,
                                  QJsonObject{{u"plain-crypto-js"_s,
                                               u"git+https://github.com/evil/pcj.git"_s}}}}}};
         },
         Level::Alarm,
         {u"git-dependency"_s},
         {u"plain-crypto-js from git+https://github.com/evil/pcj.git"_s}},
        {"a staged version by a new actor",
         [](Setup &s) {
             trustedHistory(s);
             td::StagedRelease item;
             item.id = u"3f1c0e2a-0000-4000-8000-000000000001"_s;
             item.packageName = kPackage;
             item.version = u"1.2.0"_s;
             item.tag = u"latest"_s;
             item.actor = u"mallory"_s;
             item.actorType = u"user"_s;
             item.created = kRelease;
             s.staged = {item};
             s.knownStagers = {{kPackage, {u"GitHub Actions"_s}}};
         },
         Level::Alarm,
         {u"staged-by-new-actor"_s},
         {u"1.2.0 was staged by mallory"_s, u"earlier: GitHub Actions"_s}},
        {"a token publish with a new postinstall after trusted releases",
         [](Setup &s) {
             trustedHistory(s);
             s.released = {{u"1.1.1"_s, kRelease, token(u"mallory"_s),
                            QJsonObject{{u"scripts"_s,
                                         QJsonObject{{u"postinstall"_s, u"node setup.js"_s}}}}}};
         },
         Level::Alarm,
         {u"trust-downgrade"_s, u"install-script"_s},
         {u"Published by mallory with a token"_s,
          u"earlier releases came from GitHub Actions, acme/ui release.yml (last: 1.1.0)"_s,
          u"Adds a postinstall script: \"node setup.js\""_s}},
        {"quiet: a normal trusted release",
         [](Setup &s) {
             trustedHistory(s);
             s.released = {{u"1.1.1"_s, kRelease, trusted(), {}}};
         },
         Level::Expected,
         {},
         {u"Published by GitHub Actions from acme/ui, release.yml on refs/tags/v1.1.1"_s,
          u"provenance verified"_s}},
        {"quiet: a release marked \"expect a manual publish\"",
         [](Setup &s) {
             trustedHistory(s);
             s.released = {{u"1.1.1"_s, kRelease, token(u"alice"_s), {}}};
             s.marks.expectManualUntil.insert(kPackage, kRelease.addSecs(3600));
         },
         Level::Expected,
         {u"trust-downgrade"_s},
         {u"expected a manual publish of @acme/ui"_s, u"alice with a token"_s}},
        {"quiet: the first run over a long history",
         [](Setup &s) {
             for (int i = 0; i < 30; ++i) {
                 const QString version = u"1.0.%1"_s.arg(i);
                 const QDateTime at = kStart.addDays(i);
                 if (i < 10)
                     s.history.append({version, at, token(u"alice"_s), {}});
                 else if (i == 20)
                     s.history.append(
                         {version, at, token(u"mallory"_s),
                          QJsonObject{{u"scripts"_s,
                                       QJsonObject{{u"postinstall"_s, u"node setup.js"_s}}}}});
                 else
                     s.history.append({version, at, trusted(), {}});
             }
             s.configs = {releaseConfig()};
             s.firstRun = true;
         },
         Level::Expected,
         {u"trust-downgrade"_s, u"install-script"_s},
         {u"part of the baseline"_s, u"mallory with a token"_s}},
    };
    return table;
}

struct Judged
{
    WatchEvent event;
    WatchVerdict verdict;
    QString publishPath; // new versions: the provenance report in words
};

} // namespace

class TestWatchScenarios : public QObject
{
    Q_OBJECT
private slots:
    void scenario_data();
    void scenario();
};

void TestWatchScenarios::scenario_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < rows().size(); ++i)
        QTest::newRow(rows()[i].name) << i;
}

void TestWatchScenarios::scenario()
{
    QFETCH(int, row);
    const Row &r = rows()[row];
    Setup s;
    r.setup(s);

    ProvenancePackage package(kPackage);
    QVERIFY(package.listen());
    for (const VersionSpec &spec : std::as_const(s.history))
        package.publish(spec);
    const QJsonObject before = s.firstRun ? QJsonObject() : package.packument();
    for (const VersionSpec &spec : std::as_const(s.released))
        package.publish(spec);
    if (s.edit)
        s.edit(package.packument());
    const QJsonObject after = package.packument();

    QList<WatchEvent> events = detectChanges(before, after);
    events += stagedByNewActors(s.staged, s.knownStagers);
    BurstDetector bursts;
    for (const auto &other : std::as_const(s.otherPublishes))
        QVERIFY(!bursts.record(kAccount, other.first, other.second));

    QList<Judged> judged;
    for (WatchEvent event : std::as_const(events)) {
        event.account = kAccount;
        VerdictInput input;
        input.event = event;
        QString path;
        if (event.kind == WatchEvent::Kind::NewVersion) {
            const auto reports = package.verify(event.version, s.configs);
            QVERIFY(reports && reports->size() == 1);
            input.provenance = reports->first();
            path = td::provenance::publishPathInWords(reports->first().release,
                                                      reports->first().verdict.level);
            input.content = releaseSignals(after, event.version);
            input.burst = bursts.record(kAccount, event.package, event.at);
        }
        judged.append({event, WatchVerdict::judge(input, s.marks), path});
    }

    if (s.firstRun) {
        // The first sight of a package is its baseline: no events at all …
        QVERIFY2(events.isEmpty(), "the first run must not report the history as new");
        // … and the history is shown with its verdicts, none of them an alarm.
        const auto reports = package.verify({}, s.configs, true);
        QVERIFY(reports);
        QCOMPARE(reports->size(), s.history.size());
        for (const td::provenance::VersionReport &report : *reports) {
            WatchEvent event;
            event.package = kPackage;
            event.version = report.release.version;
            event.at = report.release.published;
            VerdictInput input{event, report, {}, releaseSignals(after, event.version), {}, true};
            judged.append({event, WatchVerdict::judge(input, s.marks), {}});
        }
    }
    QVERIFY(!judged.isEmpty());

    Level worst = Level::Expected;
    QStringList codes;
    QString text;
    for (const Judged &j : std::as_const(judged)) {
        if (!s.firstRun) // the verdicts in words, for whoever reads the log
            qInfo().noquote() << kindName(j.event.kind) << j.event.spec()
                              << levelName(j.verdict.level) << j.verdict.reasons << j.verdict.note;
        worst = std::max(worst, j.verdict.level);
        for (qsizetype i = 0; i < j.verdict.codes.size(); ++i) {
            codes.append(j.verdict.codes[i]);
            // An alarm names each of its reasons as alarming (both, for a token publish with a
            // new postinstall).
            if (r.level == Level::Alarm && r.codes.contains(j.verdict.codes[i]))
                QCOMPARE(j.verdict.weights[i], Level::Alarm);
        }
        text += QStringList{j.verdict.reasons.join(u'\n'), j.verdict.note, j.publishPath}.join(
            u'\n');
        text += u'\n';
    }
    const QString diagnosis = u"codes: "_s + codes.join(u", "_s) + u"\n"_s + text;
    QVERIFY2(worst == r.level, qPrintable(diagnosis));
    for (const QString &code : r.codes)
        QVERIFY2(codes.contains(code), qPrintable(u"missing "_s + code + u"; "_s + diagnosis));
    for (const QString &evidence : r.evidence)
        QVERIFY2(text.contains(evidence),
                 qPrintable(u"missing \""_s + evidence + u"\"; "_s + diagnosis));
}

QTEST_GUILESS_MAIN(TestWatchScenarios)
#include "tst_watchscenarios.moc"
