// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/signin/GuiTwoFactorPrompt.h"

#include "desktop/signin/TwoFactorDialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QTimer>

namespace td {

GuiTwoFactorPrompt::GuiTwoFactorPrompt(QWidget *window, QObject *parent)
    : QObject(parent),
      m_window(window),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{ }

GuiTwoFactorPrompt::~GuiTwoFactorPrompt()
{
    delete m_dialog.data();
    // Answer on the next turn, when nothing of this object is left to call back into; the
    // application is the context, as this object is going away.
    if (m_pendingCode) {
        QTimer::singleShot(0, QCoreApplication::instance(), [answer = std::move(m_pendingCode)] {
            answer(makeError(
                ErrorCode::Cancelled,
                QCoreApplication::translate("td::GuiTwoFactorPrompt",
                                            "You cancelled the two-factor authentication.")));
        });
    }
    if (m_cancelApproval)
        QTimer::singleShot(0, QCoreApplication::instance(), std::move(m_cancelApproval));
}

void GuiTwoFactorPrompt::setWindow(QWidget *window)
{
    if (window == m_window)
        return;
    m_window = window;
    // A dialog made for the old window is rebuilt on the next request (none is pending here:
    // the window is chosen before any registry call).
    if (m_dialog && !m_dialog->isVisible())
        delete m_dialog.data();
}

TwoFactorDialog *GuiTwoFactorPrompt::ensureDialog()
{
    if (m_dialog && m_dialog->isVisible())
        return m_dialog;
    // A hidden dialog is not shown again but replaced: a window re-shown right after it was
    // hidden (the approval page is done, now npm wants a code) does not become the active
    // window again on X11, so its code field would not get the keyboard.
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new TwoFactorDialog(m_window);
    // Above a dialog, block it while the code is asked for (and stay above it); over the main
    // window the prompt stays non-modal, so the dashboard keeps working.
    if (qobject_cast<QDialog *>(m_window.data()))
        m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &TwoFactorDialog::codeSubmitted, this,
            [this] { answerCode(m_dialog->takeCode()); });
    connect(m_dialog, &TwoFactorDialog::cancelRequested, this, &GuiTwoFactorPrompt::cancel);
    connect(m_dialog, &TwoFactorDialog::reopenRequested, this, [this](const QUrl &url) {
        if (!m_opener(url) && m_dialog)
            m_dialog->showBrowserNotOpened();
    });
    return m_dialog;
}

void GuiTwoFactorPrompt::hideDialog()
{
    if (m_dialog)
        m_dialog->hide(); // hide(), not reject(): this is no cancel
}

void GuiTwoFactorPrompt::answerCode(SecretBuffer code)
{
    if (!m_pendingCode)
        return;
    CodeAnswer answer = std::move(m_pendingCode);
    m_pendingCode = nullptr;
    hideDialog();
    answer(std::move(code)); // may ask again at once (a wrong code): the dialog reopens then
}

void GuiTwoFactorPrompt::cancel()
{
    hideDialog();
    if (m_pendingCode) {
        CodeAnswer answer = std::move(m_pendingCode);
        m_pendingCode = nullptr;
        answer(makeError(ErrorCode::Cancelled, tr("You cancelled the two-factor authentication.")));
    }
    if (m_cancelApproval) {
        auto cancelApproval = std::move(m_cancelApproval);
        m_cancelApproval = nullptr;
        cancelApproval();
    }
}

void GuiTwoFactorPrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    if (!m_preset.isEmpty()) {
        SecretBuffer code = std::move(m_preset);
        m_preset.clear();
        return answer(std::move(code));
    }
    if (m_pendingCode) // a second request replaces a forgotten one, which must still end
        m_pendingCode(makeError(ErrorCode::Cancelled, tr("Another code was asked for.")));
    m_pendingCode = std::move(answer);
    if (m_showsCodeDialog)
        ensureDialog()->showCodeRequest(reason);
    Q_EMIT codeRequested(reason);
}

void GuiTwoFactorPrompt::showApprovalPage(const QUrl &url, Purpose purpose,
                                          std::function<void()> cancel)
{
    m_cancelApproval = std::move(cancel);
    if (m_showsApprovalDialog)
        ensureDialog()->showApproval(url, purpose);
    Q_EMIT approvalStarted(url);
    // Opened last: an opener may answer at once (the approval then already finished).
    if (m_opener(url) || !m_cancelApproval)
        return;
    if (m_dialog && m_dialog->isVisible())
        m_dialog->showBrowserNotOpened();
    Q_EMIT browserNotOpened(url);
}

void GuiTwoFactorPrompt::approvalFinished()
{
    m_cancelApproval = nullptr;
    hideDialog();
    Q_EMIT approvalEnded();
}

} // namespace td
