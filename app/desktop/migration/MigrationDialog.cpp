// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/migration/MigrationDialog.h"

#include "core/migration/PlanRunner.h"
#include "core/secrets/SecretStore.h"
#include "desktop/migration/ConfirmRevokePanel.h"
#include "desktop/migration/MigrationProgressPage.h"
#include "desktop/migration/PlanTables.h"
#include "desktop/util/SecretClipboard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace td {

MigrationDialog::MigrationDialog(MigrationServices services, QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_folders(m_services.projectFolders)
{
    setWindowTitle(tr("Migrate tokens"));
    setObjectName(QStringLiteral("migrationDialog"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildResumePage());
    m_pages->addWidget(buildPlanPage());
    m_progress = new MigrationProgressPage(m_services.clock, this);
    connect(m_progress, &MigrationProgressPage::changed, this, &MigrationDialog::progressShown);
    m_pages->addWidget(m_progress);
    m_pages->addWidget(buildSummaryPage());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    resize(900, 560);
}

MigrationDialog::~MigrationDialog() = default;

void MigrationDialog::setRotation(const Token &token)
{
    m_rotation = token;
    setWindowTitle(tr("Rotate \"%1\"").arg(token.name));
}

void MigrationDialog::setTrustCleanup(const QList<Token> &accountTokens,
                                      const QStringList &packages)
{
    m_cleanup = TrustCleanup{accountTokens, packages};
    setWindowTitle(tr("Tokens no longer needed after trusted publishing"));
}

void MigrationDialog::start()
{
    if (QFile::exists(m_services.journalPath)) {
        auto journal = MigrationJournal::load(m_services.journalPath);
        if (!journal || !journal.value().isFinished()) {
            int open = 0;
            if (journal)
                for (int i = 0; i < journal.value().rowCount(); ++i)
                    open += MigrationJournal::isTerminal(journal.value().stage(i)) ? 0 : 1;
            m_resumeText->setText(
                journal ? tr("A migration was interrupted: %n token(s) are half-way. Resume it, "
                             "or roll it back to how your files were. Until then every file "
                             "keeps a working token.",
                             nullptr, open)
                        : journal.error().message);
            m_pages->setCurrentIndex(Resume);
            return;
        }
        // A finished run whose old tokens wait for the user's confirmation: say so first.
        if (!journal.value().rowsAwaitingConfirmation().isEmpty()
            || !journal.value().rowsAwaitingRevokeRetry().isEmpty()) {
            showWaiting(journal.value(), summaryHtml(journal.value(), true, {}));
            return;
        }
    }
    scan();
}

QWidget *MigrationDialog::buildResumePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("resumePage"));
    m_resumeText = new QLabel(page);
    m_resumeText->setWordWrap(true);
    m_resumePassword = new QLineEdit(page);
    m_resumePassword->setObjectName(QStringLiteral("resumePassword"));
    m_resumePassword->setEchoMode(QLineEdit::Password);
    auto *resume = new QPushButton(tr("Resume"), page);
    resume->setObjectName(QStringLiteral("resumeButton"));
    auto *rollback = new QPushButton(tr("Roll back"), page);
    rollback->setObjectName(QStringLiteral("rollbackButton"));
    connect(resume, &QPushButton::clicked, this, [this] { onResume(false); });
    connect(rollback, &QPushButton::clicked, this, [this] { onResume(true); });
    auto *form = new QFormLayout;
    form->addRow(tr("npm password (only if a token still has to be created):"), m_resumePassword);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_resumeText);
    layout->addLayout(form);
    layout->addWidget(resume);
    layout->addWidget(rollback);
    layout->addStretch();
    return page;
}

