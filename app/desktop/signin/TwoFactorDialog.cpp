// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/signin/TwoFactorDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace td {

TwoFactorDialog::TwoFactorDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("twoFactorDialog"));
    // Non-modal on purpose: the user may need the main window (or another program, such as an
    // authenticator) while TokenDesk waits.
    setWindowModality(Qt::NonModal);

    auto *codePage = new QWidget;
    m_reason = new QLabel;
    m_reason->setWordWrap(true);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("otpField"));
    m_code->setAccessibleName(tr("One-time password"));
    m_code->setPlaceholderText(tr("6-digit code from your authenticator"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    // Authenticator codes are 6 digits, e-mailed ones 8; spaces from copy-paste are tolerated.
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 ]{0,10}")), m_code));
    auto *codeLabel = new QLabel(tr("&Code:"));
    codeLabel->setBuddy(m_code);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_code, 1);
    auto *codeLayout = new QVBoxLayout(codePage);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_reason);
    codeLayout->addLayout(codeRow);

    auto *approvalPage = new QWidget;
    m_approvalText = new QLabel;
    m_approvalText->setWordWrap(true);
    m_approvalLink = new QLabel;
    m_approvalLink->setObjectName(QStringLiteral("approvalLink"));
    m_approvalLink->setWordWrap(true);
    m_approvalLink->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
    m_waiting = new QLabel(tr("Waiting for approval…"));
    auto *busy = new QProgressBar;
    busy->setRange(0, 0); // no end known: the registry says when it is done
    busy->setTextVisible(false);
    busy->setAccessibleName(tr("Waiting for approval"));
    auto *approvalLayout = new QVBoxLayout(approvalPage);
    approvalLayout->setContentsMargins(0, 0, 0, 0);
    approvalLayout->addWidget(m_approvalText);
    approvalLayout->addWidget(m_approvalLink);
    m_copyUrl = new QPushButton(tr("Cop&y address"));
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrl->setVisible(false);
    m_copyUrl->setAutoDefault(false); // Return keeps meaning the dialog's main button
    // The page's address is no secret: the ordinary clipboard, not the self-clearing one.
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url.toString()); });
    approvalLayout->addWidget(m_copyUrl, 0, Qt::AlignLeft);
    approvalLayout->addWidget(m_waiting);
    approvalLayout->addWidget(busy);

    m_pages = new QStackedWidget;
    m_pages->addWidget(codePage);
    m_pages->addWidget(approvalPage);

    auto *buttons = new QDialogButtonBox;
    m_submit = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_reopen = buttons->addButton(tr("&Open page again"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Accept must not close the window by itself: the prompt decides when the wait is over.
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (isAskingForCode() && m_submit->isEnabled())
            Q_EMIT codeSubmitted();
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] { Q_EMIT reopenRequested(m_url); });
    connect(m_cancel, &QPushButton::clicked, this, &TwoFactorDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &TwoFactorDialog::updateSubmit);
    connect(m_code, &QLineEdit::returnPressed, m_submit, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    updateSubmit();
}

void TwoFactorDialog::showCodeRequest(const QString &reason)
{
    setWindowTitle(tr("Two-factor authentication"));
    m_reason->setText(
        reason.isEmpty() ? tr("Enter the one-time password from your authenticator app.") : reason);
    m_code->clear();
    m_pages->setCurrentIndex(0);
    m_submit->setVisible(true);
    m_reopen->setVisible(false);
    updateSubmit();
    show();
    raise();
    activateWindow();
    m_code->setFocus();
}

void TwoFactorDialog::showApproval(const QUrl &url, TwoFactorPrompt::Purpose purpose)
{
    m_url = url;
    m_purpose = purpose;
    m_copyUrl->setVisible(false);
    const bool signIn = purpose == TwoFactorPrompt::Purpose::SignIn;
    setWindowTitle(signIn ? tr("Sign in in your browser") : tr("Approve in your browser"));
    QString text = signIn
        ? tr("The registry's sign-in page has opened in your browser. Sign in there; "
             "TokenDesk continues by itself.")
        : tr("The registry's approval page has opened in your browser. Approve there; "
             "TokenDesk continues by itself.");
    if (purpose == TwoFactorPrompt::Purpose::ApproveBatch)
        text += QLatin1Char(' ')
            + tr("Tick \"Skip two-factor authentication for the next 5 minutes\" on that page: "
                 "then this one approval covers every change in this batch.");
    m_approvalText->setText(text);
    m_approvalLink->setText(tr("If no page opened, visit: %1").arg(url.toString()));
    m_pages->setCurrentIndex(1);
    m_submit->setVisible(false);
    m_reopen->setVisible(true);
    show();
    raise();
    activateWindow();
    m_cancel->setFocus();
}

void TwoFactorDialog::showBrowserNotOpened()
{
    const bool signIn = m_purpose == TwoFactorPrompt::Purpose::SignIn;
    m_approvalText->setText(
        signIn ? tr("No web browser could be opened. Open this address in your browser and sign "
                    "in there; TokenDesk continues by itself.")
               : tr("No web browser could be opened. Open this address in your browser and "
                    "approve there; TokenDesk continues by itself."));
    m_approvalLink->setText(m_url.toString());
    m_copyUrl->setVisible(true);
}

QString TwoFactorDialog::approvalText() const
{
    return m_approvalText->text();
}

bool TwoFactorDialog::isAskingForCode() const
{
    return isVisible() && m_pages->currentIndex() == 0;
}

SecretBuffer TwoFactorDialog::takeCode()
{
    QString text = m_code->text();
    text.remove(QLatin1Char(' '));
    SecretBuffer code = SecretBuffer::fromString(text);
    text.fill(QLatin1Char('0'));
    m_code->clear();
    return code;
}

QString TwoFactorDialog::statusText() const
{
    return m_pages->currentIndex() == 0
        ? m_reason->text()
        : m_approvalText->text() + QLatin1Char('\n') + m_waiting->text();
}

void TwoFactorDialog::reject()
{
    const bool wasVisible = isVisible();
    QDialog::reject();
    if (wasVisible)
        Q_EMIT cancelRequested();
}

void TwoFactorDialog::updateSubmit()
{
    QString digits = m_code->text();
    digits.remove(QLatin1Char(' '));
    m_submit->setEnabled(digits.size() >= 6);
}

} // namespace td
