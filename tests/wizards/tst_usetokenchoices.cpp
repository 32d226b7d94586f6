// SPDX-License-Identifier: GPL-3.0-or-later
// The "use it" choices: the .npmrc line (one new line, every other byte kept, backup, mode kept)
// and the ready-made command and CI secret texts.
#include "core/creation/UseTokenChoices.h"
#include "core/util/SecretBuffer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {
const QUrl kNpmjs(QStringLiteral("https://registry.npmjs.org/"));
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
const SecretBuffer &secret()
{
    static const SecretBuffer s(QByteArrayView("npm_NewSecretForTheNpmrcTest0123456789"));
    return s;
}
QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}
void write(const QString &path, const QByteArray &bytes, QFileDevice::Permissions mode)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QVERIFY(f.setPermissions(mode));
}
} // namespace

class TestUseTokenChoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineUsesTheRegistrysNerfDart_data()
    {
        QTest::addColumn<QUrl>("registry");
        QTest::addColumn<QString>("line");
        QTest::newRow("npmjs") << kNpmjs << QStringLiteral("//registry.npmjs.org/:_authToken=X");
        QTest::newRow("sandbox") << QUrl(QStringLiteral("http://127.0.0.1:4873/"))
                                 << QStringLiteral("//127.0.0.1:4873/:_authToken=X");
    }

    void lineUsesTheRegistrysNerfDart()
    {
        QFETCH(QUrl, registry);
        QFETCH(QString, line);
        QCOMPARE(npmrcTokenLine(registry, QStringLiteral("X")), line);
    }

    void addsExactlyOneLineAndKeepsEveryOtherByte_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::newRow("LF, comments")
            << QByteArray("# my settings\nsave-exact=true\n\n; "
                          "old\n@acme:registry=https://registry.npmjs.org/\n");
        QTest::newRow("CRLF") << QByteArray("fund=false\r\naudit=false\r\n");
        QTest::newRow("section at the end") << QByteArray("fund=false\n[section]\nx=1\n");
    }

    void addsExactlyOneLineAndKeepsEveryOtherByte()
    {
        QFETCH(QByteArray, before);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".npmrc"));
        write(path, before, QFileDevice::ReadUser | QFileDevice::WriteUser);

        auto plan = planNpmrcToken(path, kNpmjs);
        QVERIFY(plan.ok());
        QVERIFY(plan.value().fileExists);
        QCOMPARE(plan.value().replacesLine, -1);

        auto written = writeNpmrcToken(path, kNpmjs, secret(), kNow);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QByteArray after = read(path);
        const QByteArray eol = before.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
        const QByteArray newLine = "//registry.npmjs.org/:_authToken=" + secret().reveal() + eol;
        QCOMPARE(after.size(), before.size() + newLine.size());
        const qsizetype at = after.indexOf(newLine);
        QVERIFY(at >= 0);
        QCOMPARE(after.left(at) + after.mid(at + newLine.size()), before);
        QCOMPARE(after.split('\n').size(), before.split('\n').size() + 1);
        QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(written.value().backupPath, npmrcBackupPath(path, kNow));
        QCOMPARE(read(written.value().backupPath), before);
    }

    void replacesAnExistingTokenForTheSameRegistry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".npmrc"));
        const QByteArray before = "a=1\n//registry.npmjs.org/:_authToken=npm_old\nb=2\n";
        write(path, before, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(planNpmrcToken(path, kNpmjs).value().replacesLine, 2);
        QVERIFY(writeNpmrcToken(path, kNpmjs, secret(), kNow).ok());
        QCOMPARE(read(path),
                 "a=1\n//registry.npmjs.org/:_authToken=" + secret().reveal() + "\nb=2\n");
    }

    void createsAMissingFileOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("project/.npmrc"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("project"))));
        QVERIFY(!planNpmrcToken(path, kNpmjs).value().fileExists);
        auto written = writeNpmrcToken(path, kNpmjs, secret(), kNow);
        QVERIFY(written.ok());
        QVERIFY(written.value().backupPath.isEmpty());
        QCOMPARE(read(path), "//registry.npmjs.org/:_authToken=" + secret().reveal() + "\n");
        QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void emptyPathOrSecretIsRefused()
    {
        QVERIFY(!planNpmrcToken(QString(), kNpmjs).ok());
        QTemporaryDir dir;
        QVERIFY(
            !writeNpmrcToken(dir.filePath(QStringLiteral(".npmrc")), kNpmjs, SecretBuffer(), kNow)
                 .ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".npmrc"))));
    }

    void commandAndSecretNameTexts()
    {
        QCOMPARE(runWithTokenCommand(kNpmjs), QStringLiteral("tokendesk-cli run -- npm publish"));
        QCOMPARE(
            runWithTokenCommand(QUrl(QStringLiteral("http://127.0.0.1:4873/"))),
            QStringLiteral("tokendesk-cli --registry http://127.0.0.1:4873/ run -- npm publish"));
        QCOMPARE(githubActionsSecretName(), QStringLiteral("NPM_TOKEN"));
        QVERIFY(githubActionsEnvLine().contains(githubActionsSecretName()));
    }
};

QTEST_GUILESS_MAIN(TestUseTokenChoices)
#include "tst_usetokenchoices.moc"
