// SPDX-License-Identifier: GPL-3.0-or-later
// Wizard steps 4–6: workflow diff, review, apply with progress.
#include "core/util/AtomicFile.h"
#include "desktop/trust/TrustWizard.h"
#include "desktop/trust/TrustWizardMemory.h"
#include "desktop/trust/TrustWizardPages.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {

QFont monospace()
{
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::TypeWriter);
    return font;
}

QString readText(const QString &path)
{
    const Result<QByteArray> bytes = readWholeFile(path);
    return bytes ? QString::fromUtf8(bytes.value()) : QString();
}

QList<PackageInfo> chosenPackages(const TrustWizardState &s)
{
    QList<PackageInfo> out;
    for (const PackageInfo &p : s.facts.publishablePackages())
        if (s.chosen.contains(p.name))
            out << p;
    return out;
}

} // namespace

TrustWorkflowPage::TrustWorkflowPage(TrustWizard *wizard)
    : m_wizard(wizard),
      m_summary(new QLabel(this)),
      m_diff(new QPlainTextEdit(this)),
      m_write(new QCheckBox(tr("&Write this change when applying"), this))
{
    setTitle(tr("Workflow"));
    setSubTitle(tr("The CI change trusted publishing needs. Nothing is written before Apply."));
    m_summary->setWordWrap(true);
    m_diff->setReadOnly(true);
    m_diff->setFont(monospace());
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setAccessibleName(tr("Proposed change"));
    m_write->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_write);
}

void TrustWorkflowPage::initializePage()
{
    TrustWizardState &s = m_wizard->state();
    WorkflowWriter::Options options;
    options.environment = s.desired.environment;
    options.packageManager
        = s.facts.packageManager.isEmpty() ? QStringLiteral("npm") : s.facts.packageManager;
    options.workspaces = s.chosen.size() > 1;
    const QString root = s.facts.root;
    if (s.desired.type == TrustProvider::GitLab) {
        const QString path = root + QStringLiteral("/.gitlab-ci.yml");
        const QString existing = QFileInfo::exists(path) ? readText(path) : QString();
        if (existing.contains(QLatin1String("NPM_ID_TOKEN"))) {
            s.workflow = WorkflowProposal{
                QStringLiteral(".gitlab-ci.yml"), false, existing, existing, {}, {}, {}, {}};
        } else {
            s.workflow = WorkflowWriter::proposeGitLabJob(existing, options);
        }
    } else {
        options.fileName = s.desired.workflowFile;
        const QString relative = QStringLiteral(".github/workflows/") + s.desired.workflowFile;
        if (s.facts.ciFiles.contains(relative))
            s.workflow = WorkflowWriter::patchGitHubWorkflow(
                relative, readText(root + QLatin1Char('/') + relative));
        else
            s.workflow = WorkflowWriter::proposeGitHubWorkflow(options);
    }
    // A stage-only config refuses a plain npm publish (OIDC permission denied): the workflow
    // stages instead, and a release tool that cannot stage is named below the changes.
    if (!s.desired.actions.testFlag(TrustAction::Publish))
        s.workflow = WorkflowWriter::withStagePublish(s.workflow);
    QStringList notes = s.workflow.changes;
    for (const WorkflowFinding &f : std::as_const(s.workflow.findings))
        notes << f.message + QLatin1Char(' ') + f.fix;
    if (!s.workflow.error.isEmpty()) {
        // The patcher refused (its result would not have been valid YAML): say so instead of
        // passing the untouched file off as "already has what trusted publishing needs".
        m_summary->setText(s.workflow.error);
        m_diff->setPlainText(s.workflow.oldText);
        m_write->setChecked(false);
        m_write->setEnabled(false);
    } else if (s.workflow.isEmpty()) {
        m_summary->setText(
            tr("%1 already has what trusted publishing needs.").arg(s.workflow.path)
            + (notes.isEmpty() ? QString() : QLatin1Char('\n') + notes.join(QLatin1Char('\n'))));
        m_diff->setPlainText(s.workflow.newText);
        m_write->setChecked(false);
        m_write->setEnabled(false);
    } else {
        m_summary->setText(
            (s.workflow.isNewFile ? tr("New file %1.") : tr("Changes to %1:")).arg(s.workflow.path)
            + QLatin1Char('\n') + notes.join(QLatin1Char('\n')));
        m_diff->setPlainText(s.workflow.diff);
        m_write->setEnabled(true);
    }
}

bool TrustWorkflowPage::validatePage()
{
    m_wizard->state().writeWorkflow = m_write->isChecked() && !m_wizard->state().workflow.isEmpty();
    return true;
}

TrustReviewPage::TrustReviewPage(TrustWizard *wizard)
    : m_wizard(wizard), m_text(new QPlainTextEdit(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("What Apply will do. The registry asks for your second factor once."));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Review"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    // A commit page shows the Commit button, not Next: name it after what it does.
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    setCommitPage(true);
}

