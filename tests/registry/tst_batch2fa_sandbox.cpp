// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: a batch of five registry writes through RegistryClient (browser 2FA) and
// BatchTwoFactorPrompt against the real tokendesk-sandbox. With npmjs's "skip two-factor
// authentication for the next 5 minutes" ticked on the first page, the user sees ONE page;
// without it, one page per write.
#include "AwaitResult.h"
#include "HttpHelper.h"
#include "RegistryTestSupport.h"
#include "SandboxProcess.h"
#include "core/registry/BatchTwoFactorPrompt.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

const QByteArray kPassword = "sandbox-password";
// keyholder (demo seed) has a security key: the browser page is the only second factor.
const QString kUser = QStringLiteral("keyholder");
constexpr int kWrites = 5;

} // namespace

class TestBatch2faSandbox : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxProcess> m_sandbox;

    QUrl control(const char *path) const
    {
        return m_sandbox->url().resolved(QUrl(QLatin1String(path)));
    }

    // The user approves the page in the browser: here through the control API, like the
    // sandbox's HTML form would, with or without the "skip 2FA for 5 minutes" box.
    void approveSoon(const QString &id, bool skip)
    {
        QTimer::singleShot(50, this, [this, id, skip] {
            const QJsonObject body{{QStringLiteral("id"), id},
                                   {QStringLiteral("username"), kUser},
                                   {QStringLiteral("approve"), true},
                                   {QStringLiteral("skip_2fa"), skip}};
            const HttpReply r = httpCall("POST", control("-/sandbox/approve"),
                                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         {{"content-type", "application/json"}});
            if (r.status != 200)
                qWarning("approve %s failed: %d %s", qPrintable(id), r.status, r.body.constData());
        });
    }

    // A web login approved through the control API: the session token.
    SecretBuffer signIn(RegistryClient &client)
    {
        ScriptedPrompt login;
        login.onPage
            = [this](const QUrl &url) { approveSoon(url.path().section(u'/', -1), false); };
        client.setTwoFactorPrompt(&login);
        auto session = await<SecretBuffer>([&](auto done) { client.webLogin(nullptr, done); });
        client.setTwoFactorPrompt(nullptr);
        if (!session)
            qWarning("web login failed: %s", qPrintable(why(session)));
        return session ? std::move(session).value() : SecretBuffer();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void cleanup() { m_sandbox.reset(); }

    void fiveWritesOneApproval_data()
    {
        QTest::addColumn<bool>("skip");
        QTest::addColumn<int>("pagesSeen");
        QTest::newRow("box ticked: one page") << true << 1;
        QTest::newRow("box left unticked: a page per write") << false << kWrites;
    }

    void fiveWritesOneApproval()
    {
        QFETCH(bool, skip);
        QFETCH(int, pagesSeen);
        RegistryClient client(&m_nam, m_sandbox->url(), m_clock);
        const SecretBuffer session = signIn(client);
        QVERIFY(!session.isEmpty());
        client.setAuthToken(SecretBuffer(session.view()));
        client.setAuthType(RegistryClient::AuthType::Web);

        ScriptedPrompt user;
        user.onPage
            = [this, skip](const QUrl &url) { approveSoon(url.path().section(u'/', -1), skip); };
        BatchTwoFactorPrompt batch(&user, client.clock());
        client.setTwoFactorPrompt(&batch);

        for (int i = 1; i <= kWrites; ++i) {
            TokenCreateRequest request;
            request.name = QStringLiteral("batch-%1").arg(i);
            request.allPackages = true;
            request.packagesPermission = Permission::ReadOnly;
            const auto created = await<CreatedToken>([&](auto done) {
                client.createToken(request, SecretBuffer(QByteArrayView(kPassword)), nullptr, done);
            });
            QVERIFY2(created.ok(), qPrintable(QStringLiteral("write %1: ").arg(i) + why(created)));
        }

        using P = TwoFactorPrompt::Purpose;
        QList<P> expected{P::ApproveBatch};
        while (expected.size() < pagesSeen)
            expected << P::Approve;
        QCOMPARE(user.purposes, expected);
        QCOMPARE(user.pages.size(), pagesSeen);
        QCOMPARE(user.codeRequests, 0);
        QCOMPARE(batch.timesAsked(), pagesSeen);
        QCOMPARE(user.finishedCount, pagesSeen);

        // The registry holds all five, and the window is visible in its state exactly when
        // the box was ticked.
        const auto page = await<TokenPage>([&](auto done) { client.listTokens(nullptr, done); });
        QVERIFY2(page.ok(), qPrintable(why(page)));
        int batchTokens = 0;
        for (const auto &token : page.value().tokens)
            batchTokens += token.name.startsWith(QLatin1String("batch-")) ? 1 : 0;
        QCOMPARE(batchTokens, kWrites);
        const HttpReply state = httpCall("GET", control("-/sandbox/state"));
        bool windowShown = false;
        for (const QJsonValue &u : state.json().object().value(QLatin1String("users")).toArray())
            if (u.toObject().value(QLatin1String("name")).toString() == kUser)
                windowShown = u.toObject().value(QLatin1String("skip_2fa_until")).isString();
        QCOMPARE(windowShown, skip);
    }
};

QTEST_GUILESS_MAIN(TestBatch2faSandbox)
#include "tst_batch2fa_sandbox.moc"
