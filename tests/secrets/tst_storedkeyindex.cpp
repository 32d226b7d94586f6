// SPDX-License-Identifier: GPL-3.0-or-later
// The index of stored key names: names only, 0600, written whole, not trusted until built.
#include "core/secrets/StoredKeyIndex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TstStoredKeyIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("sub/index.json")); }

    QStringList keysInFile() const
    {
        QFile f(path());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList keys;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("keys")).toArray())
            keys << v.toString();
        return keys;
    }

private Q_SLOTS:
    void cleanup() { QFile::remove(path()); }

    void missingFileIsNotBuilt()
    {
        StoredKeyIndex index(path());
        QVERIFY(!index.isBuilt());
        QVERIFY(!index.contains(QStringLiteral("token/a/1")));
    }

    void changesBeforeBuildingStayInMemory()
    {
        StoredKeyIndex index(path());
        QVERIFY(index.add(QStringLiteral("token/a/1")).ok());
        // A file listing only this key would say every other stored key is gone.
        QVERIFY(!QFile::exists(path()));
        QVERIFY(!index.isBuilt());
    }

    void buildAddRemoveFollowTheFile()
    {
        StoredKeyIndex index(path());
        QVERIFY(index.replaceAll({QStringLiteral("token/a/1"), QStringLiteral("session/a")}).ok());
        QVERIFY(index.add(QStringLiteral("token/a/2")).ok());
        QVERIFY(index.remove(QStringLiteral("token/a/1")).ok());
        QCOMPARE(keysInFile(),
                 (QStringList{QStringLiteral("session/a"), QStringLiteral("token/a/2")}));

        StoredKeyIndex reread(path());
        QVERIFY(reread.isBuilt());
        QVERIFY(reread.contains(QStringLiteral("token/a/2")));
        QVERIFY(!reread.contains(QStringLiteral("token/a/1")));
    }

    void anotherProcessesChangesAreSeenAndKept()
    {
        // The app and the CLI each hold an index of the same file.
        StoredKeyIndex app(path());
        QVERIFY(app.replaceAll({QStringLiteral("token/a/1")}).ok());
        StoredKeyIndex cli(path());
        QVERIFY(cli.add(QStringLiteral("token/a/created-by-cli")).ok());
        QVERIFY(app.contains(QStringLiteral("token/a/created-by-cli")));
        QVERIFY(app.add(QStringLiteral("token/a/2")).ok());
        QCOMPARE(keysInFile(),
                 (QStringList{QStringLiteral("token/a/1"), QStringLiteral("token/a/2"),
                              QStringLiteral("token/a/created-by-cli")}));
    }

    void fileIsOwnerOnly()
    {
        StoredKeyIndex index(path());
        QVERIFY(index.replaceAll({QStringLiteral("token/a/1")}).ok());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path()) & others, QFileDevice::Permissions());
    }

    void damagedFileIsRebuiltLikeAMissingOne()
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"keys\": 42");
        f.close();
        StoredKeyIndex index(path());
        QVERIFY(!index.isBuilt());
    }
};

QTEST_GUILESS_MAIN(TstStoredKeyIndex)
#include "tst_storedkeyindex.moc"
