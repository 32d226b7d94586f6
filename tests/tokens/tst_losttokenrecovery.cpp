// SPDX-License-Identifier: GPL-3.0-or-later
// recoverLostCreate against a loopback fake registry: after a create whose answer was lost, the
// token it made is found (across list pages) and revoked; several candidates, a failed revoke or
// a failed list end in a message that names exactly what to revoke, and nothing is revoked that
// the user may rely on.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "core/creation/LostTokenRecovery.h"
#include "core/registry/RegistryClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using Kind = LostCreateOutcome::Kind;

namespace {

const QString kName = QStringLiteral("laptop-publish");

// One entry of the registry's token list; `created` relative to the fake clock's start.
QJsonObject listed(const QString &key, const QString &name, int createdOffset, bool revoked = false)
{
    const QDateTime start = FakeClock().now();
    const QString created = start.addSecs(createdOffset).toString(Qt::ISODateWithMs);
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("token"), QStringLiteral("npm_Ab12...%1").arg(key.left(4))},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("updated"), created},
                       {QStringLiteral("revoked"), revoked ? QJsonValue(created) : QJsonValue()}};
}

QByteArray page(const QJsonArray &objects, const QString &next = {})
{
    QJsonObject urls;
    if (!next.isEmpty())
        urls.insert(QStringLiteral("next"), next);
    return QJsonDocument(QJsonObject{{QStringLiteral("objects"), objects},
                                     {QStringLiteral("urls"), urls},
                                     {QStringLiteral("total"), objects.size()}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestLostTokenRecovery : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    RecordingDelayTimer m_delays;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<RegistryClient> m_client;
    const Error m_lost = makeError(ErrorCode::Timeout, QStringLiteral("No answer in time."));

    // Serves the token list (pages by ?page=N) and answers DELETEs with `revokeStatus`.
    void serve(QList<QJsonArray> pages, int revokeStatus = 200)
    {
        m_server->setHandler([pages, revokeStatus](const FakeRegistryServer::Request &r) {
            if (r.method == "DELETE")
                return Reply::json(revokeStatus, revokeStatus < 300 ? "{}" : R"({"error":"no"})");
            const int index = r.target.endsWith("?page=1") ? 1 : 0;
            const QString next
                = index + 1 < pages.size() ? QStringLiteral("/-/npm/v1/tokens?page=1") : QString();
            return Reply::json(200, page(pages.value(index), next));
        });
    }

    LostCreateOutcome recover()
    {
        std::optional<LostCreateOutcome> outcome;
        const CreateAttempt attempt{QStringLiteral("acct"), kName, m_clock.now()};
        recoverLostCreate(*m_client, attempt, m_lost, this,
                          [&outcome](LostCreateOutcome o) { outcome.emplace(std::move(o)); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            qFatal("recoverLostCreate never answered");
        return std::move(*outcome);
    }

    QList<QByteArray> deletes() const
    {
        QList<QByteArray> targets;
        for (const auto &r : m_server->requests())
            if (r.method == "DELETE")
                targets.append(r.target);
        return targets;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<RegistryClient>(&m_nam, m_server->baseUrl(), m_clock);
        m_client->setDelayTimer(&m_delays);
        m_client->setAuthToken(SecretBuffer(QByteArrayView("session-secret")));
    }

    void revokesTheOneTheCreateMade()
    {
        serve({{listed(QStringLiteral("old1"), kName, -86400),
                listed(QStringLiteral("other"), QStringLiteral("ci"), 2),
                listed(QStringLiteral("new1"), kName, 1)}});
        const LostCreateOutcome outcome = recover();
        QCOMPARE(outcome.kind, Kind::Revoked);
        QCOMPARE(outcome.tokens.size(), 1);
        QCOMPARE(outcome.tokens.constFirst().key, QStringLiteral("new1"));
        QCOMPARE(deletes(), QList<QByteArray>{"/-/npm/v1/tokens/token/new1"});
        QCOMPARE(outcome.error.message,
                 QStringLiteral("The registry created token 'laptop-publish' but its answer was "
                                "lost; TokenDesk revoked it (id new1, npm_Ab12...new1, created "
                                "2026-11-28T12:00:01Z)."));
        QCOMPARE(outcome.error.hint, QStringLiteral("Create it again."));
    }

    void findsItOnALaterPage()
    {
        serve({{listed(QStringLiteral("old1"), kName, -86400)},
               {listed(QStringLiteral("new1"), kName, 3)}});
        const LostCreateOutcome outcome = recover();
        QCOMPARE(outcome.kind, Kind::Revoked);
        QCOMPARE(deletes(), QList<QByteArray>{"/-/npm/v1/tokens/token/new1"});
    }

    void nothingCreatedRevokesNothing()
    {
        serve({{listed(QStringLiteral("old1"), kName, -86400),
                listed(QStringLiteral("gone"), kName, 1, true)}});
        const LostCreateOutcome outcome = recover();
        QCOMPARE(outcome.kind, Kind::NotCreated);
        QVERIFY(deletes().isEmpty());
        QVERIFY(outcome.error.message.startsWith(m_lost.message));
        QVERIFY(outcome.error.message.contains(
            QStringLiteral("has not created token 'laptop-publish'")));
        // No answer at all: the registry may still make it, so say what to look for.
        QVERIFY2(outcome.error.hint.contains(QStringLiteral("created at or after "
                                                            "2026-11-28T12:00:00Z")),
                 qPrintable(outcome.error.hint));
        QCOMPARE(outcome.error.code, m_lost.code);
    }

    void severalCandidatesAreNamedNotRevoked()
    {
        serve({{listed(QStringLiteral("a111"), kName, 1),
                listed(QStringLiteral("b222"), kName, 40)}});
        const LostCreateOutcome outcome = recover();
        QCOMPARE(outcome.kind, Kind::Ambiguous);
        QVERIFY(deletes().isEmpty());
        QCOMPARE(outcome.tokens.size(), 2);
        QCOMPARE(outcome.tokens.constFirst().key, QStringLiteral("b222")); // newest first
        const QString text = outcome.error.oneLine();
        QVERIFY2(text.contains(QStringLiteral("2 tokens with that name")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("id a111")));
        QVERIFY(text.contains(QStringLiteral("id b222, npm_Ab12...b222, created "
                                             "2026-11-28T12:00:40Z")));
        QVERIFY(text.contains(QStringLiteral("tokendesk-cli token revoke")));
    }

    void failedRevokeNamesTheTokenAndHow()
    {
        serve({{listed(QStringLiteral("new1"), kName, 1)}}, 500);
        const LostCreateOutcome outcome = recover();
        QCOMPARE(outcome.kind, Kind::RevokeFailed);
        QCOMPARE(deletes().size(), 1);
        const QString text = outcome.error.oneLine();
        QVERIFY2(text.contains(QStringLiteral("could not revoke it")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("id new1, npm_Ab12...new1, created "
                                             "2026-11-28T12:00:01Z")));
        QVERIFY(text.contains(QStringLiteral("'tokendesk-cli token revoke new1'")));
        QVERIFY(text.contains(QStringLiteral("npmjs.com")));
    }

    void failedLookupNamesNameAndTime()
    {
        m_server->setHandler([](const auto &) { return Reply::json(503, R"({"error":"down"})"); });
        const LostCreateOutcome outcome = recover();
        QCOMPARE(outcome.kind, Kind::LookupFailed);
        QVERIFY(deletes().isEmpty());
        const QString text = outcome.error.oneLine();
        QVERIFY2(text.contains(QStringLiteral("may have created token 'laptop-publish'")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("created at or after 2026-11-28T12:00:00Z")));
        QVERIFY(text.contains(QStringLiteral("tokendesk-cli token revoke")));
    }

    void whichFailuresMayHaveCreated_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<bool>("mayHave");
        QTest::newRow("answer lost after sending") << ErrorCode::AnswerLost << true;
        QTest::newRow("timeout") << ErrorCode::Timeout << true;
        QTest::newRow("never reached the registry") << ErrorCode::Network << false;
        QTest::newRow("unreadable 2xx") << ErrorCode::MalformedResponse << true;
        QTest::newRow("5xx") << ErrorCode::ServerError << true;
        QTest::newRow("wrong password") << ErrorCode::E401 << false;
        QTest::newRow("otp") << ErrorCode::EOTP << false;
        QTest::newRow("refused policy") << ErrorCode::E422 << false;
        QTest::newRow("rate limited") << ErrorCode::E429 << false;
        QTest::newRow("session ended") << ErrorCode::ENEEDAUTH << false;
        QTest::newRow("2fa cancelled") << ErrorCode::Cancelled << false;
        QTest::newRow("invalid draft") << ErrorCode::InvalidInput << false;
    }

    void whichFailuresMayHaveCreated()
    {
        QFETCH(ErrorCode, code);
        QFETCH(bool, mayHave);
        QCOMPARE(createMayHaveSucceeded(makeError(code, QStringLiteral("x"))), mayHave);
    }
};

QTEST_GUILESS_MAIN(TestLostTokenRecovery)
#include "tst_losttokenrecovery.moc"
