// SPDX-License-Identifier: GPL-3.0-or-later
#include "revoke/RevokeFlow.h"

#include "mainwindow/TokenSync.h"
#include "registry/RegistryClient.h"
#include "wizards/createtoken/WizardTwoFactorPrompt.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace td {

RevokeFlow::RevokeFlow(Token token, TokenSync *sync, QWidget *parentWindow, UrlOpener openUrl)
    : QObject(sync),
      m_token(std::move(token)),
      m_sync(sync),
      m_parent(parentWindow),
      m_prompt(new WizardTwoFactorPrompt(this))
{
    m_prompt->setUrlOpener(std::move(openUrl));
    connect(m_prompt, &WizardTwoFactorPrompt::codeRequested, this, &RevokeFlow::askForCode);
    connect(m_prompt, &WizardTwoFactorPrompt::approvalStarted, this, &RevokeFlow::showApprovalWait);
    connect(m_prompt, &WizardTwoFactorPrompt::approvalEnded, this, [this] {
        if (m_approval)
            m_approval->deleteLater();
    });
}

RevokeFlow::~RevokeFlow()
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_confirm.data()), static_cast<QWidget *>(m_approval.data()),
          static_cast<QWidget *>(m_code.data())})
        delete w;
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

void RevokeFlow::askForCode(const QString &reason)
{
    m_code = new QInputDialog(m_parent);
    m_code->setObjectName(QStringLiteral("revokeCodeDialog"));
    m_code->setWindowTitle(tr("Two-factor authentication"));
    m_code->setLabelText(reason.isEmpty() ? tr("One-time password from your authenticator:")
                                          : reason);
    m_code->setTextEchoMode(QLineEdit::Password);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    connect(m_code, &QInputDialog::finished, this, [this](int result) {
        const QByteArray code = m_code ? m_code->textValue().trimmed().toUtf8() : QByteArray();
        if (m_code)
            m_code->deleteLater();
        if (result == QDialog::Accepted && !code.isEmpty())
            m_prompt->answerCode(SecretBuffer(QByteArrayView(code)));
        else
            m_prompt->cancel();
    });
    m_code->open();
}

void RevokeFlow::showApprovalWait(const QUrl &url)
{
    m_approval
        = new QMessageBox(QMessageBox::Information, tr("Approve in your browser"),
                          tr("Approve revoking '%1' on the page that opened in your browser. "
                             "TokenDesk continues as soon as you do.")
                              .arg(m_token.name),
                          QMessageBox::Cancel, m_parent);
    m_approval->setObjectName(QStringLiteral("revokeApprovalBox"));
    m_approval->setInformativeText(
        tr("If no page opened, visit: %1").arg(url.toString().toHtmlEscaped()));
    connect(m_approval, &QMessageBox::finished, this, [this] {
        if (m_prompt->isWaitingForApproval())
            m_prompt->cancel();
    });
    m_approval->open();
}

void RevokeFlow::finish(bool revoked, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_approval) {
        m_approval->disconnect(this);
        m_approval->deleteLater();
    }
    Q_EMIT finished(m_token, revoked, message);
    deleteLater();
}

} // namespace td
