// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokens/Token.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace td {

class TokenSync;
class GuiTwoFactorPrompt;

// Revoking one token: a non-modal confirmation, then the registry call with its second factor
// (a code typed into a dialog, or approval in the browser with a "waiting" box that can be
// cancelled). The caller removes the row only when finished(true) says the registry confirmed.
// One flow per token; it deletes itself when done.
class RevokeFlow : public QObject
{
    Q_OBJECT
public:
    using UrlOpener = std::function<void(const QUrl &)>;

    RevokeFlow(Token token, TokenSync *sync, QWidget *parentWindow, UrlOpener openUrl);
    ~RevokeFlow() override;

    void start();
    void confirm(); // what the confirmation's "Revoke" button does (tests call it too)

    QMessageBox *confirmation() const { return m_confirm; }
    GuiTwoFactorPrompt *prompt() const { return m_prompt; }

Q_SIGNALS:
    // revoked = the registry confirmed; otherwise `message` says why (empty when cancelled).
    void finished(const td::Token &token, bool revoked, const QString &message);

private:
    void finish(bool revoked, const QString &message);

    Token m_token;
    TokenSync *m_sync;
    QPointer<QWidget> m_parent;
    GuiTwoFactorPrompt *m_prompt;
    QPointer<QMessageBox> m_confirm;
    bool m_done = false;
};

} // namespace td
