// SPDX-License-Identifier: GPL-3.0-or-later
// CI sign-ins against the real gnome-keyring of tests/run-headless.sh: the credential lives in the
// keychain under ci/<provider>/<host>, the index beside it holds who and where, never the value.
#include "Harness.h"
#include "core/cisecrets/CiCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

template<class R, class Call>
R await(Call call)
{
    std::optional<R> result;
    call([&](R r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return R(makeError(ErrorCode::Timeout, QStringLiteral("test timed out")));
    return std::move(*result);
}

QString secretTool(const QString &service, const QString &key)
{
    QProcess p;
    p.start(
        QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QString kService = QStringLiteral("tokendesk-test-ci");

CiAccount gitlabAccount(const QString &login)
{
    CiAccount account;
    account.provider = CiProvider::GitLab;
    account.host = QStringLiteral("GitLab.Example.org");
    account.apiBase = QUrl(QStringLiteral("https://gitlab.example.org/api/v4"));
    account.login = login;
    account.scopes = {QStringLiteral("api")};
    return account;
}

} // namespace

class TestCiCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { TD_REQUIRE_HARNESS(); }

    void saveLoadReplaceRemove()
    {
        QTemporaryDir dir;
        const QString index = dir.path() + QStringLiteral("/ci-accounts.json");
        KeychainSecretStore keychain(kService);
        CiCredentialStore store(keychain, index);
        QSignalSpy changed(&store, &CiCredentialStore::accountsChanged);
        const QString value = QStringLiteral("glpat-CiCredentialStoreTest0001");

        auto saved = await<Result<void>>([&](auto done) {
            store.save(gitlabAccount(QStringLiteral("jane")), SecretBuffer::fromString(value),
                       done);
        });
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().oneLine()));
        QCOMPARE(changed.size(), 1);
        const QString key = QStringLiteral("ci/gitlab/gitlab.example.org");
        QCOMPARE(CiCredentialStore::keychainKey(CiProvider::GitLab,
                                                QStringLiteral("GitLab.Example.org")),
                 key);
        QCOMPARE(secretTool(kService, key), value); // really in the Secret Service

        // The index names who and where, never the value; another store instance reads it.
        QFile file(index);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(!json.contains(value.toUtf8()));
        QVERIFY(json.contains("jane"));
        QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        CiCredentialStore other(keychain, index);
        const auto found
            = other.accountFor(CiProvider::GitLab, QStringLiteral("gitlab.example.org"));
        QVERIFY(found);
        QCOMPARE(found->login, QStringLiteral("jane"));
        QCOMPARE(found->apiBase, QUrl(QStringLiteral("https://gitlab.example.org/api/v4")));
        QCOMPARE(found->scopes, QStringList{QStringLiteral("api")});
        QVERIFY(other.addedAt(*found).isValid());
        QVERIFY(!other.accountFor(CiProvider::GitHub, QStringLiteral("gitlab.example.org")));

        auto loaded = await<Result<std::shared_ptr<const SecretBuffer>>>(
            [&](auto done) { other.load(*found, done); });
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value()->revealString(), value);

        // Signing in again replaces the account and its credential.
        const QString second = QStringLiteral("glpat-CiCredentialStoreTest0002");
        QVERIFY(await<Result<void>>([&](auto done) {
            store.save(gitlabAccount(QStringLiteral("jane2")), SecretBuffer::fromString(second),
                       done);
        }));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().first().login, QStringLiteral("jane2"));
        QCOMPARE(secretTool(kService, key), second);

        QVERIFY(await<Result<void>>([&](auto done) { store.remove(*found, done); }));
        QVERIFY(store.accounts().isEmpty());
        QCOMPARE(secretTool(kService, key), QString());
        auto gone = await<Result<std::shared_ptr<const SecretBuffer>>>(
            [&](auto done) { store.load(*found, done); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QVERIFY(gone.error().message.contains(QLatin1String("tokendesk-cli ci login gitlab")));
    }

    void damagedIndexIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString index = dir.path() + QStringLiteral("/ci-accounts.json");
        QFile file(index);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{broken");
        file.close();
        KeychainSecretStore keychain(kService);
        CiCredentialStore store(keychain, index);
        const Result<void> reloaded = store.reload();
        QVERIFY(!reloaded);
        QVERIFY(reloaded.error().message.contains(index));
        QVERIFY(store.accounts().isEmpty());
        QFile again(index);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("{broken"));
    }
};

QTEST_GUILESS_MAIN(TestCiCredentialStore)
#include "tst_cicredentialstore.moc"
