// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, the desktop part, end to end on Xvfb with the real keychain (tests/run-headless.sh)
// against a real tokendesk-sandbox process: the real npm CLI publishes @releaser/via-oidc from a
// simulated GitHub job through OIDC (the trusted publisher), and the token details pane (for a
// token naming that package) and the trust wizard's verify step say, in words, who published the
// last release and that its provenance verified: the sandbox's trust data comes from the
// loopback registry itself, the trust configs from what the wizard remembered after reading them.
// Then an "attacker" publishes with a token through the control API, and both say suspicious
// with the reason. Screenshots: <build>/screenshots/verify-details-e2e.png,
// verify-details-attacker-e2e.png and verify-wizard-e2e.png.
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "NpmCli.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "core/account/AccountStore.h"
#include "core/provenance/TrustConfigMemory.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenListService.h"
#include "core/tokenlist/TokenSync.h"
#include "desktop/Application.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/trust/TrustWizard.h"
#include "desktop/trust/TrustWizardMemory.h"
#include "desktop/trust/TrustWizardPages.h"
#include "sandbox/auth/Totp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

const QString kPackage = QStringLiteral("@releaser/via-oidc");
const QString kTokenKey = QStringLiteral("0b5f1a2c-0199-4a00-8000-000000000199");
const QString kOtherKey = QStringLiteral("0b5f1a2c-0102-4a00-8000-000000000102");
const QString kVerified = QStringLiteral("@releaser/via-oidc@1.5.0: Published by GitHub Actions "
                                         "from releaser/via-oidc, publish.yml on refs/heads/main "
                                         "— provenance verified");

QString releaserTotpNow()
{
    return sandbox::totp::code(*sandbox::totp::decodeBase32(QStringLiteral("OJSWYZLBONSXEMRQ")),
                               QDateTime::currentDateTimeUtc());
}

} // namespace

