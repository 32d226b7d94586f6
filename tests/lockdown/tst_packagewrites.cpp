// SPDX-License-Identifier: GPL-3.0-or-later
// PackageWrites against the loopback fake registry: the requests the npm CLI makes for owner rm,
// deprecate, dist-tag set and access mfa=publish, each answering an OTP challenge.
#include "AwaitResult.h"
#include "FakeClock.h"
#include "LockdownFakeRegistry.h"
#include "LockdownRegistryFixture.h"
#include "RegistryTestSupport.h"
#include "core/registry/PackageWrites.h"
#include "core/registry/RegistryClient.h"

#include <QTest>

using namespace td;
using namespace td::test;

class TestPackageWrites : public QObject
{
    Q_OBJECT
    FakeClock m_clock;
    RecordingDelayTimer m_delays;
    LockdownFakeRegistry m_fake;
    LockdownRegistryFixture m_loop;
    ScriptedPrompt m_prompt;

    QList<QByteArray> lines() const
    {
        QList<QByteArray> out;
        for (const auto &r : m_loop.server->requests())
            out << LockdownFakeRegistry::line(r) + (r.header("npm-otp").isEmpty() ? "" : " +otp");
        return out;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_loop.start(m_fake, m_prompt, m_clock, m_delays)); }
    void cleanup() { m_loop.stop(); }

    void removeMaintainerWritesTheRevWithTheOthersKept()
    {
        PackageWrites writes(*m_loop.registry);
        const auto result = await<void>([&](auto done) {
            writes.removeMaintainer(QStringLiteral("@acme/ui"), QStringLiteral("mallory"), this,
                                    done, &m_prompt);
        });
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(lines(),
                 (QList<QByteArray>{"GET /@acme%2fui?write=true", "PUT /@acme%2fui/-rev/1-abc",
                                    "PUT /@acme%2fui/-rev/1-abc +otp"}));
        const QJsonObject body
            = QJsonDocument::fromJson(m_loop.server->requests().last().body).object();
        QCOMPARE(body.value(QStringLiteral("_id")).toString(), QStringLiteral("@acme/ui"));
        QCOMPARE(body.value(QStringLiteral("_rev")).toString(), QStringLiteral("1-abc"));
        QCOMPARE(m_fake.maintainers(), QStringList{QStringLiteral("alice")});
    }

    void removingSomeoneWhoIsNotAMaintainerWritesNothing()
    {
        PackageWrites writes(*m_loop.registry);
        const auto result = await<void>([&](auto done) {
            writes.removeMaintainer(QStringLiteral("@acme/ui"), QStringLiteral("nobody"), this,
                                    done, &m_prompt);
        });
        QVERIFY(result.ok());
        QCOMPARE(lines(), QList<QByteArray>{"GET /@acme%2fui?write=true"});
    }

    void theLastMaintainerIsNeverRemoved()
    {
        m_fake.doc.insert(
            QStringLiteral("maintainers"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("alice")}}});
        PackageWrites writes(*m_loop.registry);
        const auto result = await<void>([&](auto done) {
            writes.removeMaintainer(QStringLiteral("@acme/ui"), QStringLiteral("alice"), this, done,
                                    &m_prompt);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_loop.server->requests().size(), 1);
    }

    void deprecateSetsTheMessageOnTheVersion()
    {
        PackageWrites writes(*m_loop.registry);
        const auto result = await<void>([&](auto done) {
            writes.deprecate(QStringLiteral("@acme/ui"), {QStringLiteral("1.1.1")},
                             QStringLiteral("compromised, use 1.1.0"), this, done, &m_prompt);
        });
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(lines(),
                 (QList<QByteArray>{"GET /@acme%2fui?write=true", "PUT /@acme%2fui",
                                    "PUT /@acme%2fui +otp"}));
        QCOMPARE(m_fake.deprecated(QStringLiteral("1.1.1")),
                 QStringLiteral("compromised, use 1.1.0"));
        QVERIFY(m_fake.deprecated(QStringLiteral("1.1.0")).isEmpty());
    }

    void deprecatingAMissingVersionWritesNothing()
    {
        PackageWrites writes(*m_loop.registry);
        const auto result = await<void>([&](auto done) {
            writes.deprecate(QStringLiteral("@acme/ui"), {QStringLiteral("9.9.9")},
                             QStringLiteral("x"), this, done, &m_prompt);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::E404);
        QVERIFY(result.error().message.contains(QLatin1String("9.9.9")));
        QCOMPARE(m_loop.server->requests().size(), 1);
    }

    void distTagSetSendsTheVersionAsAJsonString()
    {
        PackageWrites writes(*m_loop.registry);
        const auto result = await<void>([&](auto done) {
            writes.setDistTag(QStringLiteral("@acme/ui"), QStringLiteral("latest"),
                              QStringLiteral("1.1.0"), this, done, &m_prompt);
        });
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(lines().last(), QByteArray("PUT /-/package/@acme%2fui/dist-tags/latest +otp"));
        QCOMPARE(m_loop.server->requests().last().body, QByteArray("\"1.1.0\""));
        QCOMPARE(m_loop.server->requests().last().header("content-type"),
                 QByteArray("application/json"));
        QCOMPARE(m_fake.tag(QStringLiteral("latest")), QStringLiteral("1.1.0"));
    }

    void requireTwoFactorDisallowsTokens()
    {
        PackageWrites writes(*m_loop.registry);
        const auto result = await<void>([&](auto done) {
            writes.requireTwoFactorDisallowTokens(QStringLiteral("@acme/ui"), this, done,
                                                  &m_prompt);
        });
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(lines().last(), QByteArray("POST /-/package/@acme%2fui/access +otp"));
        QCOMPARE(m_fake.access.value(QStringLiteral("publish_requires_tfa")), QJsonValue(true));
        QCOMPARE(m_fake.access.value(QStringLiteral("automation_token_overrides_tfa")),
                 QJsonValue(false));
    }
};

QTEST_GUILESS_MAIN(TestPackageWrites)
#include "tst_packagewrites.moc"
