// SPDX-License-Identifier: GPL-3.0-or-later
// How long an account's credential lives, per registry kind: CodeArtifact's 12 hours counted from
// the stored time or the npmrc file's last write (a real file's mtime), GitHub's reported expiry,
// a user-entered date, and npm's session — each said the kind's way, with an injected clock.
#include "FakeClock.h"
#include "core/account/Account.h"
#include "core/account/RegistryExpiryText.h"
#include "core/expiry/CredentialExpiry.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {
const QDateTime kStart(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

Account accountOn(const QString &url)
{
    Account account;
    account.registry = QUrl(url);
    account.user = QStringLiteral("jane");
    account.id = Account::makeId(account.registry, account.user);
    return account;
}
} // namespace

class TestRegistryExpiryText : public QObject
{
    Q_OBJECT
private slots:
    void codeArtifactCountsTwelveHoursFromTheNpmrcWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".npmrc"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("//acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/npm/shared/"
                   ":_authToken=eyJ2ZXIiOjEsImlzdSI6MTcwMDAwMDAwMH0\n");
        file.close();
        // `aws codeartifact login` wrote it 3 h 20 min ago (set after closing: the close of a
        // written file stamps it again).
        const QDateTime written = kStart.addSecs(-3 * 3600 - 20 * 60);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.setFileTime(written, QFileDevice::FileModificationTime));
        file.close();

        const CredentialExpiry fromFile
            = codeArtifactExpiry({}, QFileInfo(path).fileTime(QFileDevice::FileModificationTime));
        QCOMPARE(fromFile.basis, CredentialExpiryBasis::FileWritten);
        QCOMPARE(fromFile.expires, written.addSecs(12 * 3600));

        Account account = accountOn(QStringLiteral(
            "https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/npm/shared/"));
        account.credentialExpiry = fromFile;
        test::FakeClock clock(kStart);
        QCOMPARE(accountExpiryText(account, clock.now()),
                 QStringLiteral("token in 8 h 40 min (12 hours from when the .npmrc was written)"));
        clock.advance(std::chrono::hours(8));
        QCOMPARE(accountExpiryText(account, clock.now()),
                 QStringLiteral("token in 40 min (12 hours from when the .npmrc was written)"));
        clock.advance(std::chrono::hours(1));
        QVERIFY(accountExpiryText(account, clock.now()).startsWith(QLatin1String("token expired")));
    }

    void codeArtifactPrefersTheStoredTime()
    {
        const QDateTime stored = kStart.addSecs(-3600);
        const CredentialExpiry expiry = codeArtifactExpiry(stored, kStart.addDays(-3));
        QCOMPARE(expiry.basis, CredentialExpiryBasis::TokenStored);
        QCOMPARE(expiry.expires, stored.addSecs(12 * 3600));
        Account account = accountOn(
            QStringLiteral("https://acme-1.d.codeartifact.us-east-1.amazonaws.com/npm/r/"));
        account.credentialExpiry = expiry;
        QCOMPARE(accountExpiryText(account, kStart),
                 QStringLiteral("token in 11 h (12 hours from when TokenDesk stored it)"));
        QVERIFY(!codeArtifactExpiry({}, {}).isKnown());
        account.credentialExpiry = {};
        QCOMPARE(accountExpiryText(account, kStart),
                 QStringLiteral("token lasts 12 hours from \"aws codeartifact login\""));
    }

    void eachKindSaysItsExpiryItsWay_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QDateTime>("expires");
        QTest::addColumn<CredentialExpiryBasis>("basis");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tokenWithoutExpiry");

        const QDateTime inTwoDays = kStart.addDays(2).addSecs(4 * 3600);
        QTest::newRow("npmjs: the session")
            << "https://registry.npmjs.org/"
            << "" << QDateTime() << CredentialExpiryBasis::None << "session ends in 1 h 30 min"
            << "no expiry";
        QTest::newRow("verdaccio: the session; tokens' expiry set by the registry")
            << "http://127.0.0.1:4873/"
            << "verdaccio/6.1.2" << QDateTime() << CredentialExpiryBasis::None
            << "session ends in 1 h 30 min"
            << "expiry set by the registry";
        QTest::newRow("github, reported")
            << "https://npm.pkg.github.com/"
            << "" << inTwoDays << CredentialExpiryBasis::ResponseHeader
            << "token in 2 d 4 h (as GitHub reports)"
            << "no expiry";
        QTest::newRow("github, not yet reported")
            << "https://npm.pkg.github.com/"
            << "" << QDateTime() << CredentialExpiryBasis::None
            << "token expiry: GitHub says on the next refresh"
            << "no expiry";
        QTest::newRow("azure, entered")
            << "https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/"
            << "" << inTwoDays << CredentialExpiryBasis::UserEntered
            << "token in 2 d 4 h (date you entered)"
            << "no expiry";
        QTest::newRow("azure, not entered")
            << "https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/"
            << "" << QDateTime() << CredentialExpiryBasis::None << "token expiry not entered"
            << "no expiry";
        QTest::newRow("unknown, entered") << "https://npm.corp.example/"
                                          << "" << inTwoDays << CredentialExpiryBasis::UserEntered
                                          << "token in 2 d 4 h (date you entered)"
                                          << "no expiry";
    }
    void eachKindSaysItsExpiryItsWay()
    {
        QFETCH(QString, url);
        QFETCH(QString, server);
        QFETCH(QDateTime, expires);
        QFETCH(CredentialExpiryBasis, basis);
        Account account = accountOn(url);
        account.capabilities.server = server;
        if (url.contains(QLatin1String("corp.example")))
            account.capabilities.tokenApi = false;
        account.sessionExpires = kStart.addSecs(90 * 60);
        account.credentialExpiry = {expires, basis};
        QTEST(accountExpiryText(account, kStart), "text");
        QTEST(tokenWithoutExpiryText(account.registryKind()), "tokenWithoutExpiry");

        // What was learned survives the account file.
        const auto read = Account::fromJson(account.toJson());
        QVERIFY(read);
        QCOMPARE(read->credentialExpiry, account.credentialExpiry);
        QCOMPARE(read->registryKind(), account.registryKind());
    }
};

QTEST_GUILESS_MAIN(TestRegistryExpiryText)
#include "tst_registryexpirytext.moc"
