// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/util/Result.h"
#include "desktop/util/UrlOpener.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QWidget;

namespace td {

class GuiTwoFactorPrompt;
class SessionManager;

// Sign in to a registry. The browser (web login) is the default; user name, password and an
// optional one-time code when the user picks it or when the registry has no web login (it then
// switches by itself and says why). While TokenDesk waits it shows progress and "Cancel" stops
// the wait. Errors are shown in the dialog with npm's code, what happened and what to do.
// Open it with open() or show(); it never runs its own event loop.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Browser, Password };

    SignInDialog(SessionManager *sessions, const QUrl &registry, QWidget *parent = nullptr);

    // For a registry known not to offer web login (Account::capabilities.webLogin == false).
    void setMode(Mode mode);
    Mode mode() const;
    void setUserName(const QString &user);
    // Where approval pages are opened (QDesktopServices by default); tests inject one.
    void setUrlOpener(UrlOpener opener);
    GuiTwoFactorPrompt *twoFactorPrompt() const { return m_prompt; }

    bool isBusy() const { return m_busy; }
    QString errorText() const;
    QString statusText() const;

Q_SIGNALS:
    // The dialog closes (accepted) right after.
    void signedIn(const td::Account &account);

protected:
    void reject() override;

private:
    void startSignIn();
    void finished(Result<Account> result);
    void setBusy(bool busy, const QString &status = {});
    void showError(const Error &error);
    void updateSignInButton();
    void updateModeWidgets();

    SessionManager *m_sessions;
    GuiTwoFactorPrompt *m_prompt;
    QLineEdit *m_registry = nullptr;
    QRadioButton *m_browser = nullptr;
    QRadioButton *m_password = nullptr;
    QWidget *m_passwordFields = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copyUrl = nullptr; // the sign-in page's address, when no browser opened
    QUrl m_approvalUrl;
    bool m_busy = false;
};

} // namespace td
