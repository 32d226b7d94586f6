// SPDX-License-Identifier: GPL-3.0-or-later
// End to end against a REAL Verdaccio 6.8.0 (installed from the npm registry by the test, cached in
// the build folder; an install failure FAILS the test): sign in (browser sign-in is not offered,
// so the password is used), list, create a classic token, use it, revoke it — through
// RegistryClient/SessionManager and through tokendesk-cli. Verdaccio's tokens carry no expiry:
// TokenDesk says "this registry does not report expiry" instead of failing.
#include "Harness.h"
#include "HttpHelper.h"
#include "VerdaccioServer.h"
#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/account/RegistryExpiryText.h"
#include "core/account/SessionManager.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kUser = "alice";
const QByteArray kPassword = "alice-pass-7d3f";

template<class T, class Start>
Result<T> await(Start start, int ms = 30000)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}

template<class R>
QString why(const R &result)
{
    return result.ok()
        ? QString()
        : result.error().codeName() + QStringLiteral(": ") + result.error().oneLine();
}

// Verdaccio asks for no second factor; a browser page would be a failure of the test.
class RefusingPrompt final : public TwoFactorPrompt
{
public:
    void askForCode(const QString &, CodeAnswer answer) override
    {
        answer(makeError(ErrorCode::Cancelled, QStringLiteral("no code expected")));
    }
    void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
    {
        ++pages;
        cancel();
    }
    int pages = 0;
};

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestVerdaccio : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    VerdaccioServer m_verdaccio;
    QTemporaryDir m_home; // the CLI's XDG folders
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;

    CliRun cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.start(programPath(QStringLiteral("tokendesk-cli")),
                QStringList{QStringLiteral("--registry"), m_verdaccio.url().toString()} + args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QStringList cliTokenSubcommands()
    {
        // "token needs a subcommand: create, list, …" names what this build of the CLI has.
        const CliRun run = cli({QStringLiteral("token")});
        const QString err = QString::fromUtf8(run.err);
        QStringList names;
        for (const char *name : {"create", "list", "revoke"})
            if (err.contains(QLatin1String(name)))
                names.append(QLatin1String(name));
        return names;
    }

    QJsonArray cliTokenList()
    {
        const CliRun run
            = cli({QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("list")});
        if (run.code != 0)
            qWarning("token list failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY2(m_verdaccio.install(), qPrintable(m_verdaccio.errorString()));
        QVERIFY2(m_verdaccio.start(), qPrintable(m_verdaccio.errorString()));
        qInfo("Verdaccio %s at %s", VerdaccioServer::kVersion,
              qPrintable(m_verdaccio.url().toString()));
        QVERIFY2(m_verdaccio.addUser(kUser, kPassword), qPrintable(m_verdaccio.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_keychain
            = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-verdaccio-e2e"));
        m_accounts
            = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.json")));
        m_sessions
            = std::make_unique<SessionManager>(&m_nam, m_keychain.get(), m_accounts.get(), m_clock);
    }

    void cleanup()
    {
        m_sessions.reset();
        if (QTest::currentTestFailed())
            qInfo("Verdaccio log:\n%s", m_verdaccio.log().right(4000).constData());
    }

    void cleanupTestCase() { m_verdaccio.stop(); }

    void registryClientSignsInListsCreatesAndRevokes()
    {
        // Auto: browser first, as for npmjs; Verdaccio has no /-/v1/login, so the password is used.
        SignInRequest request;
        request.registry = m_verdaccio.url();
        request.method = SignInMethod::Auto;
        request.username = QString::fromLatin1(kUser);
        request.password = std::make_shared<const SecretBuffer>(QByteArrayView(kPassword));
        RefusingPrompt prompt;
        const auto account = await<Account>(
            [&](auto done) { m_sessions->signIn(request, &prompt, nullptr, done); });
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QCOMPARE(account.value().user, QStringLiteral("alice"));
        QCOMPARE(account.value().capabilities.webLogin, std::optional<bool>(false));
        QCOMPARE(prompt.pages, 0);

        RegistryClient client(&m_nam, m_verdaccio.url(), m_clock);
        QVERIFY(await<void>([&](auto done) {
                    m_sessions->authorize(client, account.value().id, nullptr, done);
                }).ok());
        const auto before = await<TokenPage>([&](auto done) { client.listTokens(nullptr, done); });
        QVERIFY2(before.ok(), qPrintable(why(before)));

        TokenCreateRequest create;
        create.classic = true;
        create.name = QStringLiteral("ci"); // Verdaccio drops names; it must not fail on one
        const auto created = await<CreatedToken>([&](auto done) {
            client.createToken(create, SecretBuffer(QByteArrayView(kPassword)), nullptr, done);
        });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QVERIFY(!created.value().secret.isEmpty());
        const QString key = created.value().token.key;
        QVERIFY(!key.isEmpty());

        const auto listed = await<TokenPage>([&](auto done) { client.listTokens(nullptr, done); });
        QVERIFY2(listed.ok(), qPrintable(why(listed)));
        QCOMPARE(listed.value().tokens.size(), before.value().tokens.size() + 1);
        const auto mine = std::find_if(listed.value().tokens.cbegin(), listed.value().tokens.cend(),
                                       [&](const Token &t) { return t.key == key; });
        QVERIFY(mine != listed.value().tokens.cend());
        QCOMPARE(mine->kind, TokenKind::ClassicPublish);
        QVERIFY(!mine->hasExpiry());
        QVERIFY(!listed.value().anyTokenReportsExpiry);

        // The account learns that this registry does not report expiry, and says so.
        m_sessions->learnFromTokenList(account.value().id, listed.value());
        QVERIFY(m_accounts->load());
        AccountListModel model(m_clock);
        model.setAccounts(m_accounts->accounts());
        QCOMPARE(model.index(0).data(AccountListModel::ExpiryNoteRole).toString(),
                 QStringLiteral("this registry does not report expiry"));
        QVERIFY(model.index(0)
                    .data(AccountListModel::SessionStateRole)
                    .toString()
                    .startsWith(QLatin1String("session ends in")));
        // Issue 17: from that answer it is a Verdaccio — token list, create and revoke, no stage
        // or trust — and its tokens' expiry is "set by the registry".
        const RegistryKind kind = m_accounts->find(account.value().id)->registryKind();
        QCOMPARE(registryKindId(kind), QStringLiteral("verdaccio"));
        QCOMPARE(model.index(0).data(AccountListModel::RegistryKindRole).toString(),
                 QStringLiteral("verdaccio"));
        QVERIFY(capabilitiesOf(kind).createTokens && capabilitiesOf(kind).revokeTokens);
        QVERIFY(!capabilitiesOf(kind).stage && !capabilitiesOf(kind).trust);
        QCOMPARE(tokenWithoutExpiryText(kind), QStringLiteral("expiry set by the registry"));

        // The new token works on its own, then stops working once revoked.
        RegistryClient asToken(&m_nam, m_verdaccio.url(), m_clock);
        asToken.setAuthToken(SecretBuffer(created.value().secret.view()),
                             RegistryClient::Credential::AccessToken);
        const auto who = await<QString>([&](auto done) { asToken.whoami(nullptr, done); });
        QCOMPARE(who.ok() ? who.value() : why(who), QStringLiteral("alice"));
        QVERIFY(await<void>([&](auto done) { client.revokeToken(key, nullptr, done); }).ok());
        const auto after = await<TokenPage>([&](auto done) { client.listTokens(nullptr, done); });
        QVERIFY2(after.ok(), qPrintable(why(after)));
        QCOMPARE(after.value().tokens.size(), before.value().tokens.size());
        const auto revoked = await<QString>([&](auto done) { asToken.whoami(nullptr, done); });
        QVERIFY(!revoked.ok());
        QCOMPARE(revoked.error().code, ErrorCode::E403);

        QVERIFY(await<void>([&](auto done) {
                    m_sessions->signOut(account.value().id, nullptr, done);
                }).ok());
    }

    void cliSignsInListsCreatesAndRevokes()
    {
        CliRun run = cli({QStringLiteral("login"), QStringLiteral("--auth-type"),
                          QStringLiteral("legacy"), QStringLiteral("--username"),
                          QString::fromLatin1(kUser), QStringLiteral("--password-stdin")},
                         kPassword + "\n");
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.out.contains("session ends in"));
        run = cli({QStringLiteral("whoami")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out.trimmed(), QByteArray("alice"));

        const QStringList subcommands = cliTokenSubcommands();
        QVERIFY(subcommands.contains(QLatin1String("list")));
        const qsizetype before = cliTokenList().size();
        if (subcommands.contains(QLatin1String("create"))
            && subcommands.contains(QLatin1String("revoke"))) {
            run = cli({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("cli-made"), QStringLiteral("--packages-all"),
                       QStringLiteral("--password-stdin")},
                      kPassword + "\n");
            QVERIFY2(run.code == 0, QByteArray(run.err + run.out).constData());
            const QJsonArray withNew = cliTokenList();
            QCOMPARE(withNew.size(), before + 1);
            // Verdaccio drops names, so the new token is the one whose key was not there before.
            const QString id = withNew.last().toObject().value(QLatin1String("id")).toString();
            QVERIFY(!id.isEmpty());
            run = cli({QStringLiteral("token"), QStringLiteral("revoke"), id});
            QVERIFY2(run.code == 0, run.err.constData());
            QCOMPARE(cliTokenList().size(), before);
        } else {
            qInfo("tokendesk-cli has no token create/revoke yet (has: %s): create/revoke were "
                  "tested through RegistryClient only",
                  qPrintable(subcommands.join(QStringLiteral(", "))));
        }

        // The readable table: no error about expiry, a plain note instead.
        run = cli({QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY2(run.code == 0, run.err.constData());
        if (before > 0)
            QVERIFY2(run.out.contains("This registry does not report token expiry."),
                     run.out.constData());
        run = cli({QStringLiteral("logout")});
        QVERIFY2(run.code == 0, run.err.constData());
        run = cli({QStringLiteral("whoami")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.startsWith("tokendesk-cli: ENEEDAUTH"));
    }
};

QTEST_GUILESS_MAIN(TestVerdaccio)
#include "tst_verdaccio.moc"
