// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the desktop's CI composition (CiDesktop) against the real sandbox (in-process, over
// loopback): "Connect GitHub…" with the browser code runs the real device flow of the GitHub
// emulation — the code is shown, the user approves it (control API), whoami names alice and the
// credential lands in the keychain under ci/github/github.com; a denied code is explained in
// the dialog and nothing is kept. A pasted credential the emulation does not know is refused in
// GitHub's words. The details pane's CI lines from a real workflow file and git remote: "not
// connected" before GitHub is, then the repository secret with its date (the same-name rule:
// NPM_TOKEN holds the token here), and nothing for a token no CI secret holds.
#include "core/cisecrets/CiCredentialStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/util/Clock.h"
#include "desktop/ci/CiDesktop.h"
#include "desktop/ci/CiSecretLines.h"
#include "desktop/ci/CiServicesPresenter.h"
#include "desktop/settings/CiConnectDialog.h"
#include "desktop/settings/CiServicesPage.h"

#include "CiSandboxFixture.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

class TestCiDesktop : public QObject
{
    Q_OBJECT

    CiSandbox m_ci;

    struct App
    {
        QTemporaryDir data;
        InMemorySecretStore keychain;
        SystemClock clock;
        std::unique_ptr<CiDesktop> ci;
        std::unique_ptr<CiServicesPage> page;
        std::unique_ptr<CiServicesPresenter> presenter;

        explicit App(CiSandbox &sandbox)
        {
            CiDesktop::Options options;
            options.network = &sandbox.nam;
            options.secrets = &keychain;
            options.clock = &clock;
            options.dataDir = data.path();
            options.gitHubClientId = QStringLiteral("tokendesk-desktop-test");
            ci = std::make_unique<CiDesktop>(options);
            page = std::make_unique<CiServicesPage>();
            presenter = std::make_unique<CiServicesPresenter>(ci->servicesParts(), page.get());
        }
    };

    CiConnectDialog *openGitHub(App &app)
    {
        CiConnectDialog *dialog = app.presenter->openConnect(CiProvider::GitHub);
        dialog->apiUrlEdit()->setText(m_ci.gitHubApi().toString());
        return dialog;
    }