void TrustReviewPage::initializePage()
{
    TrustWizardState &s = m_wizard->state();
    s.plans = TrustPlanner::plan(chosenPackages(s), s.registry, s.desired,
                                 s.remote.value_or(GitRemote{}));
    QStringList lines;
    if (s.writeWorkflow)
        lines << tr("Write %1.").arg(s.workflow.path);
    for (const PackagePlan &plan : s.plans) {
        switch (plan.action) {
        case PackagePlan::Action::Create:
            lines << (plan.differing.isEmpty() ? tr("%1: create the trusted publisher.")
                                               : tr("%1: replace the differing trusted publisher."))
                         .arg(plan.packageName);
            // What the verifier found wrong in the config npm holds now: a publish with it
            // would fail (an owner differing only in letter case included).
            if (!plan.differing.isEmpty())
                for (const FieldMismatch &m : plan.verification.mismatches)
                    lines << QStringLiteral("   ") + m.message;
            break;
        case PackagePlan::Action::AlreadyConfigured:
            lines << tr("%1: already configured; nothing to do.").arg(plan.packageName);
            break;
        case PackagePlan::Action::Bootstrap:
            lines << tr("%1: not published yet. npm only trusts existing packages: after Apply, "
                        "the next page publishes it once (a 1-day token limited to its scope, "
                        "revoked right after) and then configures trusted publishing.")
                         .arg(plan.packageName);
            break;
        case PackagePlan::Action::Conflict: // the reason is among the problems below
            lines << tr("%1: no room for another trusted publisher; nothing is sent.")
                         .arg(plan.packageName);
            break;
        case PackagePlan::Action::Skip:
            break;
        }
        if (!plan.repository.matches && !plan.repository.problem.isEmpty())
            lines << QStringLiteral("   ") + plan.repository.problem + QStringLiteral(" ")
                    + plan.repository.fixJson;
        for (const QString &problem : plan.problems)
            lines << QStringLiteral("   ") + problem;
    }
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
}

TrustApplyPage::TrustApplyPage(TrustWizard *wizard)
    : m_wizard(wizard),
      m_table(new QTableWidget(0, 2, this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    setTitle(tr("Applying"));
    m_table->setHorizontalHeaderLabels({tr("Package"), tr("Progress")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Progress per package"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
}

void TrustApplyPage::initializePage()
{
    TrustWizardState &s = m_wizard->state();
    m_finished = false;
    QStringList notes;
    if (s.writeWorkflow) {
        const Result<void> written = WorkflowWriter::apply(s.facts.root, s.workflow);
        notes << (written ? tr("Wrote %1.").arg(s.workflow.path) : written.error().oneLine());
    }
    const QList<TrustTarget> targets = trustTargetsFrom(s.plans);
    m_table->setRowCount(int(targets.size()));
    for (int row = 0; row < targets.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(targets[row].packageName));
        m_table->setItem(row, 1, new QTableWidgetItem(trustStageText(TrustStage::Queued)));
    }
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    TrustService *service = m_wizard->trustService();
    if (targets.isEmpty() || !service) {
        notes << (service ? tr("No trusted publisher to create.")
                          : tr("Not signed in: no trusted publisher was created."));
        m_status->setText(notes.join(QLatin1Char('\n')));
        m_finished = true;
        return;
    }
    m_status->setText(notes.join(QLatin1Char('\n')));
    if (!m_connected) // lambdas cannot be Qt::UniqueConnection: connect on the first visit only
        connectTo(service);
    service->apply(targets);
}

void TrustApplyPage::connectTo(TrustService *service)
{
    m_connected = true;
    connect(service, &TrustService::stageChanged, this,
            [this](int index, const QString &, TrustStage stage, const QString &detail) {
                m_table->item(index, 1)->setText(detail.isEmpty() ? trustStageText(stage)
                                                                  : trustStageText(stage)
                                                         + QStringLiteral(" — ") + detail);
                if (stage == TrustStage::Verified || stage == TrustStage::Mismatch
                    || stage == TrustStage::Failed || stage == TrustStage::Cancelled)
                    m_progress->setValue(m_progress->value() + 1);
            });
    connect(service, &TrustService::finished, this, [this](const QList<TrustOutcome> &outcomes) {
        TrustWizardState &s = m_wizard->state();
        s.outcomes = outcomes;
        rememberVerifiedConfigs(m_wizard->services().trustConfigPath, m_wizard->registry(),
                                s.registry, trustTargetsFrom(s.plans), outcomes,
                                QDateTime::currentDateTimeUtc());
        int verified = 0;
        for (const TrustOutcome &o : outcomes)
            verified += o.stage == TrustStage::Verified ? 1 : 0;
        m_status->setText(
            m_status->text() + QLatin1Char('\n')
            + tr("%1 of %2 verified on the registry.").arg(verified).arg(outcomes.size()));
        m_finished = true;
        Q_EMIT completeChanged();
    });
}

bool TrustApplyPage::isComplete() const
{
    return m_finished;
}

int TrustApplyPage::nextId() const
{
    return packagesNeedingBootstrap(m_wizard->state()).isEmpty() ? TrustWizard::DonePage
                                                                 : TrustWizard::BootstrapPage;
}

} // namespace td
