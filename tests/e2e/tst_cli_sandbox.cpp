// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli token create / run / revoke end to end: the real program against the real
// tokendesk-sandbox, the real keychain (tests/run-headless.sh) and the real npm CLI. The slots
// run in order and share one signed-in account.
#include "CliSandboxFixture.h"
#include "TestPaths.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

using namespace td;
using namespace td::test;

class TstCliSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_env;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QString m_account;
    QString m_codeKey, m_codeSecret; // created with --otp
    QString m_webKey, m_webSecret;   // created through the browser approval

    Result<SecretBuffer> keychainEntry(const QString &key)
    {
        return awaitResult<SecretBuffer>([&](auto done) {
            m_keychain->read(SecretStore::tokenKey(m_account, key), nullptr, done);
        });
    }

    // `run -- sh -c …` prints the SHA-256 of what the child received, never the secret itself.
    CliRun runHashing(const QStringList &runArgs, const QString &variable)
    {
        return m_env->cli(
            QStringList{QStringLiteral("run")} + runArgs
            + QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("printf %s \"$%1\" | sha256sum").arg(variable)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->home.isValid());
        QVERIFY2(m_env->sandbox.start(), qPrintable(m_env->sandbox.errorString()));
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk"));
        m_account = m_env->signIn();
        QVERIFY(!m_account.isEmpty());
    }

    void createWithEveryGrantStoresExactlyThose()
    {
        const CliRun r = m_env->cli({QStringLiteral("--json"),
                                     QStringLiteral("token"),
                                     QStringLiteral("create"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("cli-e2e"),
                                     QStringLiteral("--token-description"),
                                     QStringLiteral("made by the cli test"),
                                     QStringLiteral("--packages"),
                                     QStringLiteral("@acme/widgets"),
                                     QStringLiteral("--scopes"),
                                     QStringLiteral("maintainer"),
                                     QStringLiteral("--orgs"),
                                     QStringLiteral("acme"),
                                     QStringLiteral("--orgs-permission"),
                                     QStringLiteral("read-only"),
                                     QStringLiteral("--packages-and-scopes-permission"),
                                     QStringLiteral("read-write"),
                                     QStringLiteral("--expires"),
                                     QStringLiteral("30"),
                                     QStringLiteral("--cidr"),
                                     QStringLiteral("127.0.0.0/8,10.0.0.0/8"),
                                     QStringLiteral("--password-stdin"),
                                     QStringLiteral("--otp"),
                                     currentOtp()},
                                    kSandboxPassword + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(cliLines(r.err).isEmpty(), r.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        m_codeKey = created.value(QLatin1String("key")).toString();
        m_codeSecret = created.value(QLatin1String("token")).toString();
        QVERIFY(m_codeSecret.startsWith(QLatin1String("npm_")));
        QCOMPARE(r.out.count(m_codeSecret.toUtf8()), 1);
        QVERIFY(created.value(QLatin1String("storedInKeychain")).toBool());

        // The sandbox holds exactly those grants.
        const QJsonObject t = m_env->stateToken(m_codeKey);
        QVERIFY2(!t.isEmpty(), "the new token is not in the sandbox state");
        QCOMPARE(t.value(QLatin1String("name")).toString(), QStringLiteral("cli-e2e"));
        QCOMPARE(t.value(QLatin1String("description")).toString(),
                 QStringLiteral("made by the cli test"));
        QCOMPARE(strings(t.value(QLatin1String("packages"))),
                 QStringList{QStringLiteral("@acme/widgets")});
        QCOMPARE(strings(t.value(QLatin1String("scopes"))),
                 QStringList{QStringLiteral("@maintainer")});
        QCOMPARE(strings(t.value(QLatin1String("orgs"))), QStringList{QStringLiteral("acme")});
        QCOMPARE(t.value(QLatin1String("packages_and_scopes_permission")).toString(),
                 QStringLiteral("read-write"));
        QCOMPARE(t.value(QLatin1String("orgs_permission")).toString(), QStringLiteral("read-only"));
        QCOMPARE(strings(t.value(QLatin1String("cidr"))),
                 (QStringList{QStringLiteral("127.0.0.0/8"), QStringLiteral("10.0.0.0/8")}));
        QVERIFY(!t.value(QLatin1String("bypass_2fa")).toBool());
        QVERIFY(!t.value(QLatin1String("packages_all")).toBool());
        const QDateTime expiry
            = QDateTime::fromString(t.value(QLatin1String("expiry")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(expiry.secsTo(QDateTime::currentDateTimeUtc().addDays(30))) < 3600);

        // The secret is in the real keychain, under the key both programs use.
        const auto stored = keychainEntry(m_codeKey);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().oneLine()));
        QCOMPARE(stored.value().revealString(), m_codeSecret);
    }

    // Without --otp the registry offers the browser flow: the CLI prints the page and waits; the
    // approval (here through the sandbox's control API, as a click would) lets it finish.
    void createWithBrowserApproval()
    {
        QProcess p;
        m_env->start(p,
                     {QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("create"),
                      QStringLiteral("--name"), QStringLiteral("cli-web"),
                      QStringLiteral("--packages-all"), QStringLiteral("--expires"),
                      QStringLiteral("60"), QStringLiteral("--password-stdin")},
                     kSandboxPassword + '\n');
        QString pendingId;
        const QUrl pending
            = m_env->sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/pending")));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QJsonValue &v : httpCall("GET", pending).json().array())
                    if (v.toObject().value(QLatin1String("kind")).toString()
                        == QLatin1String("2fa"))
                        pendingId = v.toObject().value(QLatin1String("id")).toString();
                return !pendingId.isEmpty();
            },
            20000));
        const QJsonObject approve{{QStringLiteral("id"), pendingId},
                                  {QStringLiteral("username"), QStringLiteral("maintainer")},
                                  {QStringLiteral("approve"), true}};
        QCOMPARE(httpCall("POST",
                          m_env->sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/approve"))),
                          QJsonDocument(approve).toJson(), {{"content-type", "application/json"}})
                     .status,
                 200);
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("Approve this operation in your browser: http"), err.constData());
        const QJsonObject created = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        m_webKey = created.value(QLatin1String("key")).toString();
        m_webSecret = created.value(QLatin1String("token")).toString();
        QVERIFY(m_webSecret.startsWith(QLatin1String("npm_")));
        const QJsonObject t = m_env->stateToken(m_webKey);
        QVERIFY(t.value(QLatin1String("packages_all")).toBool());
        QCOMPARE(t.value(QLatin1String("packages_and_scopes_permission")).toString(),
                 QStringLiteral("read-only"));
        QVERIFY(keychainEntry(m_webKey).ok());
    }

    // A registry refusal leaves nothing behind: no token on the registry, nothing printed.
    void createWithWrongPasswordLeavesNothing()
    {
        const auto tokenCount = [this] {
            return httpCall("GET",
                            m_env->sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))))
                .json()
                .object()
                .value(QLatin1String("tokens"))
                .toArray()
                .size();
        };
        const qsizetype before = tokenCount();
        const CliRun r = m_env->cli(
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("cli-refused"), QStringLiteral("--packages-all"),
             QStringLiteral("--password-stdin"), QStringLiteral("--otp"), currentOtp()},
            "not-the-password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(cliLines(r.err).startsWith("tokendesk-cli: E401: Incorrect or missing password."),
                 r.err.constData());
        QCOMPARE(cliLines(r.err).count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(tokenCount(), before);
    }

    void runHandsTheNewestTokenToTheChild()
    {
        QVERIFY(!m_webSecret.isEmpty());
        for (const char *variable : {"NODE_AUTH_TOKEN", "NPM_TOKEN"}) {
            const CliRun r = runHashing({}, QLatin1String(variable));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.out.left(64), sha256Hex(m_webSecret.toUtf8()));
        }
        // --token with a key prefix picks the other one.
        const CliRun chosen = runHashing({QStringLiteral("--token"), m_codeKey.left(8)},
                                         QStringLiteral("NODE_AUTH_TOKEN"));
        QVERIFY2(chosen.exitCode == 0, chosen.err.constData());
        QCOMPARE(chosen.out.left(64), sha256Hex(m_codeSecret.toUtf8()));
    }

    void runPassesTheExitCodeThrough_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("0") << 0;
        QTest::newRow("3") << 3;
        QTest::newRow("42") << 42;
    }
    void runPassesTheExitCodeThrough()
    {
        QFETCH(int, code);
        const CliRun r
            = m_env->cli({QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("sh"),
                          QStringLiteral("-c"), QStringLiteral("exit %1").arg(code)});
        QCOMPARE(r.exitCode, code);
        QCOMPARE(cliLines(r.err), QByteArray());
    }

    void runNpmWhoamiWithoutAnyNpmrc()
    {
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        QVERIFY2(!npm.isEmpty(), "the real npm CLI is part of the test environment");
        const CliRun r = m_env->cli({QStringLiteral("run"), QStringLiteral("--"), npm,
                                     QStringLiteral("whoami"), QStringLiteral("--registry"),
                                     m_env->registry()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("maintainer"));
        QVERIFY(!QFile::exists(QDir(m_env->home.path()).filePath(QStringLiteral(".npmrc"))));
        // Without tokendesk-cli, npm in the same HOME is not signed in: the token came from run.
        QProcess plain;
        plain.setProcessEnvironment(m_env->environment());
        plain.start(npm,
                    {QStringLiteral("whoami"), QStringLiteral("--registry"), m_env->registry()});
        QVERIFY(plain.waitForFinished(60000));
        QVERIFY(plain.exitCode() != 0);
    }

    void runRefusesUnknownCommandsAndIds_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("no command") << QStringList{QStringLiteral("--")}
                                    << QByteArray("tokendesk-cli: run needs a command: "
                                                  "tokendesk-cli run -- npm publish\n");
        QTest::newRow("unknown id")
            << QStringList{QStringLiteral("--token"), QStringLiteral("zzzz"), QStringLiteral("--"),
                           QStringLiteral("true")}
            << QByteArray("tokendesk-cli: Unknown token id or value \"zzzz\".\n");
        QTest::newRow("missing program")
            << QStringList{QStringLiteral("--"), QStringLiteral("/nonexistent/tool")}
            << QByteArray("tokendesk-cli: run: cannot start '/nonexistent/tool': ");
    }
    void runRefusesUnknownCommandsAndIds()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, line);
        const CliRun r = m_env->cli(QStringList{QStringLiteral("run")} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(cliLines(r.err).startsWith(line), r.err.constData());
        QCOMPARE(cliLines(r.err).count('\n'), 1);
    }

    // Sessions last two hours; a token lives for days. With its full key, run needs only the
    // keychain, not a session.
    void runWithAFullKeyNeedsNoSession()
    {
        QCOMPARE(m_env->cli({QStringLiteral("logout")}).exitCode, 0);
        const CliRun signedOut
            = runHashing({QStringLiteral("--token"), m_codeKey}, QStringLiteral("NPM_TOKEN"));
        QVERIFY2(signedOut.exitCode == 0, signedOut.err.constData());
        QCOMPARE(signedOut.out.left(64), sha256Hex(m_codeSecret.toUtf8()));
        // A prefix needs the token list, so the session.
        const CliRun prefix = runHashing({QStringLiteral("--token"), m_codeKey.left(8)},
                                         QStringLiteral("NPM_TOKEN"));
        QCOMPARE(prefix.exitCode, 1);
        QVERIFY2(cliLines(prefix.err).startsWith("tokendesk-cli: ENEEDAUTH"),
                 prefix.err.constData());
        m_account = m_env->signIn();
        QVERIFY(!m_account.isEmpty());
    }

    void revokeByPrefixRemovesTokenAndKeychainEntry()
    {
        const CliRun r
            = m_env->cli({QStringLiteral("token"), QStringLiteral("revoke"), m_codeKey.left(8),
                          m_webKey.left(8), QStringLiteral("--otp"), currentOtp()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("Removed 2 tokens\n"));
        for (const QString &key : {m_codeKey, m_webKey}) {
            QVERIFY(m_env->stateToken(key).contains(QLatin1String("revoked")));
            const auto entry = keychainEntry(key);
            QVERIFY(!entry.ok());
            QCOMPARE(entry.error().code, ErrorCode::NotFound);
        }
        // Nothing left to run with: the demo's tokens were made elsewhere.
        const CliRun run
            = m_env->cli({QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(cliLines(run.err).startsWith(
                     "tokendesk-cli: none of maintainer's active tokens is in this "
                     "keychain."),
                 run.err.constData());
    }

    void revokeRefusesAmbiguousAndUnknownIds()
    {
        // Every key starts with a hex digit: a one-character prefix matches several demo tokens.
        const CliRun listed = m_env->cli(
            {QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY(listed.exitCode == 0);
        QHash<QChar, int> firstChars;
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array())
            ++firstChars[v.toObject().value(QLatin1String("key")).toString().at(0)];
        QChar shared;
        for (auto it = firstChars.cbegin(); it != firstChars.cend(); ++it)
            if (it.value() > 1)
                shared = it.key();
        QVERIFY(!shared.isNull());
        CliRun r = m_env->cli({QStringLiteral("token"), QStringLiteral("revoke"), QString(shared)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(cliLines(r.err),
                 QStringLiteral("tokendesk-cli: Token ID \"%1\" was ambiguous, a new token "
                                "may have been created since you last ran `tokendesk-cli "
                                "token list`.\n")
                     .arg(shared)
                     .toUtf8());
        r = m_env->cli({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(cliLines(r.err),
                 QByteArray("tokendesk-cli: Unknown token id or value \"nope\".\n"));
    }

    // A registry that answers with a plain code challenge (no browser flow) gets the code asked
    // for on the terminal (/dev/tty, as the password may be on stdin). The first POST is answered
    // by a sandbox fault rule with such a challenge; the CLI runs in a pseudo-terminal.
    void createAsksForTheCodeOnTheTerminal()
    {
        const QJsonArray faults{
            QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens")},
                        {QStringLiteral("status"), 401},
                        {QStringLiteral("headers"),
                         QJsonObject{{QStringLiteral("www-authenticate"), QStringLiteral("OTP")}}},
                        {QStringLiteral("body"),
                         QJsonObject{{QStringLiteral("error"),
                                      QStringLiteral("You must provide a one-time pass.")}}},
                        {QStringLiteral("times"), 1}}};
        QCOMPARE(httpCall("POST",
                          m_env->sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))),
                          QJsonDocument(faults).toJson(), {{"content-type", "application/json"}})
                     .status,
                 200);
        QProcess p;
        QProcessEnvironment env = m_env->environment();
        env.insert(QStringLiteral("TD_TEST_PASSWORD"), QString::fromLatin1(kSandboxPassword));
        p.setProcessEnvironment(env);
        // The password still comes through a pipe; the pty is only the terminal.
        const QString command
            = QStringLiteral("printf '%s\\n' \"$TD_TEST_PASSWORD\" | '%1' --registry '%2' --json "
                             "token create --name cli-tty --packages-all --password-stdin")
                  .arg(programPath(QStringLiteral("tokendesk-cli")), m_env->registry());
        p.start(QStringLiteral("python3"),
                {QStringLiteral(TD_SOURCE_DIR "/tests/sandbox/npm_pty.py"),
                 QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--answer"),
                 QStringLiteral("Enter OTP: "), currentOtp(), QStringLiteral("--"),
                 QStringLiteral("sh"), QStringLiteral("-c"), command});
        QVERIFY(p.waitForFinished(90000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("Enter OTP: "), out.constData());
        const qsizetype start = out.indexOf('{');
        QVERIFY(start >= 0);
        const QJsonObject created
            = QJsonDocument::fromJson(out.mid(start, out.lastIndexOf('}') - start + 1)).object();
        const QString key = created.value(QLatin1String("key")).toString();
        QVERIFY2(!key.isEmpty(), out.constData());
        QVERIFY(m_env->stateToken(key).value(QLatin1String("packages_all")).toBool());
        QCOMPARE(keychainEntry(key).value().revealString(),
                 created.value(QLatin1String("token")).toString());
        QCOMPARE(m_env
                     ->cli({QStringLiteral("token"), QStringLiteral("revoke"), key,
                            QStringLiteral("--otp"), currentOtp()})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TstCliSandbox)
#include "tst_cli_sandbox.moc"
