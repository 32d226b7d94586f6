// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/ResultPage.h"

#include "core/creation/TokenCreationService.h"
#include "core/creation/UseTokenChoices.h"
#include "core/util/Clock.h"
#include "desktop/util/SecretClipboard.h"
#include "desktop/wizards/createtoken/DraftPage.h"
#include "desktop/wizards/createtoken/PageBody.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td {

namespace {
QLabel *statusLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ResultPage::ResultPage(Context context, QWidget *parent)
    : QWizardPage(parent), m_context(std::move(context))
{
    setTitle(tr("Your new token"));
    setSubTitle(tr("This is the only time npm shows the token. Copy it or put it to use now."));
    auto *layout = new QVBoxLayout(scrollingBody(this));
    layout->addWidget(createTokenBox());
    layout->addWidget(createUseItBox());
    layout->addStretch();
}

QWidget *ResultPage::createTokenBox()
{
    auto *box = new QGroupBox(tr("Token"), this);
    m_token = named(new QLineEdit(box), "tokenField", tr("The new token"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reveal = named(new QPushButton(tr("&Show"), box), "revealButton", tr("Show the token"));
    m_reveal->setCheckable(true);
    m_copy = named(new QPushButton(tr("&Copy"), box), "copyTokenButton", tr("Copy the token"));
    m_copyStatus = statusLabel("copyStatus", box);
    m_storage = statusLabel("keychainStatus", box);
    m_retryStore = named(new QPushButton(tr("&Try storing again"), box), "retryStoreButton",
                         tr("Try storing the token in the keychain again"));
    m_retryStore->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_token, 1);
    row->addWidget(m_reveal);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_copyStatus);
    layout->addWidget(m_storage);
    layout->addWidget(m_retryStore, 0, Qt::AlignLeft);

    connect(m_reveal, &QPushButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("&Hide") : tr("&Show"));
        m_reveal->setAccessibleName(shown ? tr("Hide the token") : tr("Show the token"));
        updateNpmrcPreview();
    });
    connect(m_copy, &QPushButton::clicked, this, &ResultPage::copyToken);
    connect(m_retryStore, &QPushButton::clicked, this, &ResultPage::retryStore);
    return box;
}

QWidget *ResultPage::createUseItBox()
{
    auto *box = new QGroupBox(tr("Use it"), this);
    m_userNpmrc = named(new QRadioButton(tr("&User .npmrc"), box), "npmrcUserChoice",
                        tr("Add to the user .npmrc"));
    m_projectNpmrc = named(new QRadioButton(tr("P&roject .npmrc"), box), "npmrcProjectChoice",
                           tr("Add to a project's .npmrc"));
    m_userNpmrc->setChecked(true);
    m_npmrcPath = named(new QLineEdit(box), "npmrcPath", tr(".npmrc file to add the token to"));
    m_npmrcPath->setText(m_context.userNpmrcPath);
    m_chooseProject = named(new QPushButton(tr("Choose f&older…"), box), "chooseProjectButton",
                            tr("Choose the project folder"));
    m_npmrcPreview = statusLabel("npmrcPreview", box);
    m_npmrcPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_npmrcPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addToNpmrc = named(new QPushButton(tr("&Add to .npmrc"), box), "addToNpmrcButton",
                         tr("Add the token to the chosen .npmrc"));
    m_npmrcStatus = statusLabel("npmrcStatus", box);

    m_runCommand = named(new QLineEdit(runWithTokenCommand(m_context.registry), box), "runCommand",
                         tr("Command that runs npm with the token"));
    m_runCommand->setReadOnly(true);
    m_runCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyRunCommand = named(new QPushButton(tr("Copy co&mmand"), box), "copyRunCommandButton",
                             tr("Copy the command"));
    auto *ciText = new QLabel(tr("GitHub Actions: store the token as the repository secret "
                                 "%1 and pass it to npm with\n%2")
                                  .arg(githubActionsSecretName(), githubActionsEnvLine()),
                              box);
    ciText->setObjectName(QStringLiteral("githubSecretText"));
    ciText->setWordWrap(true);
    ciText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copySecretName = named(new QPushButton(tr("Copy secret &name"), box), "copySecretNameButton",
                             tr("Copy the GitHub Actions secret name"));
    m_ciStatus = statusLabel("ciStatus", box);

    auto *grid = new QGridLayout(box);
    grid->addWidget(m_userNpmrc, 0, 0);
    grid->addWidget(m_projectNpmrc, 0, 1);
    grid->addWidget(m_npmrcPath, 1, 0, 1, 2);
    grid->addWidget(m_chooseProject, 1, 2);
    grid->addWidget(m_npmrcPreview, 2, 0, 1, 3);
    grid->addWidget(m_addToNpmrc, 3, 0, Qt::AlignLeft);
    grid->addWidget(m_npmrcStatus, 4, 0, 1, 3);
    grid->addWidget(m_runCommand, 5, 0, 1, 2);
    grid->addWidget(m_copyRunCommand, 5, 2);
    grid->addWidget(ciText, 6, 0, 1, 2);
    grid->addWidget(m_copySecretName, 6, 2);
    grid->addWidget(m_ciStatus, 7, 0, 1, 3);

    connect(m_userNpmrc, &QRadioButton::toggled, this, [this](bool user) {
        if (user)
            m_npmrcPath->setText(m_context.userNpmrcPath);
    });
    connect(m_projectNpmrc, &QRadioButton::clicked, this, [this] {
        if (m_npmrcPath->text() == m_context.userNpmrcPath)
            chooseProjectFolder();
    });
    connect(m_npmrcPath, &QLineEdit::textChanged, this, &ResultPage::updateNpmrcPreview);
    connect(m_chooseProject, &QPushButton::clicked, this, &ResultPage::chooseProjectFolder);
    connect(m_addToNpmrc, &QPushButton::clicked, this, &ResultPage::addToNpmrc);
    connect(m_copyRunCommand, &QPushButton::clicked, this,
            [this] { copyPlain(m_runCommand->text(), m_ciStatus); });
    connect(m_copySecretName, &QPushButton::clicked, this,
            [this] { copyPlain(githubActionsSecretName(), m_ciStatus); });
    return box;
}