    bool userAnswers(const QString &code, const QString &action)
    {
        int status = 0;
        m_ci.control("POST", QStringLiteral("/-/sandbox/ci/device"),
                     {{QStringLiteral("provider"), QStringLiteral("github")},
                      {QStringLiteral("user_code"), code},
                      {QStringLiteral("action"), action},
                      {QStringLiteral("login"), QStringLiteral("alice")}},
                     &status);
        return status == 200;
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_ci.start()); }

    void detailsLinesFromTheWorkflowAndTheRemote()
    {
        QTemporaryDir project;
        const QString workflow = project.filePath(QStringLiteral(".github/workflows/release.yml"));
        QVERIFY(writeFile(workflow,
                          "on: push\n"
                          "jobs:\n"
                          "  publish:\n"
                          "    runs-on: ubuntu-latest\n"
                          "    steps:\n"
                          "      - run: npm publish\n"
                          "        env:\n"
                          "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"));
        QVERIFY(writeFile(project.filePath(QStringLiteral(".git/config")),
                          "[remote \"origin\"]\n\turl = https://github.com/acme/widgets.git\n"));
        Token token;
        token.key = QStringLiteral("key-of-the-release-token");
        token.name = QStringLiteral("release");
        token.redacted = QStringLiteral("npm_abcd...wxyz");
        // This machine: NPM_TOKEN holds the token; the workflow reads secrets.NPM_TOKEN.
        TokenUse environment;
        environment.finding.source = CredentialSource::Environment;
        environment.finding.form = CredentialForm::Environment;
        environment.finding.key = QStringLiteral("NPM_TOKEN");
        environment.finding.variable = QStringLiteral("NPM_TOKEN");
        environment.match.outcome = MatchOutcome::MatchesToken;
        environment.match.token = token;
        TokenUse ci;
        ci.finding.source = CredentialSource::GitHubWorkflow;
        ci.finding.form = CredentialForm::CiSecret;
        ci.finding.file = workflow;
        ci.finding.line = 8;
        ci.finding.key = QStringLiteral("NPM_TOKEN");
        ci.finding.variable = QStringLiteral("NPM_TOKEN");

        QTemporaryDir data;
        InMemorySecretStore keychain;
        SystemClock clock;
        CiDesktop::Options options;
        options.network = &m_ci.nam;
        options.secrets = &keychain;
        options.clock = &clock;
        options.dataDir = data.path();
        options.uses = [environment, ci] { return QList<TokenUse>{environment, ci}; };
        CiDesktop desktop(options);
        CiSecretLines *lines = desktop.secretLines();

        QCOMPARE(lines->linesFor(token),
                 QStringList{QStringLiteral("secret NPM_TOKEN in acme/widgets — not connected: "
                                            "connect GitHub to update it automatically")});

        // GitHub connected (as the Settings page does): the store is asked.
        const QString target
            = QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN");
        QVERIFY(m_ci.seed(target, QStringLiteral("npm_whatever-the-secret-is")));
        CiAccount account;
        account.provider = CiProvider::GitHub;
        account.host = QStringLiteral("github.com");
        account.apiBase = m_ci.gitHubApi();
        account.login = QStringLiteral("alice");
        const QByteArray credential = m_ci.credential(
            QStringLiteral("github"), QStringLiteral("alice"), {QStringLiteral("secrets:write")});
        bool saved = false;
        desktop.accounts()->save(account, SecretBuffer(credential),
                                 [&](Result<void> r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        QTRY_COMPARE_WITH_TIMEOUT(lines->linesFor(token).size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lines->linesFor(token).first().startsWith(
                                     QStringLiteral("secret NPM_TOKEN in acme/widgets, ")),
                                 10000);
        QVERIFY2(!lines->linesFor(token).first().contains(QStringLiteral("—")),
                 qPrintable(lines->linesFor(token).first()));

        // A token nothing here ties to NPM_TOKEN: GitHub's value cannot be read, so no line.
        Token other = token;
        other.key = QStringLiteral("key-of-another-token");
        QTRY_VERIFY_WITH_TIMEOUT(!lines->linesFor(other).contains(QStringLiteral("checking")),
                                 5000);
        QTest::qWait(200);
        QCOMPARE(lines->linesFor(other), QStringList{});
    }

    void deviceFlowApproved()
    {
        App app(m_ci);
        CiConnectDialog *dialog = openGitHub(app);
        auto *device = dialog->findChild<QRadioButton *>(QStringLiteral("deviceMethod"));
        QVERIFY(device && device->isChecked()); // the default when the build has a client id
        dialog->connectButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->userCode().isEmpty(), 10000);
        QVERIFY(dialog->verificationUri().toString().contains(
            QLatin1String("/-/ci/github/login/device")));
        // What the user sees while GitHub waits: <build>/screenshots/desktop_ci_device_code.png.
        QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
        QVERIFY(dialog->grab().save(
            QStringLiteral(TD_BINARY_DIR "/screenshots/desktop_ci_device_code.png")));
        QVERIFY(userAnswers(dialog->userCode(), QStringLiteral("approve")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(),
                                  QStringLiteral("Connected: GitHub as alice on github.com."),
                                  30000);
        const QList<CiAccount> accounts = app.ci->accounts()->accounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().login, QStringLiteral("alice"));
        QCOMPARE(accounts.first().apiBase, m_ci.gitHubApi());
        QCOMPARE(app.page->accountsTable()->rowCount(), 1);
        // The issued token is kept in the keychain and works.
        std::shared_ptr<const SecretBuffer> kept;
        app.ci->accounts()->load(accounts.first(), [&](auto loaded) {
            if (loaded)
                kept = loaded.value();
        });
        QTRY_VERIFY(kept);
        auto client = app.ci->makeClient(accounts.first(), kept);
        TD_AWAIT_OK(who, QString, [&](auto done) { client->whoami(done); });
        QCOMPARE(who, QStringLiteral("alice"));
    }

    void deviceFlowDenied()
    {
        App app(m_ci);
        CiConnectDialog *dialog = openGitHub(app);
        dialog->connectButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->userCode().isEmpty(), 10000);
        QVERIFY(userAnswers(dialog->userCode(), QStringLiteral("deny")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->connectButton()->isEnabled(), 30000);
        QCOMPARE(dialog->statusText(),
                 QStringLiteral("The sign-in was denied on GitHub. Start again and choose "
                                "Authorize if you meant to connect."));
        QVERIFY(app.ci->accounts()->accounts().isEmpty());
    }

    void unknownPastedCredential()
    {
        App app(m_ci);
        CiConnectDialog *dialog = openGitHub(app);
        dialog->findChild<QRadioButton *>(QStringLiteral("pasteMethod"))->setChecked(true);
        dialog->tokenEdit()->setText(QStringLiteral("ghp_not-a-sandbox-credential"));
        dialog->connectButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->connectButton()->isEnabled(), 10000);
        QCOMPARE(dialog->statusText(),
                 QStringLiteral("GitHub did not accept the sign-in (it expired or was revoked). "
                                "Check that you pasted the whole token, or create a new one."));
        QVERIFY(app.ci->accounts()->accounts().isEmpty());
    }
};

QTEST_MAIN(TestCiDesktop)
#include "tst_cidesktop.moc"
