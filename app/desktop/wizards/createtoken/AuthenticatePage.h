// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/creation/TokenCreationService.h"
#include "desktop/wizards/createtoken/DraftPage.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace td {

class WizardTwoFactorPrompt;

// Page 7: the account password (never stored: it lives in the field until "Create token" and
// is then handed to the registry once) and the second factor, then the creation itself. It is
// the wizard's commit page: once the token exists there is no way back.
class AuthenticatePage : public DraftPage
{
    Q_OBJECT
public:
    using Created = std::function<void(TokenCreation)>;

    AuthenticatePage(TokenDraft *draft, TokenCreationService *service, QWidget *parent = nullptr);
    ~AuthenticatePage() override;

    void setOnCreated(Created onCreated) { m_onCreated = std::move(onCreated); }
    WizardTwoFactorPrompt *prompt() const { return m_prompt; }
    bool isBusy() const { return m_busy; }

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void initializePage() override;

private:
    void startCreation();
    void finished(Result<TokenCreation> result);
    void setBusy(bool busy, const QString &status);

    TokenCreationService *m_service;
    WizardTwoFactorPrompt *m_prompt;
    Created m_onCreated;
    QLineEdit *m_password;
    QRadioButton *m_useCode;
    QRadioButton *m_useBrowser;
    QLineEdit *m_code;
    QLabel *m_status;
    QPushButton *m_stopWaiting;
    bool m_busy = false;
    bool m_created = false;
    QString m_revoking; // the token whose create answer was lost, while it is being revoked
};

} // namespace td
