// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/CiConnectDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td {

namespace {
QString tokenHint(CiProvider provider)
{
    switch (provider) {
    case CiProvider::GitHub:
        return CiConnectDialog::tr("A fine-grained token with \"Secrets: read and write\" (and "
                                   "\"Environments\" for environment secrets), or a classic token "
                                   "with \"repo\" (\"admin:org\" for organization secrets).");
    case CiProvider::GitLab:
        return CiConnectDialog::tr("A personal access token with the \"api\" scope; you need the "
                                   "Maintainer role on the projects (Owner on groups).");
    case CiProvider::CircleCi:
        break;
    }
    return CiConnectDialog::tr("A personal API token (CircleCI → User Settings → Personal API "
                               "Tokens); project tokens do not work.");
}
} // namespace

CiConnectDialog::CiConnectDialog(CiProvider provider, bool offersDeviceFlow, QWidget *parent)
    : QDialog(parent), m_provider(provider)
{
    const QString name = ciProviderLabel(provider);
    setObjectName(QStringLiteral("ciConnectDialog"));
    setWindowTitle(tr("Connect %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("TokenDesk uses this sign-in to put rotated npm tokens into your "
                                "%1 secrets. It is kept in your keychain.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // How to sign in: the choices this provider has.
    auto *methods = new QButtonGroup(this);
    const bool device = offersDeviceFlow && provider != CiProvider::CircleCi;
    if (device) {
        m_device = new QRadioButton(tr("Sign in with the &browser (a one-time code)"), this);
        m_device->setObjectName(QStringLiteral("deviceMethod"));
        methods->addButton(m_device);
        layout->addWidget(m_device);
    }
    if (provider == CiProvider::GitHub) {
        m_cli = new QRadioButton(tr("Use the GitHub C&LI's sign-in (gh auth token)"), this);
        m_cli->setObjectName(QStringLiteral("cliMethod"));
        methods->addButton(m_cli);
        layout->addWidget(m_cli);
        m_cliNote
            = new QLabel(tr("Its usual scopes cover repository and environment secrets; for "
                            "organization secrets run \"gh auth refresh -s admin:org\" first."),
                         this);
        m_cliNote->setWordWrap(true);
        m_cliNote->setIndent(24);
        layout->addWidget(m_cliNote);
    }
    m_paste = new QRadioButton(tr("&Paste a token"), this);
    m_paste->setObjectName(QStringLiteral("pasteMethod"));
    methods->addButton(m_paste);
    layout->addWidget(m_paste);
    m_pasteRow = new QWidget(this);
    auto *pasteLayout = new QFormLayout(m_pasteRow);
    pasteLayout->setContentsMargins(24, 0, 0, 0);
    m_token = new QLineEdit(m_pasteRow);
    m_token->setObjectName(QStringLiteral("ciTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("%1 token").arg(name));
    pasteLayout->addRow(tr("&Token:"), m_token);
    auto *hint = new QLabel(tokenHint(provider), m_pasteRow);
    hint->setWordWrap(true);
    pasteLayout->addRow(hint);
    layout->addWidget(m_pasteRow);
    (m_device ? m_device : m_paste)->setChecked(true);
    if (methods->buttons().size() == 1)
        m_paste->hide(); // CircleCI: pasting is the only way
    connect(methods, &QButtonGroup::buttonToggled, this, [this] { updateMethod(); });

    // The device code, large, with Copy and Open.
    m_codePanel = new QWidget(this);
    m_codePanel->setObjectName(QStringLiteral("codePanel"));
    auto *codeLayout = new QVBoxLayout(m_codePanel);
    auto *codeIntro = new QLabel(tr("Enter this code on the page that opens:"), m_codePanel);
    m_code = new QLabel(m_codePanel);
    m_code->setObjectName(QStringLiteral("userCode"));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(std::max(big.pointSizeF(), 10.0) * 2.4);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    codeIntro->setBuddy(m_code);
    m_copy = new QPushButton(tr("Cop&y code"), m_codePanel);
    m_copy->setObjectName(QStringLiteral("copyCodeButton"));
    m_open = new QPushButton(tr("&Open the sign-in page"), m_codePanel); // named once a code came
    m_open->setObjectName(QStringLiteral("openPageButton"));
    auto *codeButtons = new QHBoxLayout;
    codeButtons->addStretch();
    codeButtons->addWidget(m_copy);
    codeButtons->addWidget(m_open);
    codeButtons->addStretch();
    codeLayout->addWidget(codeIntro);
    codeLayout->addWidget(m_code);
    codeLayout->addLayout(codeButtons);
    m_codePanel->hide();
    layout->addWidget(m_codePanel);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { Q_EMIT copyCodeRequested(m_code->text()); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { Q_EMIT openPageRequested(m_verificationUri); });

    // Advanced: another host or API (GitHub Enterprise, self-managed GitLab, the sandbox).
    auto *advancedToggle = new QPushButton(tr("&Advanced"), this);
    advancedToggle->setObjectName(QStringLiteral("advancedButton"));
    advancedToggle->setCheckable(true);
    advancedToggle->setFlat(true);
    m_advanced = new QWidget(this);
    auto *advanced = new QFormLayout(m_advanced);
    m_host = new QLineEdit(ciDefaultHost(provider), m_advanced);
    m_host->setObjectName(QStringLiteral("ciHostEdit"));
    m_apiUrl = new QLineEdit(ciDefaultApiBase(provider).toString(), m_advanced);
    m_apiUrl->setObjectName(QStringLiteral("ciApiUrlEdit"));
    advanced->addRow(tr("&Host of your repositories:"), m_host);
    advanced->addRow(tr("API &URL:"), m_apiUrl);
    m_advanced->hide();
    connect(advancedToggle, &QPushButton::toggled, this, [this](bool shown) {
        m_advanced->setVisible(shown);
        adjustSize(); // room for the fields without squeezing the wrapped texts
    });
    layout->addWidget(advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("ciConnectProgress"));
    m_progress->setRange(0, 0); // busy: the service answers when it answers
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ciConnectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("ciConnectButton"));
    m_connect->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("ciCancelButton"));
    connect(m_connect, &QPushButton::clicked, this, &CiConnectDialog::onConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &CiConnectDialog::reject);
    layout->addWidget(buttons);
    updateMethod();
    setMinimumWidth(520); // wrapped texts stay readable when the dialog fits itself again
}

CiAccount CiConnectDialog::draft() const
{
    CiAccount account;
    account.provider = m_provider;
    account.host = m_host->text().trimmed().toLower();
    if (account.host.isEmpty())
        account.host = ciDefaultHost(m_provider);
    account.apiBase = QUrl(m_apiUrl->text().trimmed());
    if (!account.apiBase.isValid() || account.apiBase.scheme().isEmpty())
        account.apiBase = ciDefaultApiBase(m_provider);
    return account;
}

CiConnectDialog::Method CiConnectDialog::method() const
{
    if (m_device && m_device->isChecked())
        return Method::Device;
    if (m_cli && m_cli->isChecked())
        return Method::GitHubCli;
    return Method::Paste;
}

void CiConnectDialog::updateMethod()
{
    m_pasteRow->setVisible(method() == Method::Paste);
    if (m_cliNote)
        m_cliNote->setEnabled(method() == Method::GitHubCli);
    if (method() != Method::Device)
        m_codePanel->hide();
    m_connect->setText(method() == Method::Device ? tr("&Start") : tr("&Connect"));
}

void CiConnectDialog::onConnect()
{
    if (m_done)
        return accept();
    m_status->clear();
    m_codePanel->hide();
    setBusy(true);
    Q_EMIT connectRequested(method(), draft());
}

SecretBuffer CiConnectDialog::takeToken()
{
    SecretBuffer token = SecretBuffer::fromString(m_token->text());
    m_token->clear();
    return token;
}

void CiConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_connect->setEnabled(!busy);
    for (QRadioButton *choice : {m_device, m_cli, m_paste})
        if (choice)
            choice->setEnabled(!busy);
    m_token->setEnabled(!busy);
    m_advanced->setEnabled(!busy);
}

void CiConnectDialog::showCode(const QString &userCode, const QUrl &verificationUri)
{
    m_verificationUri = verificationUri;
    m_code->setText(userCode);
    m_open->setText(tr("&Open %1").arg(verificationUri.host() + verificationUri.path()));
    m_codePanel->show();
    m_copy->setFocus();
    adjustSize();
}

void CiConnectDialog::showProgress(const QString &text)
{
    m_status->setText(text);
}

void CiConnectDialog::showConnected(const CiAccount &account)
{
    setBusy(false);
    m_done = true;
    m_codePanel->hide();
    m_status->setText(tr("Connected: %1 as %2 on %3.")
                          .arg(ciProviderLabel(account.provider), account.login, account.host));
    m_connect->setText(tr("&Done"));
    m_connect->setEnabled(true);
    m_connect->setFocus();
    m_cancel->hide();
}

void CiConnectDialog::showError(const QString &message)
{
    setBusy(false);
    m_codePanel->hide();
    m_status->setText(message);
}

QString CiConnectDialog::userCode() const
{
    return m_codePanel->isVisible() || !m_code->text().isEmpty() ? m_code->text() : QString();
}

QString CiConnectDialog::statusText() const
{
    return m_status->text();
}

void CiConnectDialog::reject()
{
    if (m_busy)
        Q_EMIT cancelRequested();
    QDialog::reject();
}

} // namespace td
