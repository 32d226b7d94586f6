// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/TwoFactorPrompt.h"
#include "desktop/signin/TwoFactorDialog.h"
#include "desktop/util/UrlOpener.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace td {

// The desktop's one TwoFactorPrompt: a small non-modal TwoFactorDialog over `window` that asks for
// the one-time password, or opens the approval page in the browser (QDesktopServices by
// default; tests inject an opener) and says "Waiting for approval… Cancel".
//
// Windows that show the request themselves (the new-token wizard's AuthenticatePage shows both
// inline, the sign-in dialog shows its own "waiting for your browser") switch the dialog off
// and follow the signals; the pending-answer and cancel rules below stay the same.
//
// Every request is answered exactly once: with the code, or cancelled when the user cancels,
// closes the dialog, or this object is destroyed; a second code request cancels a first one still
// waiting. Give one prompt to a RegistryClient through setTwoFactorPrompt() and keep it alive
// while the client works.
class GuiTwoFactorPrompt : public QObject, public TwoFactorPrompt
{
    Q_OBJECT
public:
    explicit GuiTwoFactorPrompt(QWidget *window, QObject *parent = nullptr);
    ~GuiTwoFactorPrompt() override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // The window the dialog belongs to and shows above. Over a dialog (a wizard opened with
    // open() blocks its parent and that parent's other children) the prompt must be that
    // dialog's own child, or it opens behind it and takes no input; it is then window modal.
    void setWindow(QWidget *window);
    // Answers the next code request at once (a code typed in a form before the call started).
    void setPresetCode(SecretBuffer code) { m_preset = std::move(code); }
    // When another window already shows "waiting for your browser" (the sign-in dialog does),
    // only open the page and emit approvalStarted; do not show the dialog for approvals.
    void setShowsApprovalDialog(bool shows) { m_showsApprovalDialog = shows; }
    // When another window asks for the code itself (it then calls answerCode() or cancel()),
    // only emit codeRequested; do not show the dialog for codes.
    void setShowsCodeDialog(bool shows) { m_showsCodeDialog = shows; }

    bool isWaitingForCode() const { return bool(m_pendingCode); }
    bool isWaitingForApproval() const { return bool(m_cancelApproval); }
    // The dialog, once a request has created it (null before).
    TwoFactorDialog *dialog() const { return m_dialog; }

    // Answers a pending code request (as if typed and submitted).
    void answerCode(SecretBuffer code);
    // Stops whatever is pending: a code request or a browser approval.
    void cancel();

    void askForCode(const QString &reason, CodeAnswer answer) override;
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;
    void approvalFinished() override;

Q_SIGNALS:
    void codeRequested(const QString &reason);
    void approvalStarted(const QUrl &url);
    // No browser opened the approval page (QDesktopServices::openUrl said no): the windows
    // showing "opened in your browser" show the address to copy instead.
    void browserNotOpened(const QUrl &url);
    void approvalEnded();

private:
    TwoFactorDialog *ensureDialog();
    void hideDialog();

    QPointer<QWidget> m_window;
    QPointer<TwoFactorDialog> m_dialog;
    UrlOpener m_opener;
    SecretBuffer m_preset;
    CodeAnswer m_pendingCode;
    std::function<void()> m_cancelApproval;
    bool m_showsApprovalDialog = true;
    bool m_showsCodeDialog = true;
};

} // namespace td
