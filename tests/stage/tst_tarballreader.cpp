// SPDX-License-Identifier: GPL-3.0-or-later
// TarballReader on real tarballs written with libarchive: pax and GNU headers, npm's "package/"
// folder, and the hostile ones (names leaving the folder, huge entries, bombs, garbage) that must
// end in one clear error with bounded memory.
#include "TarballBuilder.h"
#include "core/stage/TarballReader.h"

#include <QCryptographicHash>
#include <QTest>

#include <sys/resource.h>

using namespace td;
using namespace td::test;
Q_DECLARE_METATYPE(QList<td::test::TarEntry>)

namespace {
long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

class TestTarballReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsPackageFiles_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pax") << int(TarFormat::Pax);
        QTest::newRow("gnu") << int(TarFormat::Gnu);
    }
    void readsPackageFiles()
    {
        QFETCH(int, format);
        const QString longName
            = QStringLiteral("lib/") + QString(120, QLatin1Char('x')) + QLatin1String(".js");
        const QByteArray tgz
            = buildTarball({dir(QStringLiteral("package")),
                            file(QStringLiteral("package.json"), manifest("demo", "1.0.0")),
                            file(longName, "module.exports = 1;\n"),
                            file(QStringLiteral("bin/run"), "#!/usr/bin/env node\n", 0755),
                            file(QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\0\0\0\0", 10)),
                            symlink(QStringLiteral("package/link"), QStringLiteral("/etc/passwd"))},
                           TarFormat(format));
        const Result<TarballContents> read = TarballReader::read(tgz);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().oneLine()));
        const TarballContents &c = read.value();
        QCOMPARE(c.packedSize, tgz.size());
        QCOMPARE(c.files.size(), 4);
        QVERIFY(c.find(longName)); // the long name came through the pax / GNU extension
        QCOMPARE(c.find(longName)->content, QByteArray("module.exports = 1;\n"));
        QVERIFY(c.find(longName)->text);
        QVERIFY(!c.find(QStringLiteral("logo.png"))->text);
        QCOMPARE(c.find(QStringLiteral("bin/run"))->mode, 0755);
        QCOMPARE(c.skipped, QStringList{QStringLiteral("link")}); // npm installs no links
        QCOMPARE(c.unpackedSize, qint64(manifest("demo", "1.0.0").size() + 20 + 20 + 10));
    }

    void refusesHostileTarballs_data()
    {
        QTest::addColumn<QByteArray>("tgz");
        QTest::addColumn<QString>("message");
        QTest::newRow("parent folder")
            << buildTarball({raw(QStringLiteral("package/../../.bashrc"), "evil")})
            << QStringLiteral("points outside the package folder");
        QTest::newRow("absolute path")
            << buildTarball({raw(QStringLiteral("/etc/cron.d/evil"), "evil")})
            << QStringLiteral("points outside the package folder");
        QTest::newRow("windows drive")
            << buildTarball({raw(QStringLiteral("C:\\Windows\\evil.dll"), "evil")})
            << QStringLiteral("points outside the package folder");
        QTest::newRow("backslash parent")
            << buildTarball({raw(QStringLiteral("package\\..\\..\\evil"), "evil")})
            << QStringLiteral("points outside the package folder");
        QTest::newRow("not gzip") << QByteArray("this is not a tarball at all")
                                  << QStringLiteral("not a gzip-compressed tar archive");
        QByteArray noise(200000, Qt::Uninitialized); // incompressible, so the cut is mid-data
        quint32 seed = 12345;
        for (char &c : noise)
            c = char((seed = seed * 1103515245u + 12345u) >> 24);
        const QByteArray whole = buildTarball({file(QStringLiteral("a.bin"), noise)});
        QTest::newRow("truncated")
            << whole.left(whole.size() / 2) << QStringLiteral("“a.bin” cannot be read");
    }
    void refusesHostileTarballs()
    {
        QFETCH(QByteArray, tgz);
        QFETCH(QString, message);
        const Result<TarballContents> read = TarballReader::read(tgz);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
        QCOMPARE(read.error().code, ErrorCode::MalformedResponse);
        QVERIFY(!read.error().hint.isEmpty());
    }

    void limitsEndBombsAndHugeEntries_data()
    {
        QTest::addColumn<QList<TarEntry>>("entries");
        QTest::addColumn<qint64>("maxEntry");
        QTest::addColumn<qint64>("maxUnpacked");
        QTest::addColumn<int>("maxEntries");
        QTest::addColumn<QString>("message");
        // 200 MB of zeros packs to ~200 KB: a gzip bomb against a 64 MB budget.
        QTest::newRow("bomb") << QList<TarEntry>{zeros(QStringLiteral("package/zeros"),
                                                       200ll << 20)}
                              << (256ll << 20) << (64ll << 20) << 100
                              << QStringLiteral("unpacks to more than 64.0 MB");
        QTest::newRow("huge entry")
            << QList<TarEntry>{zeros(QStringLiteral("package/big"), 40ll << 20)} << (16ll << 20)
            << (512ll << 20) << 100 << QStringLiteral("more than the 16.0 MB");
        QList<TarEntry> many;
        for (int i = 0; i < 300; ++i)
            many.append(file(QStringLiteral("f%1").arg(i), "x"));
        QTest::newRow("too many entries") << many << (16ll << 20) << (512ll << 20) << 200
                                          << QStringLiteral("more than 200 entries");
        QList<TarEntry> spread;
        for (int i = 0; i < 5; ++i)
            spread.append(zeros(QStringLiteral("package/part%1").arg(i), 10ll << 20));
        QTest::newRow("many medium entries") << spread << (16ll << 20) << (32ll << 20) << 100
                                             << QStringLiteral("unpacks to more than 32.0 MB");
    }
    void limitsEndBombsAndHugeEntries()
    {
        QFETCH(QList<TarEntry>, entries);
        QFETCH(qint64, maxEntry);
        QFETCH(qint64, maxUnpacked);
        QFETCH(int, maxEntries);
        QFETCH(QString, message);
        const QByteArray tgz = buildTarball(entries);
        QVERIFY(tgz.size() < (1 << 20)); // what arrives is small …
        TarballLimits limits;
        limits.maxEntryBytes = maxEntry;
        limits.maxUnpackedBytes = maxUnpacked;
        limits.maxEntries = maxEntries;
        const long before = peakRssKb();
        const Result<TarballContents> read = TarballReader::read(tgz, limits);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
        // … and reading it never holds what it unpacks to (zeros beyond the kept-file cap).
        QVERIFY2(peakRssKb() - before < 24 * 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 kB").arg(peakRssKb() - before)));
    }

    void largeFilesAreHashedNotKept()
    {
        TarballLimits limits;
        limits.keepFileBytes = 1000;
        const QByteArray big(5000, 'b');
        const Result<TarballContents> read
            = TarballReader::read(buildTarball({file(QStringLiteral("big.txt"), big),
                                                file(QStringLiteral("s.txt"), "s")}),
                                  limits);
        QVERIFY(read.ok());
        const TarballFile *large = read.value().find(QStringLiteral("big.txt"));
        QVERIFY(large && !large->kept && large->content.isEmpty());
        QCOMPARE(large->size, 5000);
        QCOMPARE(large->sha1, QCryptographicHash::hash(big, QCryptographicHash::Sha1).toHex());
        QVERIFY(read.value().find(QStringLiteral("s.txt"))->kept);
    }

    void repeatedNameReplacesTheEarlierEntry()
    {
        const Result<TarballContents> read = TarballReader::read(buildTarball(
            {file(QStringLiteral("a.js"), "first"), file(QStringLiteral("a.js"), "second!")}));
        QVERIFY(read.ok());
        QCOMPARE(read.value().files.size(), 1);
        QCOMPARE(read.value().files.first().content, QByteArray("second!"));
        QCOMPARE(read.value().unpackedSize, 7);
    }

    void withoutLibarchiveItSaysWhatToInstall()
    {
        const QString whyNot = QStringLiteral("libarchive could not be loaded (not found).");
        const Result<TarballContents> read = TarballReader::read(
            buildTarball({file(QStringLiteral("a.js"), "x")}), {}, nullptr, whyNot);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::Unsupported);
        QCOMPARE(read.error().message, QStringLiteral("TokenDesk cannot open tarballs: ") + whyNot);
        QVERIFY2(read.error().hint.contains(QLatin1String("apt install libarchive13")),
                 qPrintable(read.error().hint));
    }
};

QTEST_GUILESS_MAIN(TestTarballReader)
#include "tst_tarballreader.moc"
