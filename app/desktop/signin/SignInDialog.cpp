// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/signin/SignInDialog.h"

#include "core/account/SessionManager.h"
#include "core/registry/UrlPolicy.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/util/ThemeColors.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace td {

SignInDialog::SignInDialog(SessionManager *sessions, const QUrl &registry, QWidget *parent)
    : QDialog(parent), m_sessions(sessions), m_prompt(new GuiTwoFactorPrompt(this, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to an npm registry"));
    // The dialog shows "waiting for your browser" itself; codes still get the small dialog.
    m_prompt->setShowsApprovalDialog(false);

    m_registry = new QLineEdit(registry.isValid() ? registry.toString()
                                                  : QString::fromLatin1(kDefaultRegistry));
    m_registry->setObjectName(QStringLiteral("registryField"));
    m_registry->setAccessibleName(tr("Registry address"));

    m_browser = new QRadioButton(tr("Sign in with the &browser (recommended)"));
    m_browser->setObjectName(QStringLiteral("browserChoice"));
    m_password = new QRadioButton(tr("Sign in with user &name and password"));
    m_password->setObjectName(QStringLiteral("passwordChoice"));
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_browser);
    choice->addButton(m_password);
    m_browser->setChecked(true);

    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userField"));
    m_user->setAccessibleName(tr("User name"));
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("passwordField"));
    m_secret->setAccessibleName(tr("Password"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("codeField"));
    m_code->setAccessibleName(tr("One-time password"));
    m_code->setPlaceholderText(tr("optional: asked for when needed"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_code));
    m_passwordFields = new QWidget;
    auto *fields = new QFormLayout(m_passwordFields);
    fields->setContentsMargins(24, 0, 0, 0);
    fields->addRow(tr("&User name:"), m_user);
    fields->addRow(tr("&Password:"), m_secret);
    fields->addRow(tr("One-time &code:"), m_code);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The error red, adjusted to read at 4.5:1 on this theme's window (dark themes too).
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColor(palette()).name()));
    m_error->setVisible(false);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Signing in"));

    auto *buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Cancel takes the focus while a sign-in waits (Esc or Space stops it). An auto-default
    // button would become the default when focused and stay so after a failed attempt: Enter
    // in the retyped password would then cancel instead of signing in.
    m_cancel->setAutoDefault(false);
    // Accepting closes only after a sign-in succeeded, so the button does not use accept().
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);

    auto *registryLabel = new QLabel(tr("&Registry:"));
    registryLabel->setBuddy(m_registry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(registryLabel);
    layout->addWidget(m_registry);
    layout->addSpacing(8);
    layout->addWidget(m_browser);
    layout->addWidget(m_password);
    layout->addWidget(m_passwordFields);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    m_copyUrl = new QPushButton(tr("Cop&y address"));
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrl->setVisible(false);
    m_copyUrl->setAutoDefault(false); // Return keeps meaning the dialog's main button
    // The sign-in page's address is no secret: the ordinary clipboard.
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_approvalUrl.toString()); });
    layout->addWidget(m_copyUrl, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);

    for (QLineEdit *field : {m_registry, m_user, m_secret})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateSignInButton);
    connect(m_browser, &QRadioButton::toggled, this, &SignInDialog::updateModeWidgets);
    connect(m_prompt, &GuiTwoFactorPrompt::approvalStarted, this, [this](const QUrl &url) {
        setBusy(true,
                tr("The sign-in page has opened in your browser. Sign in there; TokenDesk "
                   "continues by itself.\nIf no page opened, visit: %1\nWaiting for "
                   "approval…")
                    .arg(url.toString()));
    });
    connect(m_prompt, &GuiTwoFactorPrompt::browserNotOpened, this, [this](const QUrl &url) {
        m_approvalUrl = url;
        setBusy(true,
                tr("No web browser could be opened. Open this address in your browser and "
                   "sign in there; TokenDesk continues by itself:\n%1\nWaiting for "
                   "approval…")
                    .arg(url.toString()));
        m_copyUrl->setVisible(true);
    });
    connect(m_prompt, &GuiTwoFactorPrompt::codeRequested, this,
            [this] { m_status->setText(tr("Waiting for your one-time password…")); });
    setBusy(false);
    updateModeWidgets();
}

void SignInDialog::setMode(Mode mode)
{
    (mode == Mode::Browser ? m_browser : m_password)->setChecked(true);
    updateModeWidgets();
}

SignInDialog::Mode SignInDialog::mode() const
{
    return m_browser->isChecked() ? Mode::Browser : Mode::Password;
}

