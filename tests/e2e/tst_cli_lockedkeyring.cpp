// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli against tokendesk-sandbox with the harness's real gnome-keyring locked through the
// Secret Service API (issue 12, item 7): whoami, token list and logout say at once that the
// keychain is locked, keep the account and its session, and after unlocking everything works
// again without a new sign-in (no 2FA code asked).
#include "../secrets/KeyringControl.h"
#include "CliSandboxFixture.h"

#include <QElapsedTimer>
#include <QFile>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kLockedLine = "The keychain is locked — unlock it and try again.";
} // namespace

class TstCliLockedKeyring : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_env;
    QString m_account;

    QByteArray accountsFile() const
    {
        QFile f(QDir(m_env->home.path())
                    .filePath(QStringLiteral(".local/share/tokendesk/accounts.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void verifyLockedRun(const QStringList &args)
    {
        const QByteArray before = accountsFile();
        QElapsedTimer clock;
        clock.start();
        const CliRun r = m_env->cli(args);
        QCOMPARE(r.exitCode, 1);
        const QByteArray lines = cliLines(r.err);
        QVERIFY2(lines.contains(QByteArray("KEYCHAIN_LOCKED: ").append(kLockedLine)),
                 lines.constData());
        QCOMPARE(lines.count('\n'), 1); // one clear line
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(accountsFile(), before); // the session is kept, not "ended"
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->home.isValid());
        QVERIFY2(m_env->sandbox.start(), qPrintable(m_env->sandbox.errorString()));
        m_account = m_env->signIn();
        QVERIFY(!m_account.isEmpty());
        QVERIFY(accountsFile().contains("sessionExpires"));
        QString error;
        QVERIFY2(lockLoginKeyring(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (loginKeyringLocked())
            QVERIFY(unlockLoginKeyring());
    }

    void whoamiSaysLocked() { verifyLockedRun({QStringLiteral("whoami")}); }
    void tokenListSaysLocked()
    {
        verifyLockedRun({QStringLiteral("token"), QStringLiteral("list")});
    }
    void logoutSaysLockedAndKeepsTheSession() { verifyLockedRun({QStringLiteral("logout")}); }

    void worksAgainAfterUnlockingWithoutANewSignIn()
    {
        QString error;
        QVERIFY2(unlockLoginKeyring(&error), qPrintable(error));
        const CliRun who = m_env->cli({QStringLiteral("whoami")});
        QVERIFY2(who.exitCode == 0, who.err.constData());
        QCOMPARE(who.out.trimmed(), QByteArray("maintainer"));
        const CliRun list = m_env->cli({QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliLockedKeyring)
#include "tst_cli_lockedkeyring.moc"