void ResultPage::setCreation(TokenCreation *creation)
{
    m_creation = creation;
    m_token->setText(creation ? creation->secret.revealString() : QString());
    updateStorage();
    updateNpmrcPreview();
}

void ResultPage::initializePage()
{
    m_copy->setFocus();
}

void ResultPage::setTaken()
{
    if (m_taken)
        return;
    m_taken = true;
    Q_EMIT tokenTakenChanged(true);
}

void ResultPage::copyToken()
{
    if (!m_creation || !m_context.clipboard)
        return;
    m_context.clipboard->copy(m_creation->secret);
    const auto seconds
        = std::chrono::duration_cast<std::chrono::seconds>(m_context.clipboard->timeout());
    m_copyStatus->setText(
        tr("Copied. The clipboard is cleared in %n second(s).", nullptr, int(seconds.count())));
    setTaken();
}

void ResultPage::updateStorage()
{
    if (!m_creation) {
        m_storage->clear();
        m_retryStore->hide();
        return;
    }
    if (m_creation->storedInKeychain()) {
        m_storage->setText(tr("Stored in your keychain ✓"));
        m_retryStore->hide();
    } else {
        m_storage->setText(QStringLiteral("⚠ ") + m_creation->storageWarning());
        m_retryStore->show();
    }
}

void ResultPage::retryStore()
{
    if (!m_creation || !m_context.service)
        return;
    m_retryStore->setEnabled(false);
    m_context.service->retryStore(*m_creation, this, [this](Result<void>) {
        m_retryStore->setEnabled(true);
        updateStorage();
    });
}

QString ResultPage::npmrcPreviewLine() const
{
    if (!m_creation)
        return {};
    const bool shown = m_reveal->isChecked();
    return npmrcTokenLine(m_context.registry,
                          shown ? m_creation->secret.revealString() : m_creation->token.redacted);
}

void ResultPage::updateNpmrcPreview()
{
    const QString path = m_npmrcPath->text().trimmed();
    auto plan = planNpmrcToken(path, m_context.registry);
    m_addToNpmrc->setEnabled(plan.ok() && m_creation);
    if (!plan) {
        m_npmrcPreview->setText(plan.error().message);
        return;
    }
    QString where;
    if (!plan.value().fileExists)
        where = tr("Creates %1 (readable only by you) with this line:").arg(path);
    else if (plan.value().replacesLine > 0)
        where = tr("Replaces line %1 of %2 (the token there now) with this line; a backup is "
                   "kept:")
                    .arg(plan.value().replacesLine)
                    .arg(path);
    else
        where = tr("Adds this line to %1; every other line stays as it is and a backup is kept:")
                    .arg(path);
    m_npmrcPreview->setText(where + u'\n' + npmrcPreviewLine());
}

void ResultPage::chooseProjectFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose the project folder"));
    dialog->setObjectName(QStringLiteral("projectFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        m_projectNpmrc->setChecked(true);
        m_npmrcPath->setText(QDir(folder).filePath(QStringLiteral(".npmrc")));
    });
    dialog->open();
}

void ResultPage::addToNpmrc()
{
    if (!m_creation || !m_context.clock)
        return;
    const QString path = m_npmrcPath->text().trimmed();
    auto written
        = writeNpmrcToken(path, m_context.registry, m_creation->secret, m_context.clock->now());
    if (!written) {
        m_npmrcStatus->setText(written.error().oneLine());
        return;
    }
    m_npmrcStatus->setText(written.value().backupPath.isEmpty()
                               ? tr("Written to %1, line %2.").arg(path).arg(written.value().line)
                               : tr("Written to %1, line %2. Backup: %3")
                                     .arg(path)
                                     .arg(written.value().line)
                                     .arg(written.value().backupPath));
    updateNpmrcPreview();
    setTaken();
    Q_EMIT referenceWritten(path);
}

void ResultPage::copyPlain(const QString &text, QLabel *feedback)
{
    QGuiApplication::clipboard()->setText(text);
    feedback->setText(tr("Copied: %1").arg(text));
}

} // namespace td
