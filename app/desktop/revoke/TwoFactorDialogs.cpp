// SPDX-License-Identifier: GPL-3.0-or-later
#include "revoke/TwoFactorDialogs.h"

#include "wizards/createtoken/WizardTwoFactorPrompt.h"

namespace td {

TwoFactorDialogs::TwoFactorDialogs(WizardTwoFactorPrompt *prompt, QWidget *parentWindow,
                                   QString what)
    : QObject(prompt), m_prompt(prompt), m_parent(parentWindow), m_what(std::move(what))
{
    connect(m_prompt, &WizardTwoFactorPrompt::codeRequested, this, &TwoFactorDialogs::askForCode);
    connect(m_prompt, &WizardTwoFactorPrompt::approvalStarted, this,
            &TwoFactorDialogs::showApprovalWait);
    connect(m_prompt, &WizardTwoFactorPrompt::approvalEnded, this, [this] {
        if (m_approval) {
            m_approval->disconnect(this);
            m_approval->deleteLater();
        }
    });
}

TwoFactorDialogs::~TwoFactorDialogs()
{
    closeAll();
}

void TwoFactorDialogs::closeAll()
{
    delete m_approval.data();
    delete m_code.data();
}

void TwoFactorDialogs::askForCode(const QString &reason)
{
    m_code = new QInputDialog(m_parent);
    m_code->setObjectName(QStringLiteral("twoFactorCodeDialog"));
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

void TwoFactorDialogs::showApprovalWait(const QUrl &url)
{
    m_approval = new QMessageBox(QMessageBox::Information, tr("Approve in your browser"),
                                 tr("Approve %1 on the page that opened in your browser. "
                                    "TokenDesk continues as soon as you do.")
                                     .arg(m_what),
                                 QMessageBox::Cancel, m_parent);
    m_approval->setObjectName(QStringLiteral("twoFactorApprovalBox"));
    m_approval->setInformativeText(tr("If no page opened, visit: %1").arg(url.toString()));
    connect(m_approval, &QMessageBox::finished, this, [this] {
        if (m_prompt->isWaitingForApproval())
            m_prompt->cancel();
    });
    m_approval->open();
}

} // namespace td
