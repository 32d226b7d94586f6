// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: Settings → CI services. The page lists the connected accounts and removes one only
// after the user confirms; "Connect GitHub…" opens the dialog whose paste path, GitHub CLI path
// (a stand-in `gh` on PATH, run for real) and device-flow path (a fake flow) end with whoami
// naming the account and the credential kept in a real CiCredentialStore (over an in-memory
// keychain); a refused credential is explained in the dialog and nothing is kept.
#include "core/cisecrets/CiCredentialStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "desktop/ci/CiServicesPresenter.h"
#include "desktop/ci/GitHubCliToken.h"
#include "desktop/settings/CiConnectDialog.h"
#include "desktop/settings/CiServicesPage.h"
#include "desktop/settings/SettingsDialog.h"

#include "FakeCiClient.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

struct World
{
    QTemporaryDir dir;
    InMemorySecretStore keychain;
    CiCredentialStore store{keychain, dir.filePath(QStringLiteral("ci-accounts.json"))};
    std::shared_ptr<FakeCiService> service = std::make_shared<FakeCiService>();
    QStringList copied;
    QList<QUrl> opened;
    // The device flow: the test answers it.
    std::function<void(const QString &, const QUrl &)> deviceCode;
    std::function<void(Result<std::shared_ptr<const SecretBuffer>>)> deviceDone;
    bool deviceCancelled = false;

    CiServicesPresenter::Parts parts()
    {
        CiServicesPresenter::Parts parts;
        parts.accounts = [this] { return store.accounts(); };
        parts.remove = [this](const CiAccount &account, std::function<void(Result<void>)> done) {
            store.remove(account, std::move(done));
        };
        parts.connect.makeClient
            = [this](const CiAccount &account, std::shared_ptr<const SecretBuffer> credential)
            -> std::unique_ptr<CiSecretClient> {
            return std::make_unique<FakeCiClient>(service, account.provider, credential);
        };
        parts.connect.save
            = [this](const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                     std::function<void(Result<void>)> done) {
                  store.save(account, *credential, std::move(done));
              };
        parts.connect.deviceFlow
            = [this](const CiAccount &, auto code, auto done) -> std::function<void()> {
            deviceCode = std::move(code);
            deviceDone = std::move(done);
            return [this] { deviceCancelled = true; };
        };
        parts.connect.ghToken = [this](const QString &host, auto done) {
            readGitHubCliTokenForTest(host, std::move(done));
        };
        parts.copyText = [this](const QString &text) { copied.append(text); };
        parts.openUrl = [this](const QUrl &url) { opened.append(url); };
        return parts;
    }
    std::function<void(const QString &,
                       std::function<void(Result<std::shared_ptr<const SecretBuffer>>)>)>
        readGitHubCliTokenForTest;

    QString keptCredential(const CiAccount &account)
    {
        QString kept;
        bool answered = false;
        store.load(account, [&](Result<std::shared_ptr<const SecretBuffer>> secret) {
            answered = true;
            if (secret)
                kept = secret.value()->revealString();
        });
        (void)QTest::qWaitFor([&] { return answered; }, 5000);
        return kept;
    }
};

CiAccount githubAccount(const QString &login)
{
    CiAccount account;
    account.provider = CiProvider::GitHub;
    account.host = QStringLiteral("github.com");
    account.apiBase = ciDefaultApiBase(CiProvider::GitHub);
    account.login = login;
    return account;
}

} // namespace

class TestCiServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsDialogHasTheCiPageAndTheGracePeriod()
    {
        AppSettings current;
        current.ciGracePeriod = std::chrono::seconds(600);
        SettingsDialog dialog(current, false);
        auto *page = new CiServicesPage;
        dialog.setCiAccountsPage(page);
        dialog.showCiServices();
        QCOMPARE(dialog.pages()->currentWidget()->objectName(), QStringLiteral("ciServicesTab"));
        QVERIFY(dialog.pages()->currentWidget()->isAncestorOf(page));
        QCOMPARE(dialog.ciGraceMinutes()->value(), 10);
        QCOMPARE(dialog.settings().ciGracePeriod, std::chrono::seconds(600));
        dialog.ciGraceMinutes()->setValue(3);
        QCOMPARE(dialog.settings().ciGracePeriod, std::chrono::seconds(180));
        // A period shorter than a minute set elsewhere survives an untouched box.
        current.ciGracePeriod = std::chrono::seconds(5);
        SettingsDialog shortGrace(current, false);
        QCOMPARE(shortGrace.settings().ciGracePeriod, std::chrono::seconds(5));
    }

    void pasteConnectsAndListsTheAccount()
    {
        World world;
        CiServicesPage page;
        CiServicesPresenter presenter(world.parts(), &page);
        QCOMPARE(page.accountsTable()->rowCount(), 0);
        QSignalSpy connected(&presenter, &CiServicesPresenter::accountConnected);

        page.findChild<QPushButton *>(QStringLiteral("connect_github"))->click();
        CiConnectDialog *dialog = presenter.connectDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect GitHub"));
        dialog->findChild<QRadioButton *>(QStringLiteral("pasteMethod"))->setChecked(true);
        QCOMPARE(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
        dialog->tokenEdit()->setText(QStringLiteral("  good-token\t ")); // as pasted from a page
        dialog->connectButton()->click();

        QTRY_COMPARE(connected.size(), 1);
        QCOMPARE(dialog->statusText(), QStringLiteral("Connected: GitHub as alice on github.com."));
        QVERIFY(dialog->tokenEdit()->text().isEmpty()); // the field does not keep it
        QCOMPARE(world.store.accounts().size(), 1);
        QCOMPARE(world.store.accounts().first().login, QStringLiteral("alice"));
        QCOMPARE(world.keptCredential(world.store.accounts().first()),
                 QStringLiteral("good-token"));
        QCOMPARE(page.accountsTable()->rowCount(), 1);
        QCOMPARE(page.accountsTable()->item(0, 0)->text(), QStringLiteral("GitHub"));
        QCOMPARE(page.accountsTable()->item(0, 1)->text(), QStringLiteral("github.com"));
        QCOMPARE(page.accountsTable()->item(0, 2)->text(), QStringLiteral("alice"));
    }

    void advancedApiUrlReachesTheAccount()
    {
        World world;
        CiServicesPage page;
        CiServicesPresenter presenter(world.parts(), &page);
        CiConnectDialog *dialog = presenter.openConnect(CiProvider::GitLab);
        dialog->apiUrlEdit()->setText(QStringLiteral("https://gitlab.example.org/api/v4"));
        dialog->hostEdit()->setText(QStringLiteral("GitLab.example.org"));
        dialog->findChild<QRadioButton *>(QStringLiteral("pasteMethod"))->setChecked(true);
        dialog->tokenEdit()->setText(QStringLiteral("good-token"));
        dialog->connectButton()->click();
        QTRY_COMPARE(world.store.accounts().size(), 1);
        const CiAccount account = world.store.accounts().first();
        QCOMPARE(account.provider, CiProvider::GitLab);
        QCOMPARE(account.host, QStringLiteral("gitlab.example.org"));
        QCOMPARE(account.apiBase, QUrl(QStringLiteral("https://gitlab.example.org/api/v4")));
    }

    void refusedCredentialIsExplainedAndNotKept()
    {
        World world;
        CiServicesPage page;
        CiServicesPresenter presenter(world.parts(), &page);
        CiConnectDialog *dialog = presenter.openConnect(CiProvider::CircleCi);
        // CircleCI has no device flow: pasting is the only way.
        QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("deviceMethod")));
        QVERIFY(dialog->tokenEdit()->isVisibleTo(dialog));
        dialog->tokenEdit()->setText(QStringLiteral("wrong-token"));
        dialog->connectButton()->click();
        QTRY_COMPARE(dialog->statusText(),
                     QStringLiteral("GitHub does not accept this credential. Check that you "
                                    "pasted the whole token, or create a new one."));
        QVERIFY(dialog->connectButton()->isEnabled()); // try again
        QVERIFY(world.store.accounts().isEmpty());
        QCOMPARE(world.keptCredential(githubAccount({})), QString());

        // An empty paste asks for the token without asking the service.
        const int asked = world.service->whoamiCalls;
        dialog->connectButton()->click();
        QTRY_COMPARE(dialog->statusText(), QStringLiteral("Paste the CircleCI token first."));
        QCOMPARE(world.service->whoamiCalls, asked);
    }

    void deviceFlowShowsTheCodeThenConnects()
    {
        World world;
        CiServicesPage page;
        CiServicesPresenter presenter(world.parts(), &page);
        CiConnectDialog *dialog = presenter.openConnect(CiProvider::GitHub);
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("deviceMethod"))->isChecked());
        dialog->connectButton()->click();
        QVERIFY(world.deviceCode);
        QVERIFY(!dialog->connectButton()->isEnabled()); // waiting
        world.deviceCode(QStringLiteral("WDJB-MJHT"),
                         QUrl(QStringLiteral("https://github.com/login/device")));
        auto *code = dialog->findChild<QLabel *>(QStringLiteral("userCode"));
        QCOMPARE(code->text(), QStringLiteral("WDJB-MJHT"));
        QVERIFY(code->isVisibleTo(dialog));
        QVERIFY(code->font().pointSizeF() > dialog->font().pointSizeF() * 2); // large
        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openPageButton"));
        QCOMPARE(open->text(), QStringLiteral("&Open github.com/login/device"));
        dialog->findChild<QPushButton *>(QStringLiteral("copyCodeButton"))->click();
        open->click();
        QCOMPARE(world.copied, QStringList{QStringLiteral("WDJB-MJHT")});
        QCOMPARE(world.opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://github.com/login/device"))});
        QVERIFY(dialog->statusText().contains(QStringLiteral("Waiting for you to enter the code")));

        world.deviceDone(std::make_shared<const SecretBuffer>(QByteArrayView("good-token")));
        QTRY_COMPARE(world.store.accounts().size(), 1);
        QCOMPARE(world.store.accounts().first().login, QStringLiteral("alice"));
        QVERIFY(!world.deviceCancelled);
    }

    void deviceFlowDeniedAndCancelled()
    {
        World world;
        CiServicesPage page;
        CiServicesPresenter presenter(world.parts(), &page);
        CiConnectDialog *dialog = presenter.openConnect(CiProvider::GitHub);
        dialog->connectButton()->click();
        world.deviceCode(QStringLiteral("ABCD-1234"),
                         QUrl(QStringLiteral("https://github.com/login/device")));
        world.deviceDone(makeError(ErrorCode::E403,
                                   QStringLiteral("You denied the sign-in on GitHub."),
                                   QStringLiteral("Start again to connect.")));
        QCOMPARE(dialog->statusText(),
                 QStringLiteral("You denied the sign-in on GitHub. Start again to connect."));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("userCode"))->isVisibleTo(dialog));

        // Cancel while waiting stops the flow.
        dialog->connectButton()->click();
        QPointer<CiConnectDialog> guard(dialog);
        dialog->reject();
        QVERIFY(world.deviceCancelled);
        QTRY_VERIFY(!guard); // deleted on close
        QVERIFY(world.store.accounts().isEmpty());
    }

    void gitHubCliSignIn()
    {
        // A stand-in `gh` first on PATH: prints a token for github.com, fails for other hosts.
        QTemporaryDir bin;
        QFile gh(bin.filePath(QStringLiteral("gh")));
        QVERIFY(gh.open(QIODevice::WriteOnly));
        gh.write("#!/bin/sh\n"
                 "[ \"$1 $2 $3 $4\" = \"auth token --hostname github.com\" ] || exit 1\n"
                 "echo good-token\n");
        gh.close();
        gh.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8() + ':' + path);

        World world;
        world.readGitHubCliTokenForTest = [&world](const QString &host, auto done) {
            readGitHubCliToken(host, &world.store, std::move(done));
        };
        CiServicesPage page;
        CiServicesPresenter presenter(world.parts(), &page);
        CiConnectDialog *dialog = presenter.openConnect(CiProvider::GitHub);
        dialog->findChild<QRadioButton *>(QStringLiteral("cliMethod"))->setChecked(true);
        dialog->connectButton()->click();
        QTRY_COMPARE(world.store.accounts().size(), 1);
        QCOMPARE(world.keptCredential(world.store.accounts().first()),
                 QStringLiteral("good-token"));

        // Not signed in to that host: said plainly.
        dialog->connectButton()->click(); // "Done" closes it
        QTRY_VERIFY(!presenter.connectDialog());
        CiConnectDialog *again = presenter.openConnect(CiProvider::GitHub);
        again->findChild<QRadioButton *>(QStringLiteral("cliMethod"))->setChecked(true);
        again->hostEdit()->setText(QStringLiteral("ghe.example.com"));
        again->connectButton()->click();
        QTRY_VERIFY(again->statusText().startsWith(
            QStringLiteral("The GitHub CLI is not signed in to ghe.example.com")));
        qputenv("PATH", path);
    }

    // A gh that never answers: after 20 s the dialog says so and takes a paste instead.
    void gitHubCliThatHangs()
    {
        QTemporaryDir bin;
        QFile gh(bin.filePath(QStringLiteral("gh")));
        QVERIFY(gh.open(QIODevice::WriteOnly));
        gh.write("#!/bin/sh\nexec sleep 60\n");
        gh.close();
        gh.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8() + ':' + path);
        World world;
        world.readGitHubCliTokenForTest = [&world](const QString &host, auto done) {
            readGitHubCliToken(host, &world.store, std::move(done));
        };
        CiServicesPage page;
        CiServicesPresenter presenter(world.parts(), &page);
        CiConnectDialog *dialog = presenter.openConnect(CiProvider::GitHub);
        dialog->findChild<QRadioButton *>(QStringLiteral("cliMethod"))->setChecked(true);
        dialog->connectButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(),
                                  QStringLiteral("The GitHub CLI did not answer within 20 seconds: "
                                                 "paste a token instead."),
                                  30000);
        QVERIFY(dialog->connectButton()->isEnabled());
        QVERIFY(world.store.accounts().isEmpty());
        qputenv("PATH", path);
    }

    void removeAsksFirst()
    {
        World world;
        bool saved = false;
        world.store.save(githubAccount(QStringLiteral("alice")), SecretBuffer(QByteArrayView("x")),
                         [&](Result<void> r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        CiServicesPage page;
        CiServicesPresenter presenter(world.parts(), &page);
        QCOMPARE(page.accountsTable()->rowCount(), 1);

        // Cancel keeps it.
        page.findChild<QPushButton *>(QStringLiteral("remove_0"))->click();
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("ciRemoveConfirm"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("GitHub sign-in of alice on github.com")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("ciRemoveConfirm")));
        QCOMPARE(world.store.accounts().size(), 1);

        // Remove removes it from the index and the keychain.
        QSignalSpy removed(&presenter, &CiServicesPresenter::accountRemoved);
        page.findChild<QPushButton *>(QStringLiteral("remove_0"))->click();
        box = page.findChild<QMessageBox *>(QStringLiteral("ciRemoveConfirm"));
        QTRY_VERIFY(box && box->isVisible());
        box->findChild<QPushButton *>(QStringLiteral("ciRemoveYes"))->click();
        QTRY_COMPARE(removed.size(), 1);
        QVERIFY(world.store.accounts().isEmpty());
        QCOMPARE(page.accountsTable()->rowCount(), 0);
        QCOMPARE(world.keptCredential(githubAccount(QStringLiteral("alice"))), QString());
    }
};

QTEST_MAIN(TestCiServices)
#include "tst_ciservices.moc"