QWidget *MigrationDialog::buildPlanPage()
{
    auto *page = new QWidget(this);
    m_scanStatus = new QLabel(tr("Looking for npm tokens on this machine…"), page);
    m_scanStatus->setWordWrap(true);
    m_foldersText = new QLabel(page);
    m_foldersText->setObjectName(QStringLiteral("projectFoldersText"));
    m_foldersText->setWordWrap(true);
    auto *addFolder = new QPushButton(tr("Add project folder…"), page);
    addFolder->setObjectName(QStringLiteral("addFolderButton"));
    connect(addFolder, &QPushButton::clicked, this, &MigrationDialog::chooseProjectFolder);
    auto *folders = new QHBoxLayout;
    folders->addWidget(m_foldersText, 1);
    folders->addWidget(addFolder);
    m_scanTable = makeScanTable(page);
    m_planTable = makePlanTable(page);
    m_scanTable->setAccessibleName(tr("Tokens found on this machine"));
    m_planTable->setAccessibleName(tr("Migration plan"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_migrate = new QPushButton(tr("Migrate"), page);
    m_migrate->setObjectName(QStringLiteral("migrateButton"));
    m_migrate->setEnabled(false);
    connect(m_migrate, &QPushButton::clicked, this, &MigrationDialog::onMigrate);
    auto *form = new QFormLayout;
    form->addRow(tr("npm password (npm asks for it to create tokens):"), m_password);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_scanStatus);
    layout->addLayout(folders);
    layout->addWidget(new QLabel(tr("Found on this machine:"), page));
    layout->addWidget(m_scanTable, 1);
    layout->addWidget(new QLabel(tr("Plan:"), page));
    layout->addWidget(m_planTable, 1);
    layout->addLayout(form);
    layout->addWidget(m_migrate, 0, Qt::AlignRight);
    return page;
}

QWidget *MigrationDialog::buildSummaryPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm = new ConfirmRevokePanel(page);
    connect(m_confirm, &ConfirmRevokePanel::copyRequested, this, &MigrationDialog::copyNewToken);
    connect(m_confirm, &ConfirmRevokePanel::confirmRequested, this,
            &MigrationDialog::confirmRevoke);
    // Retrying a failed revoke is the same journaled step as a confirmation (PlanRunner::confirm).
    connect(m_confirm, &ConfirmRevokePanel::retryRequested, this, &MigrationDialog::confirmRevoke);
    m_confirmStatus = new QLabel(page);
    m_confirmStatus->setObjectName(QStringLiteral("confirmStatus"));
    m_confirmStatus->setWordWrap(true);
    auto *scanAgain = new QPushButton(tr("Scan again"), page);
    scanAgain->setObjectName(QStringLiteral("scanAgainButton"));
    connect(scanAgain, &QPushButton::clicked, this, &MigrationDialog::scan);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_confirm);
    layout->addWidget(m_confirmStatus);
    layout->addStretch();
    layout->addWidget(scanAgain, 0, Qt::AlignRight);
    return page;
}

void MigrationDialog::chooseProjectFolder()
{
    // Non-modal: the dialog answers through fileSelected, nothing blocks.
    auto *chooser = new QFileDialog(this, tr("Add a project folder to scan"));
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &MigrationDialog::addProjectFolder);
    chooser->open();
}

void MigrationDialog::addProjectFolder(const QString &folder)
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    if (folder.isEmpty() || m_folders.contains(clean))
        return;
    m_folders.append(clean);
    Q_EMIT projectFoldersChanged(m_folders);
    scan();
}

void MigrationDialog::scan()
{
    m_pages->setCurrentIndex(Plan);
    m_migrate->setEnabled(false); // the plan is about to change
    m_foldersText->setText(
        m_folders.isEmpty() ? tr("Project folders: none (only your npm settings and the "
                                 "environment are scanned)")
                            : tr("Project folders: %1").arg(m_folders.join(QStringLiteral(", "))));
    m_scanStatus->setText(tr("Looking for npm tokens on this machine…"));
    // Only the newest scan may fill the tables (adding a folder starts another one).
    const int generation = ++m_scanGeneration;
    m_services.survey(m_folders, this, [this, generation](Result<Survey> survey) {
        if (generation != m_scanGeneration)
            return;
        if (!survey) {
            m_scanStatus->setText(tr("The scan failed: %1").arg(survey.error().oneLine()));
            return;
        }
        showSurvey(survey.value());
    });
}

void MigrationDialog::showSurvey(const Survey &survey)
{
    fillScanTable(m_scanTable, survey.uses);
    QList<PlanRow> plan = survey.plan;
    if (m_rotation) {
        plan = {ReplacementPlanner(m_services.planner)
                    .rotation(*m_rotation, referencesOf(*m_rotation, survey.uses))};
    } else if (m_cleanup) {
        plan = ReplacementPlanner(m_services.planner)
                   .planAfterTrustedPublishing(m_cleanup->tokens, m_cleanup->packages, survey.uses);
    }
    // Old tokens the last run replaced but could not revoke stay in every plan ("revoke pending:
    // retry"): the new run's journal replaces the last one, so they must not be left behind.
    if (QFile::exists(m_services.journalPath)) {
        if (auto journal = MigrationJournal::load(m_services.journalPath); journal)
            plan += pendingRevokeRows(journal.value());
    }
    //: Joins "3 places hold npm credentials" and "2 tokens in the plan."
    m_scanStatus->setText(
        tr("%1; %2").arg(tr("%n place(s) hold npm credentials", nullptr, int(survey.uses.size())),
                         tr("%n token(s) in the plan.", nullptr, int(plan.size()))));
    if (!m_services.addCiTargets) {
        m_plan = plan;
        return showPlan();
    }
    // Which CI secrets a connected CI account can update: asks the CI services, so it answers
    // later; only the newest scan's answer counts, and until it comes there is no plan to run.
    m_plan.clear();
    m_planTable->setRowCount(0); // its choices would change rows that are not there
    const int generation = m_scanGeneration;
    const QString status = m_scanStatus->text();
    m_scanStatus->setText(status + QLatin1Char(' ')
                          + tr("Looking for the CI secrets that hold them…"));
    m_services.addCiTargets(plan, survey.uses, this,
                            [this, generation, status](QList<PlanRow> rows) {
                                if (generation != m_scanGeneration)
                                    return;
                                m_plan = std::move(rows);
                                m_scanStatus->setText(status);
                                showPlan();
                            });
}

void MigrationDialog::showPlan()
{
    fillPlanTable();
    Q_EMIT surveyShown();
}

