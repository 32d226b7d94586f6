// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QInputDialog>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

namespace td {

class WizardTwoFactorPrompt;

// The windows behind a WizardTwoFactorPrompt outside a wizard (revoke, trusted publishing): a
// non-modal code dialog when the registry asks for a one-time password, and a "waiting for your
// browser" box with Cancel while an approval page is open. Cancelling either cancels the prompt,
// so the registry call always finishes.
class TwoFactorDialogs : public QObject
{
    Q_OBJECT
public:
    // `what` names the operation in the waiting box, e.g. "revoking 'ci-publish'".
    TwoFactorDialogs(WizardTwoFactorPrompt *prompt, QWidget *parentWindow, QString what);
    ~TwoFactorDialogs() override;

    QMessageBox *approvalBox() const { return m_approval; }
    QInputDialog *codeDialog() const { return m_code; }
    void closeAll();

private:
    void askForCode(const QString &reason);
    void showApprovalWait(const QUrl &url);

    WizardTwoFactorPrompt *m_prompt;
    QPointer<QWidget> m_parent;
    QString m_what;
    QPointer<QMessageBox> m_approval;
    QPointer<QInputDialog> m_code;
};

} // namespace td
