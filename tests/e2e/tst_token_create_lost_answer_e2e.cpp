// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #12 item 2, end to end: tokendesk-cli token create against tokendesk-sandbox when the
// registry creates the token but its answer is lost (reset, half a body, broken JSON, a 40 s
// stall). The POST goes out exactly once, the token it made is revoked (its secret was never
// received, so a live one would be lost), the CLI exits 1 with one stderr line saying so, and
// nothing reaches the keychain. The real program, sandbox and keychain (tests/run-headless.sh).
#include "CliSandboxFixture.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace td;
using namespace td::test;

class TstTokenCreateLostAnswerE2e : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_env;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QString m_account;

    QUrl control(const char *path) const
    {
        return m_env->sandbox.url().resolved(QUrl(QString::fromLatin1(path)));
    }

    QJsonArray sandboxTokensNamed(const QString &name) const
    {
        QJsonArray named;
        const QJsonArray all = httpCall("GET", control("/-/sandbox/state"))
                                   .json()
                                   .object()
                                   .value(QLatin1String("tokens"))
                                   .toArray();
        for (const QJsonValue &t : all)
            if (t.toObject().value(QLatin1String("name")).toString() == name)
                named.append(t);
        return named;
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

    void cleanup() { httpCall("DELETE", control("/-/sandbox/faults")); }

    void lostAnswerRevokesTheToken_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("code"); // what the CLI's line starts with
        QTest::newRow("reset after the registry created it")
            << QJsonObject{{QStringLiteral("reset_after_apply"), true}}
            << QStringLiteral("lost-reset") << QByteArray("EANSWERLOST");
        QTest::newRow("half the answer")
            << QJsonObject{{QStringLiteral("truncate_after_apply"), true}}
            << QStringLiteral("lost-truncated") << QByteArray("EANSWERLOST");
        QTest::newRow("broken JSON")
            << QJsonObject{{QStringLiteral("malformed_after_apply"), true}}
            << QStringLiteral("lost-malformed") << QByteArray("EMALFORMED");
        QTest::newRow("40 s stall") << QJsonObject{{QStringLiteral("after_apply"), true},
                                                   {QStringLiteral("delay_ms"), 40000}}
                                    << QStringLiteral("lost-stalled") << QByteArray("ETIMEDOUT");
    }

    void lostAnswerRevokesTheToken()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(QByteArray, code);
        QFETCH(QString, name);

        // The first POST meets the one-time-password challenge and passes; the second, which
        // creates the token, has its answer damaged — as often as it is sent.
        const QJsonObject post{{QStringLiteral("method"), QStringLiteral("POST")},
                               {QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens")}};
        QJsonObject challenge = post;
        challenge.insert(QStringLiteral("times"), 1);
        QJsonObject damage = post;
        for (auto it = fault.begin(); it != fault.end(); ++it)
            damage.insert(it.key(), it.value());
        QCOMPARE(httpCall("POST", control("/-/sandbox/faults"),
                          QJsonDocument(QJsonArray{challenge, damage}).toJson(),
                          {{"content-type", "application/json"}})
                     .status,
                 200);

        // --otp answers the create's challenge and, after the lost answer, the revoke's; the
        // registry takes a code for its 30-second step and the next one. Start early in a step so
        // the code still holds after the 30-second stall.
        QVERIFY(
            QTest::qWaitFor([] { return QDateTime::currentSecsSinceEpoch() % 30 < 20; }, 12000));
        const CliRun r = m_env->cli(
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), name,
             QStringLiteral("--packages-all"), QStringLiteral("--password-stdin"),
             QStringLiteral("--otp"), currentOtp()},
            kSandboxPassword + '\n', 120000);

        // Exactly one create reached the registry after the challenge: never re-sent.
        const QJsonArray rules = httpCall("GET", control("/-/sandbox/faults")).json().array();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).toObject().value(QLatin1String("hits")).toInt(), 1);
        QCOMPARE(rules.at(1).toObject().value(QLatin1String("hits")).toInt(), 1);

        // The one token it made is revoked: no live token whose secret nobody has.
        const QJsonArray made = sandboxTokensNamed(name);
        QCOMPARE(made.size(), 1);
        const QJsonObject token = made.at(0).toObject();
        const QString key = token.value(QLatin1String("key")).toString();
        QVERIFY2(!token.value(QLatin1String("revoked")).toString().isEmpty(),
                 QJsonDocument(token).toJson().constData());

        // One line on stderr saying what happened, exit 1, nothing on stdout.
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        // Nothing else on stderr either (the CLI keeps its log categories off).
        const QByteArray lines = r.err;
        QCOMPARE(lines.count('\n'), 1);
        QCOMPARE(cliLines(r.err), r.err);
        const QByteArray expected = "The registry created token '" + name.toUtf8()
            + "' but its answer was lost; TokenDesk revoked it (id " + key.toUtf8();
        QVERIFY2(lines.contains(expected), r.err.constData());
        QVERIFY2(lines.endsWith("). Create it again.\n"), r.err.constData());
        QVERIFY2(lines.startsWith(QByteArray("tokendesk-cli: " + code + ": ")), r.err.constData());

        // Nothing was stored for it.
        const auto stored = awaitResult<SecretBuffer>([&](auto done) {
            m_keychain->read(SecretStore::tokenKey(m_account, key), nullptr, done);
        });
        QVERIFY(!stored.ok());
    }
};

QTEST_GUILESS_MAIN(TstTokenCreateLostAnswerE2e)
#include "tst_token_create_lost_answer_e2e.moc"
