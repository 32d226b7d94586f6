// SPDX-License-Identifier: GPL-3.0-or-later
// CiLogDiagnoser on log files (issue 12, item 10): a 40 MiB log is read to its end (the error
// npm prints last is found) in bounded memory, and UTF-16 logs (with or without BOM) are
// recognised; line by line gives what the whole text gives.
#include "TestPaths.h"
#include "core/diagnose/CiLogDiagnoser.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace td;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TD_TEST_DATA_DIR "/diagnose/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TstCiLogFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void hugeLogIsReadToTheEndInBoundedMemory()
    {
        const QByteArray log = fixture("row01-e404-put.log");
        const Diagnosis alone = CiLogDiagnoser::diagnose(QString::fromUtf8(log));
        QVERIFY(!alone.causes.isEmpty());

        const QString path = m_dir.filePath(QStringLiteral("huge.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray filler(99, '.');
        int lines = 0;
        while (f.size() < 40 * 1024 * 1024) {
            f.write(filler + '\n');
            ++lines;
        }
        f.write(log);
        f.close();

        const long before = peakRssKiB();
        const auto diagnosis = CiLogDiagnoser::diagnoseFile(path);
        const long grown = peakRssKiB() - before;
        QVERIFY(diagnosis);
        QCOMPARE(diagnosis.value().causes.first().id, alone.causes.first().id);
        QCOMPARE(diagnosis.value().causes.first().firstLine,
                 lines + alone.causes.first().firstLine);
        // The text alone would be 80 MiB as a QString; streaming keeps a few chunks. Under
        // AddressSanitizer peak RSS says nothing about our buffers (freed chunks wait in its
        // 256 MB quarantine, and shadow memory comes on top): the Release run checks the bound.
#ifndef TD_ADDRESS_SANITIZER
        QVERIFY2(grown < 16 * 1024, qPrintable(QStringLiteral("peak grew %1 KiB").arg(grown)));
#else
        qInfo("peak grew %ld KiB under AddressSanitizer (bound checked in the Release run)", grown);
#endif
    }

    void utf16Logs_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::newRow("LE BOM") << int(QStringConverter::Utf16LE) << true;
        QTest::newRow("BE BOM") << int(QStringConverter::Utf16BE) << true;
        QTest::newRow("LE no BOM") << int(QStringConverter::Utf16LE) << false;
        QTest::newRow("BE no BOM") << int(QStringConverter::Utf16BE) << false;
    }
    void utf16Logs()
    {
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        const QByteArray log = fixture("row05-missing-id-token.log");
        const Diagnosis expected = CiLogDiagnoser::diagnose(QString::fromUtf8(log));
        QVERIFY(!expected.causes.isEmpty());
        QStringEncoder encode(QStringConverter::Encoding(encoding),
                              bom ? QStringConverter::Flag::WriteBom
                                  : QStringConverter::Flag::Default);
        const QString path = m_dir.filePath(QStringLiteral("utf16.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(encode(QString::fromUtf8(log)));
        f.close();
        const auto diagnosis = CiLogDiagnoser::diagnoseFile(path);
        QVERIFY(diagnosis);
        QCOMPARE(diagnosis.value().causes.size(), expected.causes.size());
        for (qsizetype i = 0; i < expected.causes.size(); ++i) {
            QCOMPARE(diagnosis.value().causes.at(i).id, expected.causes.at(i).id);
            QCOMPARE(diagnosis.value().causes.at(i).evidence, expected.causes.at(i).evidence);
        }
    }
};

QTEST_GUILESS_MAIN(TstCiLogFile)
#include "tst_cilogfile.moc"
