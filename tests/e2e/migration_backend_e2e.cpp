// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryMigrationBackend and PlanRunner in process against the real tokendesk-sandbox
// (--era 2025-10): one OTP for a batch of creates and revokes, orphan clean-up by name after a
// crash between create and journal, and faults in the middle of a run (keychain refusing the new
// secret, a file changed on disk) ending in a clear message and a consistent state.
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/migration/PlanRunner.h"
#include "core/migration/RegistryMigrationBackend.h"
#include "core/migration/ReplacementPlanner.h"
#include "core/npmconfig/CredentialScanner.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/npmconfig/TokenIdentity.h"
#include "core/registry/RegistryClient.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/util/AtomicFile.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kPassword = "sandbox-password";
const QByteArray kClassicPublish = "5f2c8a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b";

template<class T, class Start>
Result<T> await(Start start, int ms = 30000)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}

// Answers every code request with the sandbox's current TOTP code, and counts the requests.
class CountingPrompt final : public TwoFactorPrompt
{
public:
    explicit CountingPrompt(QUrl sandbox) : m_sandbox(std::move(sandbox)) { }
    int asked = 0;
    void askForCode(const QString &, CodeAnswer answer) override
    {
        ++asked;
        const HttpReply reply = httpCall(
            "GET", m_sandbox.resolved(QUrl(QStringLiteral("/-/sandbox/totp?username=maintainer"))));
        answer(SecretBuffer::fromString(
            reply.json().object().value(QStringLiteral("code")).toString()));
    }
    void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
    {
        cancel();
    }

private:
    QUrl m_sandbox;
};

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestMigrationBackendE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<RegistryClient> m_session;
    std::unique_ptr<CountingPrompt> m_prompt;

    QJsonArray sandboxTokens()
    {
        return httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))))
            .json()
            .object()
            .value(QStringLiteral("tokens"))
            .toArray();
    }
    QJsonObject sandboxToken(const QString &key)
    {
        for (const QJsonValue &t : sandboxTokens())
            if (t.toObject().value(QStringLiteral("key")).toString() == key)
                return t.toObject();
        return {};
    }
    int liveNamed(const QString &prefix)
    {
        int n = 0;
        for (const QJsonValue &t : sandboxTokens())
            n += t.toObject().value(QStringLiteral("name")).toString().startsWith(prefix)
                    && !t.toObject().contains(QStringLiteral("revoked"))
                ? 1
                : 0;
        return n;
    }
    // One plan row: the classic publish token in a project .npmrc under `dir`.
    QList<PlanRow> planFor(const QString &npmrc)
    {
        const QByteArray port = QByteArray::number(m_sandbox.url().port());
        (void)writeFileAtomically(
            npmrc, "# keep me\n//127.0.0.1:" + port + "/:_authToken=" + kClassicPublish + "\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QList<TokenUse> uses;
        for (const CredentialFinding &f : CredentialScanner({}).scanNpmrc(
                 NpmrcDocument::load(npmrc).value(), CredentialSource::ProjectConfig,
                 m_sandbox.url().toString())) {
            TokenUse use{f, {}};
            use.match.outcome = MatchOutcome::MatchesToken;
            Token token;
            token.key = f.identity.sha512Key;
            token.kind = TokenKind::ClassicPublish;
            use.match.token = token;
            uses.append(use);
        }
        return ReplacementPlanner({QStringLiteral("maintainer"),
                                   {QStringLiteral("@maintainer/tools")},
                                   m_clock.now()})
            .plan(uses);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--era"), QStringLiteral("2025-10")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        QCOMPARE(httpCall("POST",
                          m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/reset"))),
                          R"({"seed":"demo"})", {{"content-type", "application/json"}})
                     .status,
                 200);
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
        QCOMPARE(httpCall("POST",
                          m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/clock"))),
                          R"({"now": ")" + now + R"("})", {{"content-type", "application/json"}})
                     .status,
                 200);
        m_prompt = std::make_unique<CountingPrompt>(m_sandbox.url());
        m_session = std::make_unique<RegistryClient>(&m_nam, m_sandbox.url(), m_clock);
        m_session->setAuthType(RegistryClient::AuthType::Legacy);
        m_session->setTwoFactorPrompt(m_prompt.get());
        auto session = await<SecretBuffer>([&](auto done) {
            m_session->couchLogin(QStringLiteral("maintainer"), SecretBuffer(kPassword), nullptr,
                                  done);
        });
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().oneLine()));
        m_session->setAuthToken(std::move(session).value());
        m_prompt->asked = 0;
    }

    void oneCodeCoversTheBatch()
    {
        RegistryMigrationBackend backend(*m_session, &m_nam, m_clock, *m_prompt,
                                         SecretBuffer(kPassword));
        ReplacementSpec spec;
        spec.name = QStringLiteral("tokendesk-batch");
        spec.packagesPermission = Permission::ReadWrite;
        spec.scopes = {QStringLiteral("@maintainer")};
        spec.expiresDays = 30;
        QStringList keys;
        for (int i = 0; i < 3; ++i) {
            auto created = await<CreatedToken>([&](auto done) { backend.createToken(spec, done); });
            QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().oneLine()));
            keys.append(created.value().token.key);
            auto user
                = await<QString>([&](auto done) { backend.whoami(created.value().secret, done); });
            QVERIFY(user.ok());
            QCOMPARE(user.value(), QStringLiteral("maintainer"));
        }
        // Same grants as asked.
        const QJsonObject made = sandboxToken(keys.first());
        QCOMPARE(made.value(QStringLiteral("scopes")).toArray().first().toString(),
                 QStringLiteral("@maintainer"));
        QCOMPARE(made.value(QStringLiteral("packages_and_scopes_permission")).toString(),
                 QStringLiteral("read-write"));
        for (const QString &key : keys)
            QVERIFY(await<void>([&](auto done) { backend.revokeToken(key, done); }).ok());
        QCOMPARE(liveNamed(QStringLiteral("tokendesk-batch")), 0);
        QCOMPARE(m_prompt->asked, 1); // three creates and three revokes, one code
        // A dead secret: whoami says E401.
        auto dead = await<QString>([&](auto done) {
            backend.whoami(SecretBuffer(QByteArrayView("npm_SandboxDemoExpired000000000000000000")),
                           done);
        });
        QVERIFY(!dead.ok());
        QCOMPARE(dead.error().code, ErrorCode::E401);
    }

    void orphanFromACrashIsRevokedByName()
    {
        RegistryMigrationBackend backend(*m_session, &m_nam, m_clock, *m_prompt,
                                         SecretBuffer(kPassword));
        ReplacementSpec spec;
        spec.name = QStringLiteral("tokendesk-orphan");
        spec.packagesPermission = Permission::ReadOnly;
        spec.allPackages = true;
        auto older = await<CreatedToken>([&](auto done) { backend.createToken(spec, done); });
        QVERIFY(older.ok());
        // The crashed run began an hour later (on the registry's clock too).
        const QDateTime runStart = m_clock.now().addSecs(3600 - 5);
        QCOMPARE(httpCall("POST",
                          m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/clock"))),
                          R"({"advance_seconds": 3600})", {{"content-type", "application/json"}})
                     .status,
                 200);
        auto known = await<CreatedToken>([&](auto done) { backend.createToken(spec, done); });
        QVERIFY2(known.ok(), known.ok() ? "" : qPrintable(known.error().oneLine()));
        auto orphan = await<CreatedToken>([&](auto done) { backend.createToken(spec, done); });
        QVERIFY(orphan.ok());
        // The journal knows `known` (another row's new token); `orphan` never reached it.
        auto removed = await<int>([&](auto done) {
            backend.removeOrphans(spec.name, runStart, {known.value().token.key}, done);
        });
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().oneLine()));
        QCOMPARE(removed.value(), 1);
        QVERIFY(sandboxToken(orphan.value().token.key).contains(QStringLiteral("revoked")));
        QVERIFY(!sandboxToken(known.value().token.key).contains(QStringLiteral("revoked")));
        // A same-named token from before the run is the user's: never touched.
        QVERIFY(!sandboxToken(older.value().token.key).contains(QStringLiteral("revoked")));
    }

    void keychainRefusingTheSecretEndsCleanly()
    {
        QTemporaryDir dir;
        const QString npmrc = dir.filePath(QStringLiteral(".npmrc"));
        const QList<PlanRow> plan = planFor(npmrc);
        QCOMPARE(plan.size(), 1);
        const QByteArray before = bytesOf(npmrc);
        RegistryMigrationBackend backend(*m_session, &m_nam, m_clock, *m_prompt,
                                         SecretBuffer(kPassword));
        InMemorySecretStore keychain;
        keychain.setFailure(
            makeError(ErrorCode::KeychainLocked, QStringLiteral("The keychain is locked.")));
        PlanRunner runner(backend, keychain, dir.filePath(QStringLiteral("journal.json")),
                          dir.filePath(QStringLiteral("backups")));
        runner.setClock(&m_clock);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(QStringLiteral("maintainer@sandbox"), plan, QStringLiteral("k1")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(runner.journal().stage(0), QStringLiteral("failed"));
        QVERIFY2(runner.journal()
                     .row(0)
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("keychain")),
                 qPrintable(runner.journal().row(0).value(QStringLiteral("error")).toString()));
        QCOMPARE(bytesOf(npmrc), before); // untouched
        QVERIFY(!sandboxToken(sha512Hex(kClassicPublish)).contains(QStringLiteral("revoked")));
        QCOMPARE(liveNamed(QStringLiteral("tokendesk-")), 0); // the new token was revoked again
    }

    void fileChangedOnDiskMidRunIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString npmrc = dir.filePath(QStringLiteral(".npmrc"));
        const QList<PlanRow> plan = planFor(npmrc);
        RegistryMigrationBackend backend(*m_session, &m_nam, m_clock, *m_prompt,
                                         SecretBuffer(kPassword));
        InMemorySecretStore keychain;
        PlanRunner runner(backend, keychain, dir.filePath(QStringLiteral("journal.json")),
                          dir.filePath(QStringLiteral("backups")));
        QByteArray edited;
        runner.setStepHook([&](int, const QString &stage) {
            // The user (or npm) edits the file between TokenDesk reading and writing it.
            if (stage == QLatin1String("rewrite:started") && edited.isEmpty()) {
                edited = bytesOf(npmrc) + "fund=false\n";
                QFile file(npmrc);
                QVERIFY(file.open(QIODevice::Append));
                file.write("fund=false\n");
            }
        });
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(QStringLiteral("maintainer@sandbox"), plan, QStringLiteral("f1")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(runner.journal().stage(0), QStringLiteral("failed"));
        const QString error = runner.journal().row(0).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("changed")), qPrintable(error));
        QCOMPARE(bytesOf(npmrc), edited); // the user's edit survives, the old token still there
        QVERIFY(!sandboxToken(sha512Hex(kClassicPublish)).contains(QStringLiteral("revoked")));
        QCOMPARE(liveNamed(QStringLiteral("tokendesk-")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrationBackendE2e)
#include "migration_backend_e2e.moc"
