// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/CredentialFinding.h"
#include "core/tokens/Token.h"
#include "desktop/util/UrlOpener.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

class QCheckBox;
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
    RevokeFlow(Token token, TokenSync *sync, QWidget *parentWindow, UrlOpener openUrl);
    ~RevokeFlow() override;

    // Where the token is still written on this computer (the usage scan). The confirmation then
    // offers to remove those lines once the registry revoked it, each file backed up into
    // `backupDir` first. Call before start().
    void setReferences(QList<CredentialFinding> places, QString backupDir, QDateTime now);

    void start();
    void confirm(); // what the confirmation's "Revoke" button does (tests call it too)

    QMessageBox *confirmation() const { return m_confirm; }
    // The confirmation's "also remove the lines" box; null when nothing can be removed.
    QCheckBox *removeReferencesBox() const;
    // After finished(true): the lines were to be removed and that failed (the message says why).
    bool referencesRemovalFailed() const { return m_removalFailed; }
    GuiTwoFactorPrompt *prompt() const { return m_prompt; }

Q_SIGNALS:
    // revoked = the registry confirmed (then `message` says what happened to the lines that used
    // it, or is empty); otherwise `message` says why (empty when cancelled).
    void finished(const td::Token &token, bool revoked, const QString &message);

private:
    void finish(bool revoked, const QString &message);
    QString removeReferences();

    Token m_token;
    TokenSync *m_sync;
    QPointer<QWidget> m_parent;
    GuiTwoFactorPrompt *m_prompt;
    QPointer<QMessageBox> m_confirm;
    QList<CredentialFinding> m_places; // only the ones TokenDesk can edit
    QString m_backupDir;
    QDateTime m_now;
    bool m_removeReferences = false;
    bool m_removalFailed = false;
    bool m_done = false;
};

} // namespace td
