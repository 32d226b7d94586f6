// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, against the real tokendesk-sandbox and keychain (tests/run-headless.sh):
//  - the Organizations page lists the organizations the account is in, with its role there
//    (it listed nothing unless the user typed a name);
//  - when the account's packages cannot be fetched, the package picker says so with a Retry
//    button (it showed an empty list, "Showing 0 of 0 rows"), and Retry loads them.
#include "Harness.h"
#include "HttpHelper.h"
#include "RegistryTestSupport.h"
#include "SandboxProcess.h"
#include "Totp.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/creation/TokenCreationService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"
#include "desktop/util/SecretClipboard.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"
#include "desktop/wizards/createtoken/PackagesPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kTotpSecret = "JBSWY3DPEHPK3PXP";
const QByteArray kPassword = "sandbox-password";

template<class T, class Start>
Result<T> await(Start start, int ms = 20000)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}

void setFaults(const QUrl &sandbox, const QJsonArray &rules)
{
    const HttpReply reply
        = httpCall("POST", sandbox.resolved(QUrl(QStringLiteral("/-/sandbox/faults"))),
                   QJsonDocument(rules).toJson(QJsonDocument::Compact),
                   {{"content-type", "application/json"}});
    QVERIFY2(reply.status == 200 || reply.status == 204, qPrintable(QString::number(reply.status)));
}
} // namespace

class TestWizardAccountSandbox : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<TokenCreationService> m_service;
    SecretClipboard m_clipboard;

    std::unique_ptr<NewTokenWizard> newWizard()
    {
        NewTokenWizardServices services;
        services.clock = &m_clock;
        services.creation = m_service.get();
        services.clipboard = &m_clipboard;
        services.userName = QStringLiteral("maintainer");
        services.userNpmrcPath = m_dir.filePath(QStringLiteral(".npmrc"));
        services.openUrl = [](const QUrl &) {};
        auto wizard = std::make_unique<NewTokenWizard>(services);
        wizard->show();
        return wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-wizard-orgs"));
        m_accounts = std::make_unique<AccountStore>(m_dir.filePath(QStringLiteral("a.json")));
        m_sessions
            = std::make_unique<SessionManager>(&m_nam, m_keychain.get(), m_accounts.get(), m_clock);
        ScriptedPrompt prompt;
        prompt.code = totp(kTotpSecret, QDateTime::currentDateTimeUtc());
        SignInRequest request;
        request.registry = m_sandbox.url();
        request.method = SignInMethod::Legacy;
        request.username = QStringLiteral("maintainer");
        request.password = std::make_shared<const SecretBuffer>(QByteArrayView(kPassword));
        auto account = await<Account>(
            [&](auto done) { m_sessions->signIn(request, &prompt, nullptr, done); });
        QVERIFY2(account.ok(), account.ok() ? "" : qPrintable(account.error().oneLine()));
        m_client = std::make_unique<RegistryClient>(&m_nam, m_sandbox.url(), m_clock);
        QVERIFY(await<void>([&](auto done) {
                    m_sessions->authorize(*m_client, account.value().id, nullptr, done);
                }).ok());
        m_service = std::make_unique<TokenCreationService>(m_client.get(), m_keychain.get(),
                                                           account.value().id);
    }

    void cleanup()
    {
        httpCall("DELETE", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))));
    }

    void organizationsPageListsTheAccountsOrgsWithItsRole()
    {
        auto wizard = newWizard();
        auto *list = wizard->findChild<QListWidget *>(QStringLiteral("orgList"));
        QVERIFY(list);
        // The demo maintainer owns @acme's packages and is the owner of the org acme; its own
        // scope @maintainer is not an organization and is not offered.
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 20000);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("acme"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("acme — you are: Owner"));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("orgsLookupStatus"))->isHidden());
        // Ticking it puts the org in the draft.
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(wizard->draft()->orgs(), QStringList{QStringLiteral("acme")});
        wizard->reject();
    }

    void packagePickerShowsANetworkErrorWithRetry()
    {
        // Every answer to the package list is a dropped connection until the test clears it.
        setFaults(m_sandbox.url(),
                  QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                         {QStringLiteral("path"), QStringLiteral("/-/user/*")},
                                         {QStringLiteral("reset"), true}}});
        auto wizard = newWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        wizard->next(); // to the packages page
        auto *error = wizard->findChild<QLabel *>(QStringLiteral("packageLoadError"));
        auto *retry = wizard->findChild<QPushButton *>(QStringLiteral("retryPackagesButton"));
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("packageListStatus"));
        QVERIFY(error && retry && status);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY(retry->isVisible());
        QVERIFY(!status->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Could not load your packages: ")),
                 qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("0 of 0")));
        qInfo("%s", qPrintable(error->text()));
        auto *orgsStatus = wizard->findChild<QLabel *>(QStringLiteral("orgsLookupStatus"));
        QVERIFY(!orgsStatus->isHidden());
        QCOMPARE(orgsStatus->text(),
                 QStringLiteral("Your organizations could not be looked up. "
                                "Type a name below to add one."));

        // The network is back: Retry (from the keyboard) loads the list.
        cleanup();
        retry->setFocus();
        QTest::keyClick(retry, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->packagesPage()->accountPackageCount() > 0, 20000);
        QVERIFY(!error->isVisible());
        QVERIFY(!retry->isVisible());
        QVERIFY(status->isVisible());
        QVERIFY(status->text().startsWith(QStringLiteral("Showing ")));
        QTRY_VERIFY_WITH_TIMEOUT(orgsStatus->isHidden(), 20000); // acme is listed now
        wizard->reject();
    }

    void organizationsPageSaysWhenTheAccountIsInNone()
    {
        // No scope of the account's packages is an organization (every roster answers 404).
        setFaults(m_sandbox.url(),
                  QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                         {QStringLiteral("path"), QStringLiteral("/-/org/*")},
                                         {QStringLiteral("status"), 404},
                                         {QStringLiteral("body"), QStringLiteral("Not found")}}});
        auto wizard = newWizard();
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("orgsLookupStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                  QStringLiteral("This account is in no organization. Type a "
                                                 "name below to add one."),
                                  20000);
        QVERIFY(!status->isHidden());
        QCOMPARE(wizard->findChild<QListWidget *>(QStringLiteral("orgList"))->count(), 0);
        wizard->reject();
    }
};

QTEST_MAIN(TestWizardAccountSandbox)
#include "tst_wizard_account_sandbox.moc"
