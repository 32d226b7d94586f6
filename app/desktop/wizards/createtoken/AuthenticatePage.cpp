// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/AuthenticatePage.h"

#include "desktop/wizards/createtoken/PageBody.h"
#include "desktop/wizards/createtoken/WizardTwoFactorPrompt.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QWizard>

namespace td {

AuthenticatePage::AuthenticatePage(TokenDraft *draft, TokenCreationService *service,
                                   QWidget *parent)
    : DraftPage(draft, {}, parent), m_service(service), m_prompt(new WizardTwoFactorPrompt(this))
{
    setTitle(tr("Confirm it is you"));
    setSubTitle(tr("npm asks for your password and a second factor to create a token. "
                   "TokenDesk never stores your password."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create token"));

    m_password = named(new QLineEdit(this), "passwordEdit", tr("npm account password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_useCode = named(new QRadioButton(tr("Code from my &authenticator app"), this),
                      "otpMethodCode", tr("Use a code from an authenticator app"));
    m_useBrowser
        = named(new QRadioButton(tr("Approve in my b&rowser (security key or passkey)"), this),
                "otpMethodBrowser", tr("Approve in the browser"));
    m_useBrowser->setChecked(true);
    m_code = named(new QLineEdit(this), "otpCodeEdit", tr("One-time code"));
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_code));
    m_code->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("authStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // A lost create names a token id to revoke: the user must be able to copy it.
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stopWaiting = named(new QPushButton(tr("&Stop waiting"), this), "stopWaitingButton",
                          tr("Stop waiting for the approval"));
    m_stopWaiting->hide();

    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    auto *layout = new QVBoxLayout(scrollingBody(this));
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_useBrowser);
    layout->addWidget(m_useCode);
    auto *codeForm = new QFormLayout;
    auto *codeLabel = new QLabel(tr("Co&de:"), this);
    codeLabel->setBuddy(m_code);
    codeForm->addRow(codeLabel, m_code);
    layout->addLayout(codeForm);
    layout->addWidget(m_status);
    layout->addWidget(m_stopWaiting, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_password, &QLineEdit::textChanged, this, &AuthenticatePage::completeChanged);
    connect(m_code, &QLineEdit::textChanged, this, &AuthenticatePage::completeChanged);
    connect(m_useCode, &QRadioButton::toggled, m_code, &QLineEdit::setEnabled);
    connect(m_stopWaiting, &QPushButton::clicked, m_prompt, &WizardTwoFactorPrompt::cancel);
    connect(m_prompt, &WizardTwoFactorPrompt::codeRequested, this, [this] {
        m_useCode->setChecked(true);
        m_code->setEnabled(true);
        m_code->clear();
        m_status->setText(m_revoking.isEmpty()
                              ? tr("npm asks for a one-time code: enter the code from your "
                                   "authenticator app and press Create token.")
                              : tr("The registry's answer was lost. To revoke token '%1', whose "
                                   "secret never arrived, npm asks for a one-time code: enter a "
                                   "new code and press Create token.")
                                    .arg(m_revoking));
        m_busy = false; // the user has to act; the request waits for the code
        wizard()->button(QWizard::CommitButton)->setEnabled(false);
        m_code->setFocus();
        Q_EMIT completeChanged();
    });
    connect(m_service, &TokenCreationService::lostAnswerRecoveryStarted, this,
            [this](const QString &name) {
                m_revoking = name;
                m_status->setText(tr("The registry's answer was lost. Checking whether token '%1' "
                                     "was created, to revoke it…")
                                      .arg(name));
            });
    connect(m_prompt, &WizardTwoFactorPrompt::approvalStarted, this, [this](const QUrl &url) {
        m_status->setText(tr("Approve the request in your browser. If no browser opened, "
                             "visit:\n%1")
                              .arg(url.toString()));
        m_stopWaiting->show();
    });
    connect(m_prompt, &WizardTwoFactorPrompt::browserNotOpened, this, [this](const QUrl &url) {
        m_status->setText(tr("No web browser could be opened. Open this address in your browser "
                             "and approve the request there:\n%1")
                              .arg(url.toString()));
    });
    connect(m_prompt, &WizardTwoFactorPrompt::approvalEnded, m_stopWaiting, &QWidget::hide);
}

AuthenticatePage::~AuthenticatePage()
{
    // A create still running must not call a prompt that is gone.
    if (m_service->isBusy())
        m_service->forgetPrompt();
}

void AuthenticatePage::initializePage()
{
    DraftPage::initializePage();
    m_password->setFocus();
}

bool AuthenticatePage::isComplete() const
{
    if (m_created)
        return true;
    if (m_busy)
        return false;
    if (m_prompt->isWaitingForCode())
        return m_code->text().size() >= 6;
    return !m_password->text().isEmpty();
}

bool AuthenticatePage::validatePage()
{
    if (m_created)
        return true;
    if (m_prompt->isWaitingForCode()) {
        setBusy(true, tr("Checking the code…"));
        m_prompt->answerCode(SecretBuffer::fromString(m_code->text()));
        m_code->clear();
        return false;
    }
    if (!m_busy)
        startCreation();
    return false; // the wizard moves on by itself once the token exists
}

void AuthenticatePage::startCreation()
{
    SecretBuffer password = SecretBuffer::fromString(m_password->text());
    // The password leaves the widget now: it is not kept for a retry or anywhere else.
    m_password->clear();
    if (m_useCode->isChecked() && !m_code->text().isEmpty())
        m_prompt->setPresetCode(SecretBuffer::fromString(m_code->text()));
    m_code->clear();
    setBusy(true, tr("Creating the token…"));
    const auto type
        = m_useCode->isChecked() ? RegistryClient::AuthType::Legacy : RegistryClient::AuthType::Web;
    m_service->create(*draft(), std::move(password), m_prompt, type, this,
                      [this](Result<TokenCreation> result) { finished(std::move(result)); });
}

void AuthenticatePage::finished(Result<TokenCreation> result)
{
    m_prompt->setPresetCode({});
    m_revoking.clear();
    m_stopWaiting->hide();
    if (!result) {
        const Error &error = result.error();
        setBusy(false, error.hint.isEmpty() ? error.message : error.message + u'\n' + error.hint);
        m_password->setFocus();
        return;
    }
    m_created = true;
    setBusy(false, tr("The token was created."));
    if (m_onCreated)
        m_onCreated(std::move(result).value());
    wizard()->next();
}

void AuthenticatePage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    m_password->setEnabled(!busy);
    m_useCode->setEnabled(!busy);
    m_useBrowser->setEnabled(!busy);
    m_code->setEnabled(!busy && m_useCode->isChecked());
    if (QWizard *w = wizard())
        w->button(QWizard::BackButton)->setEnabled(!busy);
    Q_EMIT completeChanged();
}

} // namespace td
