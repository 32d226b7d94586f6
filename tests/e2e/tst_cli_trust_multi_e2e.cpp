// SPDX-License-Identifier: GPL-3.0-or-later
// Several trust configs per package (issue 14) through the real tokendesk-cli against the real
// tokendesk-sandbox (demo seed, 10 configs per package like npmjs since 2026-09-03) and the real
// keychain: a second config is added beside the first (stage only by default); --replace edits
// one as create-then-revoke (the sandbox's log shows the POST before the DELETE); `trust check`
// audits EVERY config (a config naming a CI file the repository lacks fails the check, in --json
// too) and passes once it is revoked, also with two workflows and no --file; at 10 configs a new
// one, and a replacement, are refused with one clear line and nothing is deleted. The slots run in
// order.
#include "CliSandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace td;
using namespace td::test;

namespace {
constexpr auto kPackage = "@acme/widgets";
// Its seeded config: github acme/widgets publish.yml, createPackage (demo-seed.json).
constexpr auto kSeededId = "6a1f0b8e-0d51-4c52-9b57-3f0f2c1e7a01";

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

class TstCliTrustMultiE2e : public QObject
{
    Q_OBJECT
    CliSandbox m_env;
    QString m_gitlabId;

    HttpReply control(const QByteArray &method, const char *path)
    {
        return httpCall(method, m_env.sandbox.url().resolved(QUrl(QString::fromLatin1(path))));
    }
    QString otp()
    {
        return control("GET", "/-/sandbox/totp?username=maintainer")
            .json()
            .object()
            .value(QLatin1String("code"))
            .toString();
    }
    QJsonArray held()
    {
        for (const QJsonValue &p : control("GET", "/-/sandbox/state")
                                       .json()
                                       .object()
                                       .value(QLatin1String("packages"))
                                       .toArray())
            if (p.toObject().value(QLatin1String("name")).toString() == QLatin1String(kPackage))
                return p.toObject().value(QLatin1String("trust")).toArray();
        return {};
    }
    QStringList heldIds()
    {
        QStringList ids;
        for (const QJsonValue &c : held())
            ids << c.toObject().value(QLatin1String("id")).toString();
        return ids;
    }
    CliRun trust(QStringList args, bool json = false)
    {
        args.prepend(QStringLiteral("trust"));
        if (json)
            args.prepend(QStringLiteral("--json"));
        return m_env.cli(args);
    }
    CliRun github(const QString &file, const QStringList &extra = {})
    {
        return trust(QStringList{QStringLiteral("github"), QLatin1String(kPackage),
                                 QStringLiteral("--file"), file, QStringLiteral("--repo"),
                                 QStringLiteral("acme/widgets"), QStringLiteral("--otp"), otp()}
                     + extra);
    }
    QString repo() const { return m_env.home.filePath(QStringLiteral("widgets")); }
    QByteArray sandboxLog() { return m_env.sandbox.log(); }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_env.home.isValid());
        QVERIFY2(m_env.sandbox.start(), qPrintable(m_env.sandbox.errorString()));
        QVERIFY(!m_env.signIn().isEmpty());
        QCOMPARE(heldIds(), QStringList{QLatin1String(kSeededId)});
        // The repository folder of acme/widgets: its release workflow, no GitLab CI file.
        writeFile(repo() + QStringLiteral("/package.json"),
                  "{\"name\":\"@acme/widgets\",\"version\":\"1.3.0\",\"repository\":{\"type\":"
                  "\"git\",\"url\":\"git+https://github.com/acme/widgets.git\"}}");
        writeFile(repo() + QStringLiteral("/.git/config"),
                  "[remote \"origin\"]\n\turl = git@github.com:acme/widgets.git\n");
        writeFile(repo() + QStringLiteral("/.github/workflows/release.yml"),
                  "on: push\npermissions:\n  id-token: write\njobs:\n  publish:\n    runs-on: "
                  "ubuntu-latest\n    environment: npm\n    steps:\n      - run: npm stage "
                  "publish\n");
    }

    // --dry-run says what would happen, and sends nothing: stage only, then the revocation.
    void dryRunShowsStageOnlyAndTheRevocation()
    {
        const CliRun r
            = trust({QStringLiteral("github"), QLatin1String(kPackage), QStringLiteral("--file"),
                     QStringLiteral("release.yml"), QStringLiteral("--repo"),
                     QStringLiteral("acme/widgets"), QStringLiteral("--replace"),
                     QLatin1String(kSeededId), QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QByteArray("would configure @acme/widgets: github acme/widgets "
                            "release.yml stage-publish\nthen revoke ")
                     + kSeededId + " of @acme/widgets\n");
        QCOMPARE(heldIds(), QStringList{QLatin1String(kSeededId)});
    }

    // A second config beside the first, not instead of it; stage only without --allow-*.
    void aSecondConfigIsAdded()
    {
        const CliRun r
            = trust({QStringLiteral("gitlab"), QLatin1String(kPackage), QStringLiteral("--project"),
                     QStringLiteral("acme/widgets"), QStringLiteral("--file"),
                     QStringLiteral(".gitlab-ci.yml"), QStringLiteral("--otp"), otp()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray configs = held();
        QCOMPARE(configs.size(), 2);
        QCOMPARE(configs.at(0).toObject().value(QLatin1String("id")).toString(),
                 QLatin1String(kSeededId));
        const QJsonObject added = configs.at(1).toObject();
        QCOMPARE(added.value(QLatin1String("type")).toString(), QStringLiteral("gitlab"));
        QCOMPARE(added.value(QLatin1String("permissions")).toArray(),
                 (QJsonArray{QStringLiteral("createStagedPackage")}));
        m_gitlabId = added.value(QLatin1String("id")).toString();
        // trust list shows both.
        const CliRun list = trust({QStringLiteral("list"), QLatin1String(kPackage)}, true);
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(list.out.count(kSeededId), 1);
        QCOMPARE(list.out.count(m_gitlabId.toUtf8()), 1);
    }

    // "Edit": the new config is created (and read back) before the old one is revoked.
    void replaceCreatesFirstThenRevokes()
    {
        const qsizetype from = sandboxLog().size();
        const CliRun r = github(QStringLiteral("release.yml"),
                                {QStringLiteral("--env"), QStringLiteral("npm"),
                                 QStringLiteral("--replace"), QLatin1String(kSeededId)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList ids = heldIds();
        QCOMPARE(ids.size(), 2);
        QVERIFY(!ids.contains(QLatin1String(kSeededId)));
        QVERIFY(ids.contains(m_gitlabId));
        const QByteArray log = sandboxLog().mid(from);
        const qsizetype post = log.indexOf("POST /-/package/@acme%2Fwidgets/trust 200");
        const QByteArray revoked
            = QByteArray("DELETE /-/package/@acme%2Fwidgets/trust/") + kSeededId + " 204";
        const qsizetype del = log.indexOf(revoked);
        QVERIFY2(post >= 0 && del > post, log.constData());
    }

    // Every config is audited: the GitLab one names a CI file this repository does not have.
    void checkAuditsEveryConfig()
    {
        const CliRun r = trust(
            {QStringLiteral("check"), repo(), QStringLiteral("--env"), QStringLiteral("npm")},
            true);
        QCOMPARE(r.exitCode, 1);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 1);
        QStringList findings;
        for (const QJsonValue &f : rows.first().toObject().value(QLatin1String("audit")).toArray())
            findings << f.toObject().value(QLatin1String("finding")).toString() + QLatin1Char('@')
                    + f.toObject().value(QLatin1String("id")).toString();
        QCOMPARE(findings,
                 (QStringList{QStringLiteral("no-environment@") + m_gitlabId,
                              QStringLiteral("workflow-missing@") + m_gitlabId}));

        const CliRun revoked
            = trust({QStringLiteral("revoke"), QLatin1String(kPackage), QStringLiteral("--id"),
                     m_gitlabId, QStringLiteral("--otp"), otp()});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        const CliRun clean = trust(
            {QStringLiteral("check"), repo(), QStringLiteral("--env"), QStringLiteral("npm")});
        QVERIFY2(clean.exitCode == 0, QByteArray(clean.out + clean.err).constData());
    }

    // Two workflows, a config for each, no --file: trust check audits both configs against
    // their own workflows instead of asking which one to expect.
    void checkWithSeveralWorkflows()
    {
        writeFile(repo() + QStringLiteral("/.github/workflows/nightly.yml"),
                  "on: schedule\npermissions:\n  id-token: write\njobs:\n  nightly:\n    "
                  "runs-on: ubuntu-latest\n    environment: npm\n    steps:\n      - run: npm "
                  "stage publish --tag nightly\n");
        const CliRun added = github(QStringLiteral("nightly.yml"),
                                    {QStringLiteral("--env"), QStringLiteral("npm")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(heldIds().size(), 2);
        const CliRun r = trust({QStringLiteral("check"), repo()}, true);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().toObject().value(QLatin1String("ok")).toBool());
        QVERIFY(rows.first().toObject().value(QLatin1String("audit")).toArray().isEmpty());
        // A workflow that publishes directly under a stage-only config is caught without --file.
        writeFile(repo() + QStringLiteral("/.github/workflows/nightly.yml"),
                  "on: schedule\njobs:\n  nightly:\n    runs-on: ubuntu-latest\n    "
                  "environment: npm\n    steps:\n      - run: npm publish --tag nightly\n");
        const CliRun caught = trust({QStringLiteral("check"), repo()});
        QCOMPARE(caught.exitCode, 1);
        QVERIFY2(caught.out.contains("runs npm publish"), caught.out.constData());
    }

    // At 10 configs there is no room: a new one is refused, and so is a replacement (it would
    // need the slot first), with one clear line and nothing deleted.
    void tenConfigsLeaveNoRoom()
    {
        for (int i = heldIds().size(); i < 10; ++i) {
            const CliRun r = github(QStringLiteral("extra-%1.yml").arg(i));
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QStringList ten = heldIds();
        QCOMPARE(ten.size(), 10);
        for (const QStringList &extra :
             {QStringList{}, QStringList{QStringLiteral("--replace"), ten.first()}}) {
            const CliRun r = github(QStringLiteral("eleventh.yml"), extra);
            QCOMPARE(r.exitCode, 1);
            const QByteArray lines = cliLines(r.err);
            QCOMPARE(lines.count('\n'), 1);
            QVERIFY2(lines.contains("no room for another"), lines.constData());
            QCOMPARE(heldIds(), ten);
        }
    }
};

QTEST_GUILESS_MAIN(TstCliTrustMultiE2e)
#include "tst_cli_trust_multi_e2e.moc"
