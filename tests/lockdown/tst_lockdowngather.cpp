// SPDX-License-Identifier: GPL-3.0-or-later
// LockdownGather: from the packument, the trust configs TokenDesk remembers, the watch's release
// log and the pending staged versions, the plan revokes the trusted publisher that published the
// bad version (and only then), removes the maintainer added after the last good release and
// rejects what is staged.
#include "core/lockdown/LockdownGather.h"
#include "core/provenance/TrustConfigMemory.h"
#include "core/util/Clock.h"
#include "core/watch/WatchReleaseLog.h"

#include "FakeRegistryServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using td::test::FakeRegistryServer;

namespace {
const QDateTime kGood(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
const QDateTime kBad(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

QByteArray packument(const QByteArray &badNpmUser)
{
    return R"({"name": "@acme/ui",
      "maintainers": [{"name": "alice", "email": "a@x"}, {"name": "mallory", "email": "m@x"}],
      "dist-tags": {"latest": "1.1.1"},
      "time": {"1.1.0": "2026-12-01T10:00:00Z", "1.1.1": "2026-12-05T10:00:00Z"},
      "versions": {"1.1.0": {"_npmUser": {"name": "GitHub Actions", "trustedPublisher":
                                {"id": "github", "oidcConfigId": "oidc:1"}}},
                   "1.1.1": {"_npmUser": )"
        + badNpmUser + R"(}}})";
}
const QByteArray kByTrustedPublisher
    = R"({"name": "GitHub Actions", "trustedPublisher": {"id": "github", "oidcConfigId": "oidc:1"}})";
const QByteArray kByToken = R"({"name": "alice", "email": "a@x"})";
} // namespace

class TestLockdownGather : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;

    // One gather against a fake registry whose 1.1.1 came as `badNpmUser`, with the GitHub config
    // oidc:1 remembered, mallory seen added after 1.1.0 and 1.1.2 staged; the package's access
    // document is `access` (empty: the registry answers 404).
    LockdownPlan gatherPlan(const QByteArray &badNpmUser, const QByteArray &access = {})
    {
        FakeRegistryServer server;
        server.setHandler([&](const FakeRegistryServer::Request &r) {
            if (r.target.startsWith("/-/stage?"))
                return FakeRegistryServer::Reply::json(
                    200, R"({"items": [{"id": "0b6f3a52-2222-4e3c-9d55-5d2a9c1e7a01",
                        "packageName": "@acme/ui", "version": "1.1.2", "tag": "latest"}],
                        "page": 0, "perPage": 100, "total": 1})");
            if (r.target.endsWith("/access"))
                return access.isEmpty() ? FakeRegistryServer::Reply::json(404, R"({"error":
                    "Not found"})")
                                        : FakeRegistryServer::Reply::json(200, access);
            if (r.target.startsWith("/-/npm/v1/tokens"))
                return FakeRegistryServer::Reply::json(200, R"({"objects": [], "total": 0,
                    "urls": {}})");
            return FakeRegistryServer::Reply::json(200, packument(badNpmUser));
        });
        if (!server.listen())
            qFatal("no loopback port");

        TrustedPublisher github;
        github.id = QStringLiteral("oidc:1");
        github.repository = QStringLiteral("acme/ui");
        github.workflowFile = QStringLiteral("release.yml");
        const QString trustPath = m_dir.filePath(QStringLiteral("trust-configs.json"));
        if (!provenance::TrustConfigMemory(trustPath)
                 .remember(server.baseUrl(), QStringLiteral("@acme/ui"), {github}, kBad)
                 .ok())
            qFatal("cannot remember");

        const QString logPath = m_dir.filePath(QStringLiteral("publish-watch-releases.json"));
        watch::WatchReleaseLog log(logPath, 50);
        watch::WatchRelease added;
        added.registry = server.baseUrl();
        added.kind = watch::WatchEvent::Kind::MaintainerAdded;
        added.package = QStringLiteral("@acme/ui");
        added.actor = QStringLiteral("mallory");
        added.at = kGood.addDays(2);
        added.seenAt = added.at;
        log.merge({added});
        if (!log.save().ok())
            qFatal("cannot save the log");

        QNetworkAccessManager nam;
        RegistryClient client(&nam, server.baseUrl(), m_clock);
        client.setAuthToken(SecretBuffer(QByteArrayView("session-secret")));
        LockdownGather gather(client);
        gather.setTrustConfigPath(trustPath);
        gather.setWatchReleaseLogPath(logPath);
        std::optional<Result<LockdownGather::Gathered>> got;
        gather.gather(
            {QStringLiteral("@acme/ui")},
            [](const QString &) {
                IncidentVersion bad;
                bad.version = QStringLiteral("1.1.1");
                return QList<IncidentVersion>{bad};
            },
            [&](Result<LockdownGather::Gathered> r) { got = std::move(r); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            qFatal("the gather did not finish");
        if (!got->ok())
            qFatal("the gather failed: %s", qPrintable(got->error().message));
        LockdownFacts facts = got->value().facts;
        facts.now = kBad;
        return LockdownPlan::build(facts);
    }

    static QStringList targets(const LockdownStep &step)
    {
        QStringList out;
        for (const LockdownAction &a : step.actions)
            out.append(a.target);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // TanStack: valid provenance from a poisoned run. The config that published it is revoked.
    void publishedThroughTheTrustedPublisher()
    {
        const LockdownPlan plan = gatherPlan(kByTrustedPublisher);
        const LockdownStep &trust = plan.step(LockdownStepKind::RevokeTrust);
        QVERIFY2(trust.applies, qPrintable(plan.describe()));
        QCOMPARE(targets(trust), QStringList{QStringLiteral("oidc:1")});
        QVERIFY2(trust.actions.constFirst().label.contains(QLatin1String("acme/ui release.yml")),
                 qPrintable(trust.actions.constFirst().label));
    }

    void publishedWithAToken()
    {
        const LockdownPlan plan = gatherPlan(kByToken);
        const LockdownStep &trust = plan.step(LockdownStepKind::RevokeTrust);
        QVERIFY(!trust.applies);
        QVERIFY2(trust.whyNot.contains(QLatin1String(
                     "1.1.1 was published with a token, not through the trusted publisher")),
                 qPrintable(trust.whyNot));
        // The remembered config is shown, kept, with when TokenDesk read it.
        const QString notes = trust.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("acme/ui release.yml kept")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("last read them, 2026-12-05T10:00:00")),
                 qPrintable(notes));
    }

    void removesOnlyTheMaintainerAddedAfterTheLastGoodRelease()
    {
        const LockdownPlan plan = gatherPlan(kByToken);
        const LockdownStep &step = plan.step(LockdownStepKind::RemoveMaintainers);
        QVERIFY2(step.applies, qPrintable(plan.describe()));
        QCOMPARE(targets(step), QStringList{QStringLiteral("mallory")});
    }

    // The package's 2FA and token settings as they are now: a step already in force is not
    // planned again; settings the registry does not tell are planned to be safe.
    void requireTwoFactorFollowsTheAccessSettings_data()
    {
        QTest::addColumn<QByteArray>("access");
        QTest::addColumn<bool>("applies");
        QTest::newRow("already in force") << QByteArray(
            R"({"publish_requires_tfa": true, "automation_token_overrides_tfa": false})")
                                          << false;
        QTest::newRow("2FA but tokens override") << QByteArray(
            R"({"publish_requires_tfa": true, "automation_token_overrides_tfa": true})")
                                                 << true;
        QTest::newRow("not told (404)") << QByteArray() << true;
    }
    void requireTwoFactorFollowsTheAccessSettings()
    {
        QFETCH(QByteArray, access);
        QFETCH(bool, applies);
        const LockdownPlan plan = gatherPlan(kByToken, access);
        QCOMPARE(plan.step(LockdownStepKind::RequireTwoFactor).applies, applies);
    }

    void rejectsThePendingStagedVersion()
    {
        const LockdownPlan plan = gatherPlan(kByToken);
        const LockdownStep &step = plan.step(LockdownStepKind::RejectStaged);
        QVERIFY2(step.applies, qPrintable(plan.describe()));
        QCOMPARE(targets(step),
                 QStringList{QStringLiteral("0b6f3a52-2222-4e3c-9d55-5d2a9c1e7a01")});
    }
};

QTEST_GUILESS_MAIN(TestLockdownGather)
#include "tst_lockdowngather.moc"
