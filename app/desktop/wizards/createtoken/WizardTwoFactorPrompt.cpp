// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/createtoken/WizardTwoFactorPrompt.h"

#include <QDesktopServices>
#include <QTimer>

namespace td {

WizardTwoFactorPrompt::WizardTwoFactorPrompt(QObject *parent)
    : QObject(parent), m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{ }

WizardTwoFactorPrompt::~WizardTwoFactorPrompt()
{
    // Finish the waiting request on the next turn, when nothing of this object is left to
    // call back into; the callbacks only hold guarded pointers.
    if (m_pendingCode) {
        QTimer::singleShot(0, [answer = std::move(m_pendingCode)] {
            answer(makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
        });
    }
    if (m_cancelApproval)
        QTimer::singleShot(0, std::move(m_cancelApproval));
}

void WizardTwoFactorPrompt::answerCode(SecretBuffer code)
{
    if (!m_pendingCode)
        return;
    CodeAnswer answer = std::move(m_pendingCode);
    m_pendingCode = nullptr;
    answer(std::move(code));
}

void WizardTwoFactorPrompt::cancel()
{
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

void WizardTwoFactorPrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    if (!m_preset.isEmpty()) {
        SecretBuffer code = std::move(m_preset);
        m_preset.clear();
        return answer(std::move(code));
    }
    m_pendingCode = std::move(answer);
    Q_EMIT codeRequested(reason);
}

void WizardTwoFactorPrompt::showApprovalPage(const QUrl &url, Purpose, std::function<void()> cancel)
{
    m_cancelApproval = std::move(cancel);
    Q_EMIT approvalStarted(url);
    if (m_opener)
        m_opener(url);
}

void WizardTwoFactorPrompt::approvalFinished()
{
    m_cancelApproval = nullptr;
    Q_EMIT approvalEnded();
}

} // namespace td
