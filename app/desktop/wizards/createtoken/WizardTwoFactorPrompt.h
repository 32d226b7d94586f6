// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/TwoFactorPrompt.h"

#include <QObject>

#include <functional>

namespace td {

// The wizard's side of a 2FA challenge. A code typed before "Create token" answers the first
// challenge at once; otherwise the request waits until the user types one. A browser approval
// opens the page (through an injectable opener, so tests never start a browser) and can be
// stopped. Pending answers are cancelled, never dropped, so a creation always finishes.
class WizardTwoFactorPrompt : public QObject, public TwoFactorPrompt
{
    Q_OBJECT
public:
    using UrlOpener = std::function<void(const QUrl &)>;

    explicit WizardTwoFactorPrompt(QObject *parent = nullptr);
    ~WizardTwoFactorPrompt() override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // Used for the next code challenge only (a one-time password is used once).
    void setPresetCode(SecretBuffer code) { m_preset = std::move(code); }

    bool isWaitingForCode() const { return bool(m_pendingCode); }
    void answerCode(SecretBuffer code);
    bool isWaitingForApproval() const { return bool(m_cancelApproval); }
    // Stops whatever is pending: a code request or a browser approval.
    void cancel();

    void askForCode(const QString &reason, CodeAnswer answer) override;
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;
    void approvalFinished() override;

Q_SIGNALS:
    void codeRequested(const QString &reason);
    void approvalStarted(const QUrl &url);
    void approvalEnded();

private:
    UrlOpener m_opener;
    SecretBuffer m_preset;
    CodeAnswer m_pendingCode;
    std::function<void()> m_cancelApproval;
};

} // namespace td
