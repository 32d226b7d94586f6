// SPDX-License-Identifier: GPL-3.0-or-later
#include "revoke/RevokeFlow.h"

// Before GuiTwoFactorPrompt.h, whose inline accessors need the complete dialog type.
#include "signin/TwoFactorDialog.h"

#include "mainwindow/TokenSync.h"
#include "registry/RegistryClient.h"
#include "signin/GuiTwoFactorPrompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace td {

RevokeFlow::RevokeFlow(Token token, TokenSync *sync, QWidget *parentWindow, UrlOpener openUrl)
    : QObject(sync),
      m_token(std::move(token)),
      m_sync(sync),
      m_parent(parentWindow),
      m_prompt(new GuiTwoFactorPrompt(parentWindow, this))
{
    m_prompt->setUrlOpener(std::move(openUrl));
}

RevokeFlow::~RevokeFlow()
{
    delete m_confirm.data();
}

void RevokeFlow::start()
{
    const QString name = m_token.name.isEmpty() ? m_token.redacted : m_token.name;
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Revoke token"),
                                tr("Revoke the npm token '%1'?").arg(name), QMessageBox::NoButton,
                                m_parent);
    m_confirm->setObjectName(QStringLiteral("revokeConfirmation"));
    m_confirm->setInformativeText(
        tr("Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be "
           "undone."));
    QPushButton *revoke = m_confirm->addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevoke"));
    m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    connect(m_confirm, &QMessageBox::finished, this, [this, revoke] {
        if (m_confirm && m_confirm->clickedButton() == revoke)
            confirm();
        else
            finish(false, {});
    });
    m_confirm->open();
}

void RevokeFlow::confirm()
{
    if (m_confirm) {
        m_confirm->disconnect(this);
        m_confirm->hide();
        m_confirm->deleteLater();
    }
    m_sync->withClient(m_token.accountId, this, [this](Result<RegistryClient *> client) {
        if (!client)
            return finish(false, client.error().oneLine());
        RegistryClient *registry = client.value();
        registry->setTwoFactorPrompt(m_prompt);
        registry->setAuthType(RegistryClient::AuthType::Web);
        registry->revokeToken(m_token.key, this, [this, registry](Result<void> revoked) {
            registry->setTwoFactorPrompt(nullptr);
            if (!revoked) {
                m_sync->handleFailure(m_token.accountId, revoked.error());
                if (revoked.error().code == ErrorCode::Cancelled)
                    return finish(false, {});
                return finish(false, revoked.error().oneLine());
            }
            finish(true, {});
        });
    });
}

void RevokeFlow::finish(bool revoked, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_token, revoked, message);
    deleteLater();
}

} // namespace td
