// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/AtomicFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TstAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesWithOwnerOnlyMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep/er/cache.json"));
        QVERIFY(td::writeFileAtomically(path, "{}").ok());
        QCOMPARE(QFile::permissions(path)
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        auto read = td::readWholeFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), QByteArray("{}"));
    }

    void replacesWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QVERIFY(td::writeFileAtomically(path, "a long first version").ok());
        QVERIFY(td::writeFileAtomically(path, "short").ok());
        QCOMPARE(td::readWholeFile(path).value(), QByteArray("short"));
    }

    void missingFileIsNotFound()
    {
        QTemporaryDir dir;
        auto read = td::readWholeFile(dir.filePath(QStringLiteral("nope")));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, td::ErrorCode::NotFound);
    }

    void unwritableFolderIsAClearError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A path below a regular file can never be created.
        auto written
            = td::writeFileAtomically(dir.filePath(QStringLiteral("file/sub/x.json")), "{}");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, td::ErrorCode::Io);
        QVERIFY(written.error().message.contains(QStringLiteral("file/sub")));
    }
};

QTEST_GUILESS_MAIN(TstAtomicFile)
#include "tst_atomicfile.moc"
