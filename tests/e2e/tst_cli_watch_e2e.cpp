// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22, `tokendesk-cli watch` end to end: the real tokendesk-sandbox (--seed watch), the real
// keychain (the maintainer signs in through the CLI), and tokendesk-cli as a process in a HOME of
// its own. The trusted publisher releases @acme/ui 1.0.0 and 1.1.0 (provenance signed by the
// sandbox's Sigstore emulation); the first `watch --once --json` takes the baseline (exit 0, the
// releases shown as verified, no alarm). Then the control API publishes 1.1.1 with a token and a
// postinstall script: the next pass has one open alarm naming both (exit 1), and it stays open in
// the next run until `watch ack @acme/ui@1.1.1` closes it (exit 0). The trust data is the
// sandbox's own, fetched by the CLI from /-/sandbox/trusted-root (a loopback registry).
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace td::test;

class CliWatchE2eTest : public QObject
{
    Q_OBJECT

private:
    CliSandbox m_env;

    HttpReply control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return httpCall(method, m_env.sandbox.url().resolved(QUrl(path)),
                        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                        {{"content-type", "application/json"}});
    }
    void publish(const QJsonObject &body)
    {
        const HttpReply reply = control("POST", QStringLiteral("/-/sandbox/publish"), body);
        QVERIFY2(reply.status == 201, reply.body.constData());
        QCOMPARE(control("POST", QStringLiteral("/-/sandbox/clock"),
                         QJsonObject{{QStringLiteral("advance_seconds"), 60}})
                     .status,
                 200);
    }
    // One `watch --once --json` pass: its exit code and document.
    QJsonObject watchOnce(int *exitCode)
    {
        const CliRun r = m_env.cli(
            {QStringLiteral("--json"), QStringLiteral("watch"), QStringLiteral("--once")}, {},
            300000);
        *exitCode = r.exitCode;
        QJsonObject out = QJsonDocument::fromJson(r.out).object();
        if (out.isEmpty() || r.exitCode > 1)
            qWarning("watch --once: exit %d\n%s\n%s", r.exitCode, r.out.constData(),
                     r.err.constData());
        return out;
    }
    static QJsonObject release(const QJsonObject &pass, const QString &package,
                               const QString &version)
    {
        const QJsonArray releases = pass.value(QStringLiteral("releases")).toArray();
        for (const QJsonValue &value : releases) {
            QJsonObject r = value.toObject();
            if (r.value(QStringLiteral("package")).toString() == package
                && r.value(QStringLiteral("version")).toString() == version
                && r.value(QStringLiteral("kind")).toString() == QStringLiteral("new-version"))
                return r;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_env.home.isValid());
        QVERIFY2(m_env.sandbox.start({QStringLiteral("--seed"), QStringLiteral("watch")}),
                 qPrintable(m_env.sandbox.errorString()));
        QVERIFY(!m_env.signIn().isEmpty());
    }

    void baselineThenTokenPublishAlarmsUntilAcknowledged()
    {
        const QString ui = QStringLiteral("@acme/ui");
        for (const char *version : {"1.0.0", "1.1.0"})
            publish({{QStringLiteral("package"), ui},
                     {QStringLiteral("version"), QLatin1String(version)},
                     {QStringLiteral("actor"), QStringLiteral("trusted-publisher")},
                     {QStringLiteral("provenance"), true}});

        // First run: the baseline, shown (with who published it) but never an alarm.
        int exitCode = -1;
        const QJsonObject first = watchOnce(&exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(first.value(QStringLiteral("openAlarms")).toInt(), 0);
        QVERIFY(first.value(QStringLiteral("packages")).toInt() >= 4);
        const QJsonObject baseline = release(first, ui, QStringLiteral("1.1.0"));
        QVERIFY2(!baseline.isEmpty(), QJsonDocument(first).toJson().constData());
        QVERIFY(baseline.value(QStringLiteral("baseline")).toBool());
        QCOMPARE(baseline.value(QStringLiteral("level")).toString(), QStringLiteral("expected"));
        QCOMPARE(baseline.value(QStringLiteral("publisher"))
                     .toObject()
                     .value(QStringLiteral("repository"))
                     .toString(),
                 QStringLiteral("acme/ui"));

        // The attack: a token publish with a new postinstall script.
        publish({{QStringLiteral("package"), ui},
                 {QStringLiteral("version"), QStringLiteral("1.1.1")},
                 {QStringLiteral("actor"), QStringLiteral("token")},
                 {QStringLiteral("scripts"),
                  QJsonObject{{QStringLiteral("postinstall"), QStringLiteral("node x.js")}}}});
        const QJsonObject second = watchOnce(&exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(second.value(QStringLiteral("openAlarms")).toInt(), 1);
        const QJsonObject alarm = release(second, ui, QStringLiteral("1.1.1"));
        QVERIFY2(!alarm.isEmpty(), QJsonDocument(second).toJson().constData());
        QCOMPARE(alarm.value(QStringLiteral("level")).toString(), QStringLiteral("alarm"));
        QVERIFY(alarm.value(QStringLiteral("open")).toBool());
        QVERIFY(!alarm.value(QStringLiteral("baseline")).toBool());
        QCOMPARE(second.value(QStringLiteral("releases")).toArray().at(0).toObject(), alarm);
        qInfo("%s", QJsonDocument(alarm).toJson().constData());
        const QStringList codes = strings(alarm.value(QStringLiteral("codes")));
        QVERIFY2(codes.contains(QStringLiteral("trust-downgrade")), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(QStringLiteral("install-script")), qPrintable(codes.join(u' ')));
        const QString reasons = strings(alarm.value(QStringLiteral("reasons"))).join(u'\n');
        QVERIFY2(reasons.contains(QStringLiteral("with a token")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("acme/ui")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("postinstall")), qPrintable(reasons));

        // Nothing new, but the alarm is still open: exit 1 again (here in words).
        const CliRun text
            = m_env.cli({QStringLiteral("watch"), QStringLiteral("--once")}, {}, 300000);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("ALARM  @acme/ui@1.1.1  new version by maintainer"),
                 text.out.constData());
        QVERIFY2(text.out.contains("1 open alarm"), text.out.constData());

        const CliRun ack = m_env.cli(
            {QStringLiteral("watch"), QStringLiteral("ack"), QStringLiteral("@acme/ui@1.1.1")});
        QVERIFY2(ack.exitCode == 0, ack.err.constData());
        const QJsonObject fourth = watchOnce(&exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(fourth.value(QStringLiteral("openAlarms")).toInt(), 0);
        QVERIFY(release(fourth, ui, QStringLiteral("1.1.1"))
                    .value(QStringLiteral("acknowledged"))
                    .toBool());

        // "Expect a manual publish": the next token publish within the hour is no alarm.
        const CliRun expect = m_env.cli({QStringLiteral("watch"), QStringLiteral("expect"), ui,
                                         QStringLiteral("--for"), QStringLiteral("60")});
        QVERIFY2(expect.exitCode == 0, expect.err.constData());
        publish({{QStringLiteral("package"), ui},
                 {QStringLiteral("version"), QStringLiteral("1.1.2")},
                 {QStringLiteral("actor"), QStringLiteral("token")}});
        const QJsonObject fifth = watchOnce(&exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject manual = release(fifth, ui, QStringLiteral("1.1.2"));
        QVERIFY2(!manual.isEmpty(), QJsonDocument(fifth).toJson().constData());
        QVERIFY(manual.value(QStringLiteral("level")).toString() != QStringLiteral("alarm"));
    }

    // Runs after the flow above (the baseline is taken): `watch exclude` leaves the package's
    // next release unjudged, `watch include` judges them again.
    void excludeThenIncludeAgain()
    {
        const QString ui = QStringLiteral("@acme/ui");
        const QString excludedNote = QStringLiteral("Not judged: you excluded @acme/ui");
        const CliRun exclude = m_env.cli({QStringLiteral("watch"), QStringLiteral("exclude"), ui});
        QVERIFY2(exclude.exitCode == 0, exclude.err.constData());
        QVERIFY2(exclude.out.contains("@acme/ui is excluded from the watch"),
                 exclude.out.constData());
        publish({{QStringLiteral("package"), ui},
                 {QStringLiteral("version"), QStringLiteral("1.1.3")},
                 {QStringLiteral("actor"), QStringLiteral("token")}});
        int exitCode = -1;
        const QJsonObject quiet = watchOnce(&exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject unjudged = release(quiet, ui, QStringLiteral("1.1.3"));
        QVERIFY2(!unjudged.isEmpty(), QJsonDocument(quiet).toJson().constData());
        QVERIFY(unjudged.value(QStringLiteral("level")).toString() != QStringLiteral("alarm"));
        QVERIFY2(unjudged.value(QStringLiteral("note")).toString().startsWith(excludedNote),
                 QJsonDocument(unjudged).toJson().constData());

        const CliRun include = m_env.cli({QStringLiteral("watch"), QStringLiteral("include"), ui});
        QVERIFY2(include.exitCode == 0, include.err.constData());
        publish({{QStringLiteral("package"), ui},
                 {QStringLiteral("version"), QStringLiteral("1.1.4")},
                 {QStringLiteral("actor"), QStringLiteral("token")}});
        const QJsonObject judged = watchOnce(&exitCode);
        const QJsonObject again = release(judged, ui, QStringLiteral("1.1.4"));
        QVERIFY2(!again.isEmpty(), QJsonDocument(judged).toJson().constData());
        QVERIFY2(!again.value(QStringLiteral("note")).toString().startsWith(excludedNote),
                 QJsonDocument(again).toJson().constData());

        // A package the watch has never seen is a usage error (exit 2) naming it.
        const CliRun unknown = m_env.cli(
            {QStringLiteral("watch"), QStringLiteral("exclude"), QStringLiteral("@acme/nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(cliLines(unknown.err).contains("@acme/nope"), unknown.err.constData());
    }

    void usageErrorsExitTwo()
    {
        const CliRun bad = m_env.cli(
            {QStringLiteral("watch"), QStringLiteral("--interval"), QStringLiteral("2")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(cliLines(bad.err).contains("--interval"), bad.err.constData());
        const CliRun unknown = m_env.cli(
            {QStringLiteral("watch"), QStringLiteral("ack"), QStringLiteral("@acme/ui@9.9.9")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(cliLines(unknown.err).contains("9.9.9"), unknown.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliWatchE2eTest)
#include "tst_cli_watch_e2e.moc"
