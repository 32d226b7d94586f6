// SPDX-License-Identifier: GPL-3.0-or-later
// `tokendesk-cli watch --once --json` and private packages (issue 22), against the real
// tokendesk-sandbox (--seed watch), the real keychain and tokendesk-cli as a process in a HOME of
// its own. The maintainer signs in through the CLI; the token cache (as the app's token list
// writes it) holds the seed's read-only `watch-read` token. While its secret is not in the
// keychain, the restricted @acme/internal-tools is not watched (the anonymous package list does
// not name it, so the watch cannot even list it as unwatched); once
// TokenDesk keeps the secret (service "tokendesk", the CLI's key index), the CLI hands that entry
// to the watch as the account's read token and the package is watched (its baseline shown).
#include "CliSandboxFixture.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/StoredKeyIndex.h"
#include "core/tokenlist/TokenCache.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace td;
using namespace td::test;
using namespace Qt::StringLiterals;

namespace {
constexpr char kReadToken[] = "npm_SandboxWatchReadOnly0000000000000000"; // the seed's watch-read
const QString kReadTokenId = u"0b5f1a2c-2203-4a00-8000-000000002203"_s;
const QString kPrivate = u"@acme/internal-tools"_s;
} // namespace

class CliWatchReadTokenTest : public QObject
{
    Q_OBJECT

private:
    CliSandbox m_env;
    QString m_accountId;
    std::unique_ptr<KeychainSecretStore> m_keychain;

    QString dataDir() const { return m_env.home.filePath(u".local/share/tokendesk"_s); }
    QString secretKey() const { return SecretStore::tokenKey(m_accountId, kReadTokenId); }
    QJsonObject watchOnce()
    {
        const CliRun r = m_env.cli({u"--json"_s, u"watch"_s, u"--once"_s}, {}, 300000);
        QJsonObject out = QJsonDocument::fromJson(r.out).object();
        if (out.isEmpty() || r.exitCode > 1)
            qWarning("watch --once: exit %d\n%s\n%s", r.exitCode, r.out.constData(),
                     r.err.constData());
        return out;
    }
    static QString unwatchedReason(const QJsonObject &pass, const QString &package)
    {
        const QJsonArray unwatched = pass.value(u"unwatched"_s).toArray();
        for (const QJsonValue &value : unwatched)
            if (value.toObject().value(u"package"_s).toString() == package)
                return value.toObject().value(u"reason"_s).toString();
        return {};
    }
    static bool hasReleaseOf(const QJsonObject &pass, const QString &package)
    {
        const QJsonArray releases = pass.value(u"releases"_s).toArray();
        for (const QJsonValue &value : releases)
            if (value.toObject().value(u"package"_s).toString() == package)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_env.home.isValid());
        QVERIFY2(m_env.sandbox.start({u"--seed"_s, u"watch"_s}),
                 qPrintable(m_env.sandbox.errorString()));
        m_accountId = m_env.signIn();
        QVERIFY(!m_accountId.isEmpty());
        // The account's token list as TokenDesk last read it: the seed's watch-read token.
        Token token;
        token.accountId = m_accountId;
        token.key = kReadTokenId;
        token.name = u"watch-read"_s;
        token.kind = TokenKind::GranularReadOnly;
        token.readOnly = true;
        token.packagesPermission = Permission::ReadOnly;
        token.allPackages = true;
        token.created = QDateTime::currentDateTimeUtc().addDays(-2);
        token.expires = QDateTime::currentDateTimeUtc().addDays(300);
        QVERIFY(TokenCache(QDir(dataDir()).filePath(u"token-cache"_s))
                    .store(m_accountId, {token}, QDateTime::currentDateTimeUtc()));
        m_keychain = std::make_unique<KeychainSecretStore>(u"tokendesk"_s);
        m_keychain->setIndexPath(QDir(dataDir()).filePath(u"keychain-index/tokendesk.json"_s));
    }

    void privatePackageWithoutAStoredReadTokenIsNotWatched()
    {
        const QJsonObject pass = watchOnce();
        QVERIFY2(!pass.isEmpty(), "no JSON from watch --once");
        // Anonymous, the registry does not even list it: only the four public packages.
        QCOMPARE(pass.value(u"packages"_s).toInt(), 4);
        QVERIFY(!hasReleaseOf(pass, kPrivate));
    }

    void privatePackageIsWatchedWithTheStoredReadToken()
    {
        std::optional<Result<void>> written;
        m_keychain->write(secretKey(), SecretBuffer(QByteArrayView(kReadToken)), this,
                          [&written](Result<void> r) { written = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 20000));
        QVERIFY(written->ok());

        const QJsonObject pass = watchOnce();
        QVERIFY2(!pass.isEmpty(), "no JSON from watch --once");
        QCOMPARE(pass.value(u"packages"_s).toInt(), 5);
        QVERIFY2(unwatchedReason(pass, kPrivate).isEmpty(),
                 QJsonDocument(pass).toJson().constData());
        QVERIFY2(hasReleaseOf(pass, kPrivate), QJsonDocument(pass).toJson().constData());
    }

    void cleanupTestCase()
    {
        if (m_keychain) {
            bool removed = false;
            m_keychain->remove(secretKey(), this, [&removed](Result<void>) { removed = true; });
            QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
        }
        m_keychain.reset();
    }
};

QTEST_GUILESS_MAIN(CliWatchReadTokenTest)
#include "tst_cli_watch_readtoken.moc"
