// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the desktop end-to-end tests share: the real Application against the sandbox, signed in
// with the legacy flow (password + 2FA through the test's prompt) and its first sync finished,
// the user approving the sandbox's browser 2FA pages, and screenshots.
#include "HttpHelper.h"
#include "TestPaths.h"
#include "core/account/SessionManager.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/secrets/SecretStore.h"
#include "desktop/Application.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace td::test {

// Signs in the way the sign-in dialog's password mode does: every code comes from `code` (the
// sandbox's current TOTP); a browser page is cancelled at once.
class CodeAnsweringPrompt final : public TwoFactorPrompt
{
public:
    explicit CodeAnsweringPrompt(std::function<QString()> code) : m_code(std::move(code)) { }
    void askForCode(const QString &, CodeAnswer answer) override
    {
        answer(SecretBuffer::fromString(m_code()));
    }
    void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
    {
        cancel();
    }

private:
    std::function<QString()> m_code;
};

// Waits until `widget`'s window holds the keyboard: QApplication::activeWindow() is that window.
// QTest::qWaitForWindowActive() is not enough for a dialog: QWindow::isActive() counts a window as
// active while its transient parent is, so it answers at once, before the X server has moved the
// focus. A test that then types (QTest::keyClick does not run the event loop) types into the
// parent (the keyboard walk failed so in CI, under load: the main window's table had the keys).
[[nodiscard]] inline bool qWaitForKeyboardIn(QWidget *widget, int timeout = 5000)
{
    QWidget *window = widget ? widget->window() : nullptr;
    if (!window)
        return false;
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, timeout);
}

// Saves the widget's pixels to <build>/screenshots/<name>.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

// Approves every browser 2FA page the sandbox is waiting on (what the user does in the browser),
// with npmjs's "skip two-factor authentication for the next 5 minutes" box ticked or not;
// returns how many.
inline int approvePendingPages(const QUrl &sandbox, bool skip2fa)
{
    const HttpReply pending
        = httpCall("GET", sandbox.resolved(QUrl(QStringLiteral("/-/sandbox/pending"))));
    int approved = 0;
    for (const QJsonValue &value : pending.json().array()) {
        const QJsonObject p = value.toObject();
        if (p.value(QStringLiteral("kind")).toString() != QLatin1String("2fa"))
            continue;
        const QJsonObject approve{{QStringLiteral("id"), p.value(QStringLiteral("id"))},
                                  {QStringLiteral("username"), QStringLiteral("maintainer")},
                                  {QStringLiteral("approve"), true},
                                  {QStringLiteral("skip_2fa"), skip2fa}};
        if (httpCall("POST", sandbox.resolved(QUrl(QStringLiteral("/-/sandbox/approve"))),
                     QJsonDocument(approve).toJson(QJsonDocument::Compact),
                     {{"content-type", "application/json"}})
                .status
            == 200)
            ++approved;
    }
    return approved;
}

// Options for an Application on the sandbox: its own data folder and secret store, and 2FA pages
// that open nowhere.
inline Application::Options sandboxAppOptions(const QUrl &registry, const QString &dataDir,
                                              SecretStore *secrets)
{
    Application::Options options;
    options.registry = registry;
    options.dataDir = dataDir;
    options.secrets = secrets;
    options.openUrl = [](const QUrl &) {};
    return options;
}

// Signs `username` (the sandbox's "maintainer" unless told) in with the legacy flow and waits
// until the app has listed the account's tokens (accountSynced). On failure returns false and
// says why in *why.
inline bool signInLegacyAndSync(Application &app, const QUrl &registry, QByteArrayView password,
                                TwoFactorPrompt *prompt, QString *why,
                                const QString &username = QStringLiteral("maintainer"))
{
    SignInRequest request;
    request.registry = registry;
    request.method = SignInMethod::Legacy;
    request.username = username;
    request.password = std::make_shared<const SecretBuffer>(password);
    // Shared, so that a sign-in answering after a timed-out wait writes to live memory.
    auto signedIn = std::make_shared<std::optional<Result<Account>>>();
    app.sessions()->signIn(request, prompt, nullptr,
                           [signedIn](Result<Account> r) { signedIn->emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return signedIn->has_value(); }, 20000)) {
        *why = QStringLiteral("the legacy sign-in did not answer within 20 s");
        return false;
    }
    if (!(*signedIn)->ok()) {
        *why = (*signedIn)->error().oneLine();
        return false;
    }
    QSignalSpy synced(&app, &Application::accountSynced);
    app.accountSignedIn((*signedIn)->value());
    if (!synced.wait(20000)) {
        *why = QStringLiteral("the first sync after sign-in did not finish within 20 s");
        return false;
    }
    return true;
}

} // namespace td::test