void SignInDialog::setUserName(const QString &user)
{
    m_user->setText(user);
}

void SignInDialog::setUrlOpener(UrlOpener opener)
{
    m_prompt->setUrlOpener(std::move(opener));
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

void SignInDialog::updateModeWidgets()
{
    m_passwordFields->setEnabled(mode() == Mode::Password && !m_busy);
    m_passwordFields->setVisible(mode() == Mode::Password);
    if (mode() == Mode::Password && m_user->text().isEmpty() && isVisible())
        m_user->setFocus();
    updateSignInButton();
}

void SignInDialog::updateSignInButton()
{
    bool ready = !m_busy && !m_registry->text().trimmed().isEmpty();
    if (mode() == Mode::Password)
        ready = ready && !m_user->text().trimmed().isEmpty() && !m_secret->text().isEmpty();
    m_signIn->setEnabled(ready);
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_copyUrl->setVisible(false); // shown again only while no browser opened the page
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_registry), static_cast<QWidget *>(m_browser),
                       static_cast<QWidget *>(m_password)})
        w->setEnabled(!busy);
    m_passwordFields->setEnabled(!busy && mode() == Mode::Password);
    updateSignInButton();
    if (busy)
        m_cancel->setFocus(); // Esc or Space stops the wait
    else
        m_signIn->setDefault(true); // Enter signs in again once the form is back
    if (isVisible())
        adjustSize(); // grow for the status lines instead of clipping them
}

void SignInDialog::showError(const Error &error)
{
    QString text = error.message;
    if (!error.hint.isEmpty())
        text += QLatin1Char('\n') + error.hint;
    if (error.code != ErrorCode::Cancelled && error.code != ErrorCode::InvalidInput)
        text = tr("%1 (%2)").arg(text, error.codeName());
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->setVisible(true);
    if (isVisible())
        adjustSize();
}

void SignInDialog::startSignIn()
{
    if (m_busy)
        return;
    m_error->setVisible(false);
    const QUrl registry = QUrl::fromUserInput(m_registry->text().trimmed());
    if (const auto allowed = checkRegistryUrl(registry); !registry.isValid() || !allowed) {
        showError(allowed ? makeError(ErrorCode::InvalidInput,
                                      tr("“%1” is not a registry address.").arg(m_registry->text()))
                          : allowed.error());
        m_registry->setFocus();
        return;
    }
    SignInRequest request;
    request.registry = registry;
    if (mode() == Mode::Browser) {
        request.method = SignInMethod::Web;
        setBusy(true, tr("Asking %1 for a sign-in page…").arg(registry.host()));
    } else {
        request.method = SignInMethod::Legacy;
        request.username = m_user->text().trimmed();
        request.password
            = std::make_shared<const SecretBuffer>(SecretBuffer::fromString(m_secret->text()));
        m_secret->clear(); // the password lives only in the request from here on
        if (!m_code->text().isEmpty()) {
            m_prompt->setPresetCode(SecretBuffer::fromString(m_code->text()));
            m_code->clear();
        }
        setBusy(true, tr("Signing in to %1 as %2…").arg(registry.host(), request.username));
    }
    m_sessions->signIn(request, m_prompt, this,
                       [this](Result<Account> result) { finished(std::move(result)); });
}

void SignInDialog::finished(Result<Account> result)
{
    m_prompt->setPresetCode({}); // an unused code must not answer a later request
    setBusy(false);
    if (result) {
        Q_EMIT signedIn(result.value());
        accept();
        return;
    }
    const Error &error = result.error();
    if (error.code == ErrorCode::Unsupported && mode() == Mode::Browser) {
        // npm's own fallback: a registry without web login takes user name and password.
        setMode(Mode::Password);
        showError(makeError(ErrorCode::InvalidInput,
                            tr("%1 does not offer sign-in through the browser. Enter your user "
                               "name and password instead.")
                                .arg(QUrl::fromUserInput(m_registry->text()).host())));
        m_user->setFocus();
        return;
    }
    showError(error);
    if (mode() == Mode::Password)
        m_secret->setFocus();
}

void SignInDialog::reject()
{
    if (m_busy && (m_prompt->isWaitingForApproval() || m_prompt->isWaitingForCode())) {
        // Stop the wait; the sign-in then ends as cancelled and the form comes back.
        m_prompt->cancel();
        return;
    }
    if (m_busy)
        return; // a request is in flight and ends within the transport timeout
    QDialog::reject();
}

} // namespace td
