// SPDX-License-Identifier: GPL-3.0-or-later
// `tokendesk-cli token list --json` prints npm's bytes (issue 18), checked against the real npm
// CLI on the real tokendesk-sandbox: the demo maintainer's tokens of every kind, filled up to 30,
// the same user's sessions on both sides. npm 11 passes its JSON output through its log redaction,
// which blanks every UUID, so it prints each token's key (what `token revoke` takes) as "***";
// TokenDesk prints the key. With the keys blanked the same way, the two outputs are identical.
#include "CliSandboxFixture.h"
#include "NpmCli.h"

#include <QRegularExpression>

using namespace td::test;

class TstCliTokenListE2e : public QObject
{
    Q_OBJECT
    CliSandbox m_world;
    QTemporaryDir m_npmHome;
    QString m_sessionRc;

    QByteArray npmStdout(const QStringList &args)
    {
        const NpmPlainRun run
            = NpmCli(m_npmHome.path())
                  .plain(args + NpmCli::commonArgs(m_world.sandbox.url(), m_sessionRc)
                         + QStringList{QStringLiteral("--loglevel=error")});
        if (run.exitCode != 0)
            qWarning("npm failed: %s", run.err.constData());
        return run.out;
    }

    HttpReply control(const QByteArray &method, const QString &path, const QJsonObject &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return httpCall(method, m_world.sandbox.url().resolved(QUrl(path)),
                        QJsonDocument(body).toJson(QJsonDocument::Compact),
                        QList<QPair<QByteArray, QByteArray>>{{"content-type", "application/json"}}
                            + headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_world.home.isValid() && m_npmHome.isValid());
        const QString problem = NpmCli::versionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(m_world.sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}),
                 qPrintable(m_world.sandbox.errorString()));
        QCOMPARE(control("POST", QStringLiteral("/-/sandbox/tokens/fill"),
                         {{QStringLiteral("owner"), QStringLiteral("maintainer")},
                          {QStringLiteral("count"), 30},
                          {QStringLiteral("name"), QStringLiteral("extra")}})
                     .status,
                 200);
        QVERIFY(!m_world.signIn().isEmpty());
        // npm's side: a session of the same user, as `npm login --auth-type=legacy` stores it.
        const HttpReply session
            = control("PUT", QStringLiteral("/-/user/org.couchdb.user:maintainer"),
                      {{QStringLiteral("_id"), QStringLiteral("org.couchdb.user:maintainer")},
                       {QStringLiteral("name"), QStringLiteral("maintainer")},
                       {QStringLiteral("password"), QString::fromLatin1(kSandboxPassword)},
                       {QStringLiteral("type"), QStringLiteral("user")},
                       {QStringLiteral("roles"), QJsonArray()}},
                      {{"npm-otp", currentOtp().toLatin1()}});
        QVERIFY2(session.status == 201, session.body.constData());
        m_sessionRc
            = NpmCli(m_npmHome.path())
                  .writeTokenRc(m_world.sandbox.url(), QStringLiteral("session.npmrc"),
                                session.json().object().value(QLatin1String("token")).toString());
    }

    void jsonIsNpmsBytes()
    {
        const QByteArray fromNpm = npmStdout(
            {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json")});
        const CliRun ours = m_world.cli(
            {QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("list")});
        QCOMPARE(ours.exitCode, 0);
        QVERIFY2(fromNpm.startsWith("[\n  {"), fromNpm.left(200).constData());
        // The demo's tokens of every kind, filled up to 30 (npm's session is not listed).
        QCOMPARE(QJsonDocument::fromJson(ours.out).array().size(), 30);
        QString blanked = QString::fromUtf8(ours.out);
        static const QRegularExpression uuid(
            QStringLiteral("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"),
            QRegularExpression::CaseInsensitiveOption);
        blanked.replace(uuid, QStringLiteral("***"));
        QVERIFY(blanked != QString::fromUtf8(ours.out)); // the keys are UUIDs: TokenDesk shows them
        QCOMPARE(blanked, QString::fromUtf8(fromNpm));
    }

    // `token list` ends the process at once, without destroying its objects (EndAtOnce.h): what
    // it wrote must still reach the pipe whole, in every format, however long the list.
    void aLongListReachesThePipeWhole()
    {
        QCOMPARE(control("POST", QStringLiteral("/-/sandbox/tokens/fill"),
                         {{QStringLiteral("owner"), QStringLiteral("maintainer")},
                          {QStringLiteral("count"), 1000},
                          {QStringLiteral("name"), QStringLiteral("more")}})
                     .status,
                 200);
        const CliRun json = m_world.cli(
            {QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("list")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.endsWith("]\n"), json.out.right(200).constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 1000);
        const CliRun parseable = m_world.cli(
            {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--parseable")});
        QCOMPARE(parseable.exitCode, 0);
        QVERIFY(parseable.out.endsWith('\n'));
        QCOMPARE(parseable.out.count('\n'), 1001); // npm's column names, then a line per token
        const CliRun table = m_world.cli({QStringLiteral("token"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.endsWith('\n'));
        QCOMPARE(table.out.count('\n'), 1001); // the header, then a line per token
    }
};

QTEST_GUILESS_MAIN(TstCliTokenListE2e)
#include "tst_cli_tokenlist_e2e.moc"
