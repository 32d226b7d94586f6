// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/TwoFactorPrompt.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace td {

// The small window of a second factor: either "enter the one-time password" or "approve in your
// browser — waiting for approval… Cancel". It only shows and reports; GuiTwoFactorPrompt decides
// what the answers mean. Closing it (Esc, the window's close button, Cancel) is a cancel.
class TwoFactorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TwoFactorDialog(QWidget *parent = nullptr);

    void showCodeRequest(const QString &reason);
    void showApproval(const QUrl &url, TwoFactorPrompt::Purpose purpose);
    // The approval page could not be opened: say so, and offer its address to copy.
    void showBrowserNotOpened();

    bool isAskingForCode() const;
    // The typed code, moved out of the field (which is cleared).
    SecretBuffer takeCode();

    // For tests and accessibility checks.
    QLineEdit *codeField() const { return m_code; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *copyUrlButton() const { return m_copyUrl; }
    QString approvalText() const;
    QString statusText() const;

Q_SIGNALS:
    void codeSubmitted();
    void cancelRequested();
    void reopenRequested(const QUrl &url);

protected:
    void reject() override;

private:
    void updateSubmit();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_reason = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_approvalText = nullptr;
    QLabel *m_approvalLink = nullptr;
    QLabel *m_waiting = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_copyUrl = nullptr;
    TwoFactorPrompt::Purpose m_purpose = TwoFactorPrompt::Purpose::SignIn;
    QPushButton *m_cancel = nullptr;
    QUrl m_url;
};

} // namespace td
