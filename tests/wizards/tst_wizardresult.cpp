// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's last two pages: authentication (password never kept, code or browser 2FA,
// registry errors) and the result (masked token, secret copy, keychain state and retry, the
// .npmrc "use it" path, and the confirmation before closing an uncopied token).
#include "LogCapture.h"
#include "WizardFixture.h"
#include "core/creation/UseTokenChoices.h"
#include "desktop/wizards/createtoken/AuthenticatePage.h"
#include "desktop/wizards/createtoken/ResultPage.h"
#include "desktop/wizards/createtoken/WizardTwoFactorPrompt.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestWizardResult : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WizardFixture> f;
    const QByteArray secret{FakeRegistryServer::kCreatedTokenSecret};

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<WizardFixture>();
        f->wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(f->wizard.get()));
        f->fillValidDraft();
    }
    void cleanup() { f.reset(); }

    void passwordIsNotKeptAndBackIsGoneAfterCreation()
    {
        QVERIFY(f->createThroughUi());
        QVERIFY(f->child<QLineEdit>("passwordEdit")->text().isEmpty());
        QVERIFY(!f->wizard->button(QWizard::BackButton)->isVisible()
                || !f->wizard->button(QWizard::BackButton)->isEnabled());
        const QJsonObject sent
            = QJsonDocument::fromJson(f->server.requests().constLast().body).object();
        QCOMPARE(sent.value(QLatin1String("password")).toString(), QStringLiteral("hunter2"));
    }

    void resultIsMaskedUntilRevealedAndCopiesAsSecret()
    {
        QVERIFY(f->createThroughUi());
        auto *field = f->child<QLineEdit>("tokenField");
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QCOMPARE(field->text().toUtf8(), secret);
        QVERIFY(field->isReadOnly());
        QCOMPARE(field->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont)); // monospace
        QVERIFY(!f->child<QLabel>("npmrcPreview")->text().contains(QString::fromLatin1(secret)));
        f->child<QPushButton>("revealButton")->click();
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        QVERIFY(f->child<QLabel>("npmrcPreview")->text().contains(QString::fromLatin1(secret)));
        f->child<QPushButton>("revealButton")->click();
        QCOMPARE(field->echoMode(), QLineEdit::Password);

        QVERIFY(!f->wizard->resultPage()->tokenTaken());
        f->child<QPushButton>("copyTokenButton")->click();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text().toUtf8(), secret);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(f->clipboard.isPending());
        QVERIFY(f->child<QLabel>("copyStatus")->text().contains(QLatin1String("30")));
        QVERIFY(f->wizard->resultPage()->tokenTaken());
        QCOMPARE(f->child<QLabel>("keychainStatus")->text(),
                 QStringLiteral("Stored in your keychain ✓"));
        QVERIFY(!f->child<QPushButton>("retryStoreButton")->isVisible());
    }

    void keychainFailureShowsTheWarningAndRetryStores()
    {
        f->store.setFailure(
            makeError(ErrorCode::KeychainLocked, QStringLiteral("the keychain is locked")));
        QVERIFY(f->createThroughUi());
        auto *status = f->child<QLabel>("keychainStatus");
        QVERIFY(status->text().contains(QLatin1String("could not be stored")));
        QVERIFY(status->text().contains(QLatin1String("the keychain is locked")));
        auto *retry = f->child<QPushButton>("retryStoreButton");
        QVERIFY(retry->isVisible());
        QCOMPARE(f->child<QLineEdit>("tokenField")->text().toUtf8(), secret); // never lost

        f->store.setFailure(std::nullopt);
        retry->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return status->text() == QStringLiteral("Stored in your keychain ✓"); }));
        QVERIFY(!retry->isVisible());
        QCOMPARE(f->store.size(), 1);
    }

    void registryErrorStaysOnTheAuthenticatePage()
    {
        f->server.setHandler([](const auto &) {
            return Reply::json(403, R"({"error":"This operation requires a session"})");
        });
        QVERIFY(f->advanceTo(NewTokenWizard::Authenticate));
        f->child<QLineEdit>("passwordEdit")->setText(QStringLiteral("hunter2"));
        f->wizard->next();
        auto *status = f->child<QLabel>("authStatus");
        QVERIFY(QTest::qWaitFor([&] { return !f->wizard->authenticatePage()->isBusy(); }, 10000));
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Authenticate));
        QVERIFY(!status->text().isEmpty());
        QVERIFY(f->child<QLineEdit>("passwordEdit")->text().isEmpty()); // typed again, never kept
        QCOMPARE(f->store.size(), 0);
        QVERIFY(!f->nextEnabled()); // needs the password again
    }

    // A create whose answer is lost: the page says the token was made and revoked, names it so
    // the id can be copied, and lets the user create it again.
    void lostAnswerSaysTheTokenWasRevoked()
    {
        const QString key = QString::fromLatin1(FakeRegistryServer::kCreatedTokenKey);
        const QString created = f->clock.now().addSecs(1).toString(Qt::ISODateWithMs);
        f->server.setHandler([key, created](const FakeRegistryServer::Request &r) {
            if (r.method == "POST")
                return Reply::json(201, "{\"token\":\"npm_Cre");
            if (r.method == "DELETE")
                return Reply::json(200, "{}");
            return Reply::json(200,
                               R"({"objects":[{"key":")" + key.toLatin1()
                                   + R"(","name":"laptop-acme","created":")" + created.toLatin1()
                                   + R"(","revoked":null}]})");
        });
        QVERIFY(f->advanceTo(NewTokenWizard::Authenticate));
        f->child<QLineEdit>("passwordEdit")->setText(QStringLiteral("hunter2"));
        f->wizard->next();
        auto *status = f->child<QLabel>("authStatus");
        QVERIFY(QTest::qWaitFor([&] { return !f->wizard->authenticatePage()->isBusy(); }, 10000));
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Authenticate));
        QVERIFY2(
            status->text().startsWith(
                QStringLiteral("The registry created token 'laptop-acme' but its answer was lost; "
                               "TokenDesk revoked it (id ")
                + key),
            qPrintable(status->text()));
        QVERIFY(status->text().endsWith(QStringLiteral("\nCreate it again.")));
        QVERIFY(status->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QCOMPARE(f->server.requests().constLast().method, QByteArray("DELETE"));
        QCOMPARE(f->store.size(), 0);
    }

    // With codes, revoking the token of a lost answer asks for a code again: the page says why,
    // takes the code and ends with the one message.
    void lostAnswerAsksForACodeToRevoke()
    {
        const QString key = QString::fromLatin1(FakeRegistryServer::kCreatedTokenKey);
        const QString created = f->clock.now().addSecs(1).toString(Qt::ISODateWithMs);
        f->server.setHandler([key, created](const FakeRegistryServer::Request &r) {
            const QByteArray otp = r.header("npm-otp");
            if (r.method != "GET" && otp.isEmpty())
                return Reply::json(401, "{\"error\":\"otp\"}", {{"www-authenticate", "OTP"}});
            if (r.method == "POST")
                return Reply::json(201, "{\"token\":\"npm_Cre");
            if (r.method == "DELETE")
                return Reply::json(otp == "135790" ? 200 : 401, "{}");
            return Reply::json(200,
                               "{\"objects\":[{\"key\":\"" + key.toLatin1()
                                   + "\",\"name\":\"laptop-acme\",\"created\":\""
                                   + created.toLatin1() + "\",\"revoked\":null}]}");
        });
        QVERIFY(f->advanceTo(NewTokenWizard::Authenticate));
        f->child<QRadioButton>("otpMethodCode")->click();
        f->child<QLineEdit>("otpCodeEdit")->setText(QStringLiteral("246810"));
        f->child<QLineEdit>("passwordEdit")->setText(QStringLiteral("hunter2"));
        f->wizard->next();
        auto *page = f->wizard->authenticatePage();
        auto *status = f->child<QLabel>("authStatus");
        QVERIFY(QTest::qWaitFor([&] { return page->prompt()->isWaitingForCode(); }, 10000));
        QVERIFY2(status->text().contains(QStringLiteral("To revoke token 'laptop-acme'")),
                 qPrintable(status->text()));
        QTest::keyClicks(f->child<QLineEdit>("otpCodeEdit"), QStringLiteral("135790"));
        f->wizard->next();
        QVERIFY(QTest::qWaitFor(
            [&] { return !page->isBusy() && !page->prompt()->isWaitingForCode(); }, 10000));
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Authenticate));
        QVERIFY2(
            status->text().startsWith(
                QStringLiteral("The registry created token 'laptop-acme' but its answer was lost; "
                               "TokenDesk revoked it (id ")
                + key),
            qPrintable(status->text()));
        const auto &last = f->server.requests().constLast();
        QCOMPARE(last.method, QByteArray("DELETE"));
        QCOMPARE(last.header("npm-otp"), QByteArray("135790"));
        QCOMPARE(f->store.size(), 0);
    }

    void otpCodeIsAskedForWhenTheRegistryChallenges()
    {
        f->server.setHandler([](const FakeRegistryServer::Request &r) {
            if (r.header("npm-otp") != "246810")
                return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
            return FakeRegistryServer::tokenCreated(r);
        });
        QVERIFY(f->advanceTo(NewTokenWizard::Authenticate));
        f->child<QRadioButton>("otpMethodCode")->click();
        f->child<QLineEdit>("passwordEdit")->setText(QStringLiteral("hunter2"));
        f->wizard->next();
        auto *page = f->wizard->authenticatePage();
        QVERIFY(QTest::qWaitFor([&] { return page->prompt()->isWaitingForCode(); }, 10000));
        QVERIFY(f->child<QLabel>("authStatus")->text().contains(QLatin1String("one-time code")));
        QVERIFY(!page->prompt()->dialog()); // asked inline on the page, not in the 2FA dialog
        QVERIFY(!f->nextEnabled());
        QTest::keyClicks(f->child<QLineEdit>("otpCodeEdit"), QStringLiteral("246810"));
        QVERIFY(f->nextEnabled());
        f->wizard->next();
        QVERIFY(QTest::qWaitFor([&] { return f->wizard->currentId() == NewTokenWizard::Result; },
                                10000));
        QCOMPARE(f->server.requests().constLast().header("npm-otp"), QByteArray("246810"));
        QCOMPARE(f->server.requests().constFirst().header("npm-auth-type"), QByteArray("legacy"));
    }

    void browserApprovalOpensThePageThenCreates()
    {
        const QByteArray base = f->server.baseUrl().toString().toUtf8();
        f->server.setHandler([base](const FakeRegistryServer::Request &r) {
            if (r.target.startsWith("/-/v1/done"))
                return Reply::json(200, R"({"token":"web-otp"})");
            if (r.header("npm-otp") == "web-otp")
                return FakeRegistryServer::tokenCreated(r);
            return Reply::json(401,
                               "{\"authUrl\":\"" + base + "auth/9\",\"doneUrl\":\"" + base
                                   + "-/v1/done?authId=9\"}",
                               {{"www-authenticate", "OTP"}});
        });
        QVERIFY(f->createThroughUi());
        QCOMPARE(f->openedUrls.size(), 1);
        QCOMPARE(f->openedUrls.constFirst().path(), QStringLiteral("/auth/9"));
        QVERIFY(!f->wizard->authenticatePage()->prompt()->dialog()); // shown inline as well
        QCOMPARE(f->server.requests().constFirst().header("npm-auth-type"), QByteArray("web"));
    }

    void closingAnUncopiedTokenAsksFirst()
    {
        QVERIFY(f->createThroughUi());
        f->wizard->reject(); // Escape, the close button and Cancel all end here
        QMessageBox *confirm = f->wizard->closeConfirmation();
        QVERIFY(confirm);
        QVERIFY(confirm->isVisible());
        QVERIFY(confirm->isModal()
                || confirm->windowModality() != Qt::NonModal); // open(), not exec()
        QVERIFY(f->wizard->isVisible());
        confirm->findChild<QPushButton *>(QStringLiteral("goBackButton"))->click();
        QVERIFY(f->wizard->isVisible());

        f->wizard->reject();
        QVERIFY(confirm->isVisible());
        confirm->findChild<QPushButton *>(QStringLiteral("closeAnywayButton"))->click();
        QVERIFY(!f->wizard->isVisible());
        QCOMPARE(f->wizard->result(), int(QDialog::Rejected));
    }

    void closingACopiedTokenDoesNotAsk()
    {
        QVERIFY(f->createThroughUi());
        f->child<QPushButton>("copyTokenButton")->click();
        f->wizard->reject();
        QVERIFY(!f->wizard->isVisible());
        QVERIFY(!f->wizard->closeConfirmation());
    }

    void addToNpmrcAddsExactlyOneLine()
    {
        const QString path = f->home.filePath(QStringLiteral("project/.npmrc"));
        QVERIFY(QDir().mkpath(f->home.filePath(QStringLiteral("project"))));
        const QByteArray before
            = "# project settings\nsave-exact=true\n@acme:registry=https://registry.npmjs.org/\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(before);
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(f->createThroughUi());

        f->child<QRadioButton>("npmrcProjectChoice")->setChecked(true);
        f->child<QLineEdit>("npmrcPath")->setText(path);
        const QString expectedLine
            = npmrcTokenLine(f->server.baseUrl(), QString::fromLatin1(secret));
        const QString preview = f->child<QLabel>("npmrcPreview")->text();
        QVERIFY2(preview.contains(
                     npmrcTokenLine(f->server.baseUrl(), f->wizard->creation()->token.redacted)),
                 qPrintable(preview));
        QVERIFY(preview.contains(QLatin1String("Adds this line")));
        f->child<QPushButton>("revealButton")->click();
        QVERIFY(f->child<QLabel>("npmrcPreview")->text().contains(expectedLine));

        f->child<QPushButton>("addToNpmrcButton")->click();
        const QByteArray after = readFile(path);
        QCOMPARE(after, before + expectedLine.toUtf8() + '\n');
        QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY(f->child<QLabel>("npmrcStatus")->text().contains(QLatin1String("Backup")));
        QCOMPARE(readFile(npmrcBackupPath(path, f->clock.now())), before);
        QVERIFY(f->wizard->resultPage()->tokenTaken());
        f->wizard->reject();
        QVERIFY(!f->wizard->isVisible()); // written into an .npmrc counts as taken
    }

    void neitherTokenNorPasswordReachesTheLog()
    {
        LogCapture log;
        f->store.setFailure(makeError(ErrorCode::KeychainLocked, QStringLiteral("locked")));
        QVERIFY(f->createThroughUi(QStringLiteral("pw-that-must-not-be-logged")));
        f->child<QPushButton>("copyTokenButton")->click();
        f->store.setFailure(std::nullopt);
        f->child<QPushButton>("retryStoreButton")->click();
        QVERIFY(QTest::qWaitFor([&] { return f->store.size() == 1; }));
        QVERIFY(!log.all().isEmpty()); // the capture works: the keychain failure was logged
        QVERIFY(!log.all().contains(QString::fromLatin1(secret)));
        QVERIFY(!log.all().contains(QLatin1String("pw-that-must-not-be-logged")));
    }

    void runCommandAndSecretNameAreOffered()
    {
        QVERIFY(f->createThroughUi());
        QCOMPARE(f->child<QLineEdit>("runCommand")->text(),
                 runWithTokenCommand(f->server.baseUrl()));
        f->child<QPushButton>("copyRunCommandButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), runWithTokenCommand(f->server.baseUrl()));
        f->child<QPushButton>("copySecretNameButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("NPM_TOKEN"));
        QVERIFY(f->child<QLabel>("githubSecretText")
                    ->text()
                    .contains(QLatin1String("NODE_AUTH_TOKEN")));
    }
};

QTEST_MAIN(TestWizardResult)
#include "tst_wizardresult.moc"
