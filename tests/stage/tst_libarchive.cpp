// SPDX-License-Identifier: GPL-3.0-or-later
// LibArchive: libarchive loaded when a tarball is first read, not at start-up (issue 18), and a
// clear reason when it cannot be: the file is missing, or is not libarchive.
#include "core/stage/LibArchive.h"

#include <QTest>

using namespace td;

class TestLibArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSystemLibraryLoadsWithEveryFunction()
    {
        QString whyNot;
        const LibArchive *functions = LibArchive::shared(&whyNot);
        QVERIFY2(functions, qPrintable(whyNot));
        QVERIFY(whyNot.isEmpty());
        QVERIFY(functions->readNew && functions->readFree && functions->entryPerm);
        // The functions are libarchive's own: a reader made and freed through them.
        archive *reader = functions->readNew();
        QVERIFY(reader);
        QCOMPARE(functions->supportFormatTar(reader), ARCHIVE_OK);
        QCOMPARE(functions->readFree(reader), ARCHIVE_OK);
        QCOMPARE(LibArchive::shared(), functions); // loaded once
    }

    void aMissingLibraryIsNamed()
    {
        QString whyNot;
        QVERIFY(!LibArchive::load(QStringLiteral("td-no-such-archive-library"), 13, &whyNot));
        QVERIFY2(whyNot.startsWith(QLatin1String("libarchive could not be loaded (")),
                 qPrintable(whyNot));
        QVERIFY2(whyNot.contains(QLatin1String("td-no-such-archive-library")), qPrintable(whyNot));
    }

    void anotherLibraryIsNotTakenForIt()
    {
        // zlib loads, but exports none of libarchive's functions: the first one missing is named.
        QString whyNot;
        QVERIFY(!LibArchive::load(QStringLiteral("z"), 1, &whyNot));
        QVERIFY2(whyNot.contains(QLatin1String("libz.so.1")), qPrintable(whyNot));
        QVERIFY2(whyNot.endsWith(QLatin1String("it has no archive_read_new.")), qPrintable(whyNot));
    }
};

QTEST_GUILESS_MAIN(TestLibArchive)
#include "tst_libarchive.moc"