void MigrationDialog::fillPlanTable()
{
    // A choice only changes the row; the table is not rebuilt under the combo box's signal.
    td::fillPlanTable(m_planTable, m_plan, [this](int row, PlanAction action) {
        ReplacementPlanner(m_services.planner).choose(m_plan[row], action);
        updateMigrateButton();
    });
    updateMigrateButton();
}

void MigrationDialog::updateMigrateButton()
{
    const bool anything = std::any_of(m_plan.begin(), m_plan.end(), [](const PlanRow &row) {
        return planActionCreatesToken(row.action) || planActionRemovesLines(row.action);
    });
    m_migrate->setEnabled(anything);
}

void MigrationDialog::onMigrate()
{
    const bool creates = std::any_of(m_plan.begin(), m_plan.end(), [](const PlanRow &row) {
        return planActionCreatesToken(row.action);
    });
    if (creates && m_password->text().isEmpty()) {
        m_scanStatus->setText(tr("Enter your npm password: npm asks for it to create tokens."));
        m_password->setFocus();
        return;
    }
    SecretBuffer password = SecretBuffer::fromString(m_password->text());
    m_password->clear();
    QFile::remove(m_services.journalPath + QStringLiteral(".previous"));
    if (QFile::exists(m_services.journalPath))
        QFile::rename(m_services.journalPath, m_services.journalPath + QStringLiteral(".previous"));
    const QList<PlanRow> rows = m_plan;
    runWith(std::move(password), [this, rows](PlanRunner &runner) {
        return runner.start(m_services.accountId, rows,
                            QUuid::createUuid().toString(QUuid::WithoutBraces));
    });
}

void MigrationDialog::onResume(bool rollBack)
{
    SecretBuffer password = SecretBuffer::fromString(m_resumePassword->text());
    m_resumePassword->clear();
    runWith(std::move(password), [rollBack](PlanRunner &runner) {
        return rollBack ? runner.rollback() : runner.resume();
    });
}

void MigrationDialog::runWith(SecretBuffer password,
                              std::function<Result<void>(PlanRunner &)> begin)
{
    delete m_runner; // the previous run (if any) is over; it used the previous backend
    m_runner = nullptr;
    m_backend = m_services.makeBackend(std::move(password));
    m_runner = new PlanRunner(*m_backend, *m_services.secrets, m_services.journalPath,
                              m_services.backupDir, this);
    m_runner->setClock(m_services.clock);
    m_runner->setExpectedUser(m_services.planner.accountUser);
    m_runner->setCiBackend(m_services.ciBackend.get());
    m_runner->setGracePeriod(m_services.ciGracePeriod);
    connect(m_runner, &PlanRunner::rowStageChanged, this, [this](int row, const QString &stage) {
        m_progress->showStage(m_runner->journal(), row, stage);
    });
    connect(m_runner, &PlanRunner::graceWaiting, this,
            [this](int row, const QDateTime &revokeAfter) {
                m_progress->showGrace(m_runner->journal(), row, revokeAfter);
            });
    connect(m_runner, &PlanRunner::finished, this, &MigrationDialog::onFinished);
    m_progress->clear();
    m_pages->setCurrentIndex(Progress);
    if (auto started = begin(*m_runner); !started) {
        m_summary->setText(started.error().oneLine().toHtmlEscaped());
        m_pages->setCurrentIndex(Summary);
    }
}

QTableWidget *MigrationDialog::progressTable() const
{
    return m_progress->table();
}

void MigrationDialog::onFinished(bool completed)
{
    m_progress->stopCountdown();
    showWaiting(m_runner->journal(),
                summaryHtml(m_runner->journal(), completed, m_runner->lastError()));
    Q_EMIT migrationFinished(completed);
}

void MigrationDialog::showWaiting(const MigrationJournal &journal, const QString &summary)
{
    m_summary->setText(summary);
    m_confirm->showJournal(journal);
    m_pages->setCurrentIndex(Summary);
}

void MigrationDialog::copyNewToken(int row)
{
    auto journal = MigrationJournal::load(m_services.journalPath);
    if (!journal || !m_services.clipboard)
        return;
    const QString key = SecretStore::tokenKey(
        journal.value().accountId(),
        journal.value().row(row).value(QStringLiteral("newKey")).toString());
    QPointer<MigrationDialog> self(this);
    m_services.secrets->read(key, this, [self](Result<SecretBuffer> secret) {
        if (!self)
            return;
        if (!secret) {
            self->m_confirmStatus->setText(
                tr("The new token could not be read from the keychain: %1")
                    .arg(secret.error().oneLine()));
            return;
        }
        self->m_services.clipboard->copy(secret.value());
        self->m_confirmStatus->setText(
            tr("The new token is on the clipboard; it is cleared again shortly."));
    });
}

void MigrationDialog::confirmRevoke(int row)
{
    m_confirmStatus->clear();
    // Revoking needs no password; npm may still ask for a 2FA code or browser approval.
    runWith(SecretBuffer(), [row](PlanRunner &runner) { return runner.confirm(row); });
}

} // namespace td
