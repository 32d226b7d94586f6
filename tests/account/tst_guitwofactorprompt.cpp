// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's TwoFactorPrompt (offscreen): the non-modal code dialog, the browser approval
// with "Waiting for approval… Cancel", cancel paths, and a real RegistryClient OTP retry.
#include "FakeRegistryServer.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/signin/TwoFactorDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace td;
using namespace td::test;

namespace {
struct CodeResult
{
    bool answered = false;
    bool ok = false;
    QByteArray code;
    ErrorCode error = ErrorCode::InvalidInput;
    TwoFactorPrompt::CodeAnswer callback()
    {
        return [this](Result<SecretBuffer> r) {
            answered = true;
            ok = r.ok();
            if (r.ok())
                code = r.value().reveal();
            else
                error = r.error().code;
        };
    }
};
} // namespace

class TestGuiTwoFactorPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedCodeAnswersAndHidesTheNonModalDialog()
    {
        QWidget window;
        window.show();
        GuiTwoFactorPrompt prompt(&window);
        CodeResult result;
        prompt.askForCode(QStringLiteral("Revoking needs a code."), result.callback());
        TwoFactorDialog *dialog = prompt.dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::NonModal);
        QVERIFY(dialog->statusText().contains(QLatin1String("Revoking needs a code.")));
        QVERIFY(prompt.isWaitingForCode());
        QVERIFY(!dialog->submitButton()->isEnabled());
        QTest::keyClicks(dialog->codeField(), QStringLiteral("123 456"));
        QVERIFY(dialog->submitButton()->isEnabled());
        QTest::keyClick(dialog->codeField(), Qt::Key_Return);
        QVERIFY(result.answered);
        QVERIFY(result.ok);
        QCOMPARE(result.code, QByteArray("123456"));
        QVERIFY(!dialog->isVisible());
        QVERIFY(dialog->codeField()->text().isEmpty());
        QVERIFY(!prompt.isWaitingForCode());
    }

    void lettersAreNotAccepted()
    {
        CodeResult result; // outlives the prompt: it answers on the next turn after going away
        {
            GuiTwoFactorPrompt prompt(nullptr);
            prompt.askForCode(QString(), result.callback());
            QTest::keyClicks(prompt.dialog()->codeField(), QStringLiteral("12ab34"));
            QCOMPARE(prompt.dialog()->codeField()->text(), QStringLiteral("1234"));
            QVERIFY(!prompt.dialog()->submitButton()->isEnabled());
            QTest::keyClick(prompt.dialog()->codeField(), Qt::Key_Return);
            QVERIFY(!result.answered); // too short: nothing is sent
        }
        QTRY_VERIFY(result.answered);
    }

    void escapeCancelsTheCodeRequest()
    {
        GuiTwoFactorPrompt prompt(nullptr);
        CodeResult result;
        prompt.askForCode(QString(), result.callback());
        QTest::keyClick(prompt.dialog(), Qt::Key_Escape);
        QVERIFY(result.answered);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, ErrorCode::Cancelled);
        QVERIFY(!prompt.dialog()->isVisible());
    }

    void presetCodeAnswersWithoutADialog()
    {
        CodeResult first,
            second; // outlive the prompt: it answers on the next turn after going away
        {
            GuiTwoFactorPrompt prompt(nullptr);
            prompt.setPresetCode(SecretBuffer(QByteArrayView("654321")));
            prompt.askForCode(QString(), first.callback());
            QVERIFY(first.ok);
            QCOMPARE(first.code, QByteArray("654321"));
            QVERIFY(!prompt.dialog());
            prompt.askForCode(QString(), second.callback()); // the preset is used once
            QVERIFY(!second.answered);
            QVERIFY(prompt.dialog()->isVisible());
        }
        QTRY_VERIFY(second.answered);
    }

    void approvalOpensThePageAndWaitsUntilCancelled()
    {
        GuiTwoFactorPrompt prompt(nullptr);
        QList<QUrl> opened;
        prompt.setUrlOpener([&opened](const QUrl &url) { opened.append(url); });
        int cancelled = 0;
        const QUrl page(QStringLiteral("http://127.0.0.1:9/auth/cli/abc"));
        prompt.showApprovalPage(page, TwoFactorPrompt::Purpose::Approve, [&] { ++cancelled; });
        QCOMPARE(opened, QList<QUrl>{page});
        TwoFactorDialog *dialog = prompt.dialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->statusText().contains(QStringLiteral("Waiting for approval…")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("approvalLink"))
                    ->text()
                    .contains(page.toString()));
        QVERIFY(!dialog->submitButton()->isVisible());
        QCOMPARE(dialog->focusWidget(), dialog->cancelButton()); // Space cancels from the keyboard
        QTest::mouseClick(dialog->reopenButton(), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QCOMPARE(cancelled, 1);
        QVERIFY(!dialog->isVisible());
        QVERIFY(!prompt.isWaitingForApproval());
    }

    // "Opened in your browser" only when a browser really opened it; otherwise the address,
    // with a Copy button, and the page is offered again.
    void noBrowserShowsTheAddressToCopy_data()
    {
        QTest::addColumn<bool>("browserOpens");
        QTest::newRow("a browser opened the page") << true;
        QTest::newRow("no browser could open it") << false;
    }

    void noBrowserShowsTheAddressToCopy()
    {
        QFETCH(bool, browserOpens);
        GuiTwoFactorPrompt prompt(nullptr);
        QList<QUrl> opened;
        prompt.setUrlOpener([&](const QUrl &url) {
            opened.append(url);
            return browserOpens; // as QDesktopServices::openUrl answers
        });
        QSignalSpy notOpened(&prompt, &GuiTwoFactorPrompt::browserNotOpened);
        const QUrl page(QStringLiteral("http://127.0.0.1:9/auth/cli/nobrowser"));
        prompt.showApprovalPage(page, TwoFactorPrompt::Purpose::Approve, [] {});
        TwoFactorDialog *dialog = prompt.dialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(notOpened.size(), browserOpens ? 0 : 1);
        QCOMPARE(dialog->approvalText().contains(QStringLiteral("opened in your browser")),
                 browserOpens);
        QCOMPARE(dialog->approvalText().contains(QStringLiteral("No web browser")), !browserOpens);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("approvalLink"))
                    ->text()
                    .contains(page.toString()));
        QCOMPARE(dialog->copyUrlButton()->isVisible(), !browserOpens);
        if (!browserOpens) {
            QGuiApplication::clipboard()->clear();
            QTest::mouseClick(dialog->copyUrlButton(), Qt::LeftButton);
            QCOMPARE(QGuiApplication::clipboard()->text(), page.toString());
        }
        prompt.cancel();
    }

    void finishedApprovalHidesWithoutCancelling()
    {
        GuiTwoFactorPrompt prompt(nullptr);
        prompt.setUrlOpener([](const QUrl &) {});
        int cancelled = 0;
        QSignalSpy ended(&prompt, &GuiTwoFactorPrompt::approvalEnded);
        prompt.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1:9/login/cli/x")),
                                TwoFactorPrompt::Purpose::SignIn, [&] { ++cancelled; });
        QCOMPARE(prompt.dialog()->windowTitle(), QStringLiteral("Sign in in your browser"));
        prompt.approvalFinished();
        QVERIFY(!prompt.dialog()->isVisible());
        QCOMPARE(cancelled, 0);
        QCOMPARE(ended.size(), 1);
    }

    void approvalCanBeShownElsewhere()
    {
        GuiTwoFactorPrompt prompt(nullptr);
        prompt.setUrlOpener([](const QUrl &) {});
        prompt.setShowsApprovalDialog(false);
        QSignalSpy started(&prompt, &GuiTwoFactorPrompt::approvalStarted);
        prompt.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1:9/login/cli/x")),
                                TwoFactorPrompt::Purpose::SignIn, [] {});
        QCOMPARE(started.size(), 1);
        QVERIFY(!prompt.dialog());
        QVERIFY(prompt.isWaitingForApproval());
    }

    void destroyingThePromptCancelsWhatIsPending()
    {
        CodeResult result;
        int cancelled = 0;
        {
            GuiTwoFactorPrompt prompt(nullptr);
            prompt.setUrlOpener([](const QUrl &) {});
            prompt.askForCode(QString(), result.callback());
            prompt.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1:9/a")),
                                    TwoFactorPrompt::Purpose::Approve, [&] { ++cancelled; });
        }
        QTRY_VERIFY(result.answered);
        QCOMPARE(result.error, ErrorCode::Cancelled);
        QTRY_COMPARE(cancelled, 1);
    }

    void skipHintOnlyOnTheBatchPage_data()
    {
        QTest::addColumn<TwoFactorPrompt::Purpose>("purpose");
        QTest::addColumn<bool>("hint");
        QTest::newRow("first page of a batch") << TwoFactorPrompt::Purpose::ApproveBatch << true;
        QTest::newRow("one operation") << TwoFactorPrompt::Purpose::Approve << false;
        QTest::newRow("sign-in page") << TwoFactorPrompt::Purpose::SignIn << false;
    }

    void skipHintOnlyOnTheBatchPage()
    {
        QFETCH(TwoFactorPrompt::Purpose, purpose);
        QFETCH(bool, hint);
        GuiTwoFactorPrompt prompt(nullptr);
        prompt.setUrlOpener([](const QUrl &) {});
        prompt.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1:9/auth/cli/b")), purpose,
                                [] {});
        const QString text = prompt.dialog()->statusText();
        QCOMPARE(text.contains(QLatin1String(
                     "Tick \"Skip two-factor authentication for the next 5 minutes\"")),
                 hint);
        QCOMPARE(text.contains(QLatin1String("covers every change in this batch")), hint);
        QVERIFY(text.contains(QStringLiteral("Waiting for approval…"))); // the page is shown
    }

    void skipHintIsGoneWhenTheNextPageIsSingle()
    {
        // One dialog serves the whole batch: a later single page must not keep the advice.
        GuiTwoFactorPrompt prompt(nullptr);
        prompt.setUrlOpener([](const QUrl &) {});
        const QUrl page(QStringLiteral("http://127.0.0.1:9/auth/cli/b"));
        prompt.showApprovalPage(page, TwoFactorPrompt::Purpose::ApproveBatch, [] {});
        prompt.approvalFinished();
        prompt.showApprovalPage(page, TwoFactorPrompt::Purpose::Approve, [] {});
        QVERIFY(!prompt.dialog()->statusText().contains(QLatin1String("Skip two-factor")));
    }

    void codeRequestCanBeShownElsewhere()
    {
        // The new-token wizard asks inline: no dialog, but the same answer and cancel rules.
        GuiTwoFactorPrompt prompt(nullptr);
        prompt.setShowsCodeDialog(false);
        QSignalSpy requested(&prompt, &GuiTwoFactorPrompt::codeRequested);
        CodeResult typed;
        prompt.askForCode(QStringLiteral("Creating a token needs a code."), typed.callback());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(),
                 QStringLiteral("Creating a token needs a code."));
        QVERIFY(!prompt.dialog());
        QVERIFY(prompt.isWaitingForCode());
        prompt.answerCode(SecretBuffer(QByteArrayView("246810")));
        QVERIFY(typed.ok);
        QCOMPARE(typed.code, QByteArray("246810"));

        CodeResult cancelled;
        prompt.askForCode(QString(), cancelled.callback());
        prompt.cancel();
        QVERIFY(cancelled.answered);
        QCOMPARE(cancelled.error, ErrorCode::Cancelled);
        QVERIFY(!prompt.dialog());
    }

    void secondCodeRequestEndsTheFirst()
    {
        GuiTwoFactorPrompt prompt(nullptr);
        prompt.setShowsCodeDialog(false);
        CodeResult first, second;
        prompt.askForCode(QString(), first.callback());
        prompt.askForCode(QString(), second.callback());
        QVERIFY(first.answered); // never dropped
        QCOMPARE(first.error, ErrorCode::Cancelled);
        QVERIFY(!second.answered);
        prompt.answerCode(SecretBuffer(QByteArrayView("135790")));
        QCOMPARE(second.code, QByteArray("135790"));
    }

    void registryClientRetriesWithTheTypedCode()
    {
        FakeRegistryServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRegistryServer::Request &r) {
            if (r.header("npm-otp") == "246810")
                return FakeRegistryServer::Reply::json(204, {}); // npmjs's revoke answer
            return FakeRegistryServer::Reply::json(
                401, R"({"error":"You must provide a one-time pass."})",
                {{"www-authenticate", "OTP"}});
        });
        SystemClock clock;
        QNetworkAccessManager nam;
        RegistryClient client(&nam, server.baseUrl(), clock);
        client.setAuthToken(SecretBuffer(QByteArrayView("session")));
        GuiTwoFactorPrompt prompt(nullptr);
        client.setTwoFactorPrompt(&prompt);
        // Type the code as soon as the dialog asks, like a user would.
        connect(&prompt, &GuiTwoFactorPrompt::codeRequested, this, [&prompt] {
            QTest::keyClicks(prompt.dialog()->codeField(), QStringLiteral("246810"));
            QTest::mouseClick(prompt.dialog()->submitButton(), Qt::LeftButton);
        });
        std::optional<Result<void>> result;
        client.revokeToken(QStringLiteral("abc"), nullptr,
                           [&](Result<void> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(result->ok());
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).header("npm-otp"), QByteArray("246810"));
    }
};

QTEST_MAIN(TestGuiTwoFactorPrompt)
#include "tst_guitwofactorprompt.moc"
