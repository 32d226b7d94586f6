// SPDX-License-Identifier: GPL-3.0-or-later
// TokenListService over the real keychain (gnome-keyring under tests/run-headless.sh): on the
// first start after an upgrade there is no index of key names yet; the "in keychain" column of
// 1,000 listed tokens still fills in from the keychain's list of names, and no secret is read.
#include "AwaitResult.h"
#include "FakeClock.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenCache.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokenlist/TokenListService.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace td;
using namespace td::test;

namespace {
const QString kService = QStringLiteral("tokendesk-tokenlist-test");
}

class TstTokenListKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnFromTheKeychainsNamesWithoutReads()
    {
        QTemporaryDir dir;
        FakeClock clock;
        Account account;
        account.registry = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        account.user = QStringLiteral("maintainer");
        account.id = Account::makeId(account.registry, account.user);
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.json")));
        accounts.upsert(account);
        QVERIFY(accounts.save());

        // 1,000 listed tokens; TokenDesk stored the secrets of three, in an earlier version
        // (the index file below does not exist yet).
        const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        QList<Token> tokens;
        for (int i = 0; i < 1000; ++i) {
            Token token;
            token.accountId = account.id;
            token.key = QStringLiteral("%1-%2").arg(run).arg(i, 4, 10, QLatin1Char('0'));
            token.created = clock.now().addDays(-1);
            tokens.append(token);
        }
        const QSet<QString> stored{tokens.at(3).key, tokens.at(500).key, tokens.at(999).key};
        {
            KeychainSecretStore earlier(kService);
            earlier.setIndexPath(dir.filePath(QStringLiteral("earlier-index.json")));
            for (const QString &key : stored) {
                const auto written = await<void>([&](auto done) {
                    earlier.write(SecretStore::tokenKey(account.id, key),
                                  SecretBuffer::fromString(QStringLiteral("npm_Kept") + key), this,
                                  done);
                });
                QVERIFY2(written.ok(), qPrintable(why(written)));
            }
        }
        TokenCache cache(dir.filePath(QStringLiteral("token-cache")));
        QVERIFY(cache.store(account.id, tokens, clock.now()).ok());

        KeychainSecretStore keychain(kService);
        keychain.setIndexPath(dir.filePath(QStringLiteral("keychain-index.json")));
        QNetworkAccessManager nam;
        SessionManager sessions(&nam, &keychain, &accounts, clock);
        TokenListModel model(clock);
        TokenListService service({&accounts, &sessions, &cache, &keychain, &clock, &model});
        QSignalSpy keychainChanged(&service, &TokenListService::keychainChanged);
        QVERIFY(service.loadCached().isEmpty());
        service.showAccount(account.id);
        service.followKeychain(account.id);
        QCOMPARE(model.rowCount(), 1000);

        // Not known at once; the index is built from the names the keychain lists.
        QVERIFY(
            QTest::qWaitFor([&] { return service.storedInKeychain(account.id) == stored; }, 15000));
        QVERIFY(!keychainChanged.isEmpty());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, TokenListModel::InKeychainColumn)
                         .data(TokenListModel::RawValueRole)
                         .toBool(),
                     stored.contains(model.tokenAt(row).key));
        QCOMPARE(keychain.readCount(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("keychain-index.json"))));

        for (const QString &key : stored)
            (void)await<void>([&](auto done) {
                keychain.remove(SecretStore::tokenKey(account.id, key), this, done);
            });
        QVERIFY(
            QTest::qWaitFor([&] { return service.storedInKeychain(account.id).isEmpty(); }, 5000));
        QCOMPARE(keychain.readCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstTokenListKeychain)
#include "tst_tokenlistkeychain.moc"