class TestDesktopVerifyE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    KeychainSecretStore m_keychain{QStringLiteral("tokendesk-verify-e2e")};
    std::unique_ptr<Application> m_app;

    HttpReply control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return httpCall(method, m_sandbox.url().resolved(QUrl(path)),
                        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                        {{"content-type", "application/json"}});
    }

    TokenDetailsPane *details() const { return m_app->mainWindow()->details(); }

    // Shows another token, then the one for kPackage: a fresh check of its last release.
    void showPackageToken()
    {
        m_app->mainWindow()->selectToken(kOtherKey);
        QCOMPARE(details()->currentKey(), kOtherKey);
        m_app->mainWindow()->selectToken(kTokenKey);
        QCOMPARE(details()->currentKey(), kTokenKey);
    }

    RegistryClient *client()
    {
        RegistryClient *found = nullptr;
        bool answered = false;
        m_app->tokenList()->sync()->withClient(m_app->accountStore()->accounts().constFirst().id,
                                               this, [&](Result<RegistryClient *> c) {
                                                   answered = true;
                                                   found = c ? c.value() : nullptr;
                                               });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 10000); }();
        return found;
    }

    QString wizardCheck()
    {
        TrustWizardServices services;
        services.client = client();
        if (!services.client)
            return QStringLiteral("no client");
        TrustWizard wizard(services, m_app->mainWindow());
        PackagePlan plan;
        plan.packageName = kPackage;
        plan.action = PackagePlan::Action::AlreadyConfigured;
        wizard.state().plans = {plan};
        wizard.setStartId(TrustWizard::DonePage);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return QStringLiteral("wizard not exposed");
        auto *done = qobject_cast<TrustDonePage *>(wizard.currentPage());
        if (!done || !done->checkButton()->isEnabled())
            return QStringLiteral("no verify step");
        QTest::mouseClick(done->checkButton(), Qt::LeftButton);
        // "checking…" at once, the sentence when the check answers; the UI never waits.
        const QString first = done->checkStatus()->text();
        if (!first.contains(QStringLiteral("checking the last release")))
            return QStringLiteral("not checking first: ") + first;
        if (!QTest::qWaitFor([&] { return !done->checkStatus()->text().contains(u"checking"); },
                             20000))
            return QStringLiteral("still checking: ") + done->checkStatus()->text();
        QString text = done->checkStatus()->text();
        QTest::qWait(200); // the layout makes room for the new lines first
        if (text.contains(QStringLiteral("verified")))
            saveScreenshot(&wizard, QStringLiteral("verify-wizard-e2e.png"));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(provenance::TrustConfigMemory::defaultPath());
        QVERIFY(m_home.isValid());
        const QString problem = NpmCli::versionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

        // The demo seed plus a read-only token naming the trusted-publisher package.
        QFile demo(QStringLiteral(TD_SOURCE_DIR "/app/sandbox/resources/demo-seed.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray tokens = seed.value(QStringLiteral("tokens")).toArray();
        tokens.append(QJsonObject{
            {QStringLiteral("owner"), QStringLiteral("releaser")},
            {QStringLiteral("kind"), QStringLiteral("granular")},
            {QStringLiteral("key"), kTokenKey},
            {QStringLiteral("token"), QStringLiteral("npm_SandboxReleaserReadOidc0000000000000")},
            {QStringLiteral("name"), QStringLiteral("releaser-read-oidc")},
            {QStringLiteral("description"), QStringLiteral("Reads the OIDC package")},
            {QStringLiteral("packages"), QJsonArray{kPackage}},
            {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("read-only")},
            {QStringLiteral("created_days_ago"), 3},
            {QStringLiteral("expiry_in_days"), 60}});
        seed.insert(QStringLiteral("tokens"), tokens);
        const HttpReply reset = control("POST", QStringLiteral("/-/sandbox/reset"),
                                        QJsonObject{{QStringLiteral("seed"), seed}});
        QVERIFY2(reset.status == 200, reset.body.constData());

        m_app = std::make_unique<Application>(sandboxAppOptions(
            m_sandbox.url(), m_home.filePath(QStringLiteral("data")), &m_keychain));
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
        CodeAnsweringPrompt prompt([] { return releaserTotpNow(); });
        QString why;
        QVERIFY2(signInLegacyAndSync(*m_app, m_sandbox.url(), "releaser-password", &prompt, &why,
                                     QStringLiteral("releaser")),
                 qPrintable(why));
    }

    void trustedPublishIsVerifiedInWords()
    {
        // What the wizard's packages page remembers after reading the seed's trust config.
        PackageRegistryState state;
        state.exists = true;
        TrustedPublisher config;
        config.id = QStringLiteral("7b2e1c9f-1e62-4d63-8c68-4a1a3d2f8b01");
        config.repository = QStringLiteral("releaser/via-oidc");
        config.workflowFile = QStringLiteral("publish.yml");
        state.configs = {config};
        rememberReadConfigs(provenance::TrustConfigMemory::defaultPath(), m_sandbox.url(),
                            {{kPackage, state}}, QDateTime::currentDateTimeUtc());

        const NpmCli npm(m_home.path());
        const QString dir = npm.writePackage(kPackage, QStringLiteral("1.5.0"));
        const QString rc = m_home.filePath(QStringLiteral("empty.npmrc"));
        QFile(rc).open(QIODevice::WriteOnly);
        const NpmRun run = npm.run(
            QStringList{QStringLiteral("publish")} + NpmCli::commonArgs(m_sandbox.url(), rc), {},
            dir,
            githubJobEnv(m_sandbox.url(), QStringLiteral("releaser/via-oidc"),
                         QStringLiteral("publish.yml")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        showPackageToken();
        QVERIFY2(details()->releaseChecksText().contains(u"checking the last release"),
                 qPrintable(details()->releaseChecksText()));
        QTRY_VERIFY2_WITH_TIMEOUT(details()->releaseChecksText().contains(kVerified),
                                  qPrintable(details()->releaseChecksText()), 20000);
        QVERIFY(details()->text().contains(kVerified));
        QTest::qWait(200); // the layout makes room for the new lines first
        saveScreenshot(m_app->mainWindow(), QStringLiteral("verify-details-e2e.png"));

        const QString wizard = wizardCheck();
        QVERIFY2(wizard == kVerified, qPrintable(wizard));
    }

    void attackerPublishIsSuspicious()
    {
        QCOMPARE(control("POST", QStringLiteral("/-/sandbox/clock"),
                         QJsonObject{{QStringLiteral("advance_seconds"), 60}})
                     .status,
                 200);
        const HttpReply attack
            = control("POST", QStringLiteral("/-/sandbox/publish"),
                      QJsonObject{{QStringLiteral("package"), kPackage},
                                  {QStringLiteral("version"), QStringLiteral("1.6.0")},
                                  {QStringLiteral("actor"), QStringLiteral("token")}});
        QVERIFY2(attack.status == 201, attack.body.constData());

        const QString prefix = QStringLiteral("@releaser/via-oidc@1.6.0: Published by ");
        showPackageToken();
        QTRY_VERIFY2_WITH_TIMEOUT(details()->releaseChecksText().contains(prefix),
                                  qPrintable(details()->releaseChecksText()), 20000);
        const QString text = details()->releaseChecksText();
        QVERIFY2(text.contains(QStringLiteral("with a token, without provenance — suspicious: ")),
                 qPrintable(text));
        QTest::qWait(200); // the layout makes room for the new lines first
        saveScreenshot(m_app->mainWindow(), QStringLiteral("verify-details-attacker-e2e.png"));

        const QString wizard = wizardCheck();
        QVERIFY2(wizard.startsWith(prefix) && wizard.contains(QStringLiteral("— suspicious: ")),
                 qPrintable(wizard));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        QFile::remove(provenance::TrustConfigMemory::defaultPath());
    }
};

QTEST_MAIN(TestDesktopVerifyE2e)
#include "tst_desktop_verify_e2e.moc"
