// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace td {

// "Connect GitHub / GitLab / CircleCI": how to sign in (GitHub: the browser with a device code,
// the GitHub CLI's sign-in, or a pasted token; GitLab: device code or pasted token; CircleCI: a
// pasted personal token), an "Advanced" section for the host and API URL (GitHub Enterprise,
// self-managed GitLab, the sandbox), the code shown large with Copy and Open, progress, and the
// result or the error in plain words. A view only: the requests go out as signals and a
// CiConnectFlow does the work. Shown with open().
class CiConnectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Method { Device, GitHubCli, Paste };

    CiConnectDialog(CiProvider provider, bool offersDeviceFlow, QWidget *parent = nullptr);

    CiProvider provider() const { return m_provider; }
    // The provider, host and API base as the Advanced section says (login still empty).
    CiAccount draft() const;
    Method method() const;

    void showCode(const QString &userCode, const QUrl &verificationUri);
    void showProgress(const QString &text);
    void showConnected(const CiAccount &account);
    void showError(const QString &message);

    QString userCode() const;
    QUrl verificationUri() const { return m_verificationUri; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QLineEdit *hostEdit() const { return m_host; }
    QPushButton *connectButton() const { return m_connect; }
    QString statusText() const; // what the dialog says right now (tests, screen readers)

Q_SIGNALS:
    // With Method::Paste the receiver takes the token with takeToken().
    void connectRequested(td::CiConnectDialog::Method method, const td::CiAccount &draft);
    void cancelRequested();
    void copyCodeRequested(const QString &userCode);
    void openPageRequested(const QUrl &url);

public:
    // The pasted token, moved out of the field (which is cleared).
    SecretBuffer takeToken();
    void reject() override;

private:
    void onConnect();
    void setBusy(bool busy);
    void updateMethod();

    CiProvider m_provider;
    QRadioButton *m_device = nullptr;
    QRadioButton *m_cli = nullptr;
    QRadioButton *m_paste = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QWidget *m_advanced = nullptr;
    QWidget *m_pasteRow = nullptr;
    QLabel *m_cliNote = nullptr;
    QWidget *m_codePanel = nullptr;
    QLabel *m_code = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_open = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
    QUrl m_verificationUri;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace td
