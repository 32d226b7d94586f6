// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/stage/StagePresenter.h"

// Before GuiTwoFactorPrompt.h, whose inline accessors need the complete dialog type.
#include "desktop/signin/TwoFactorDialog.h"

#include "core/registry/RegistryClient.h"
#include "core/stage/ApprovalOrder.h"
#include "core/stage/StageClient.h"
#include "core/stage/StageInbox.h"
#include "core/tokenlist/TokenSync.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/stage/ReleaseDiffHtml.h"
#include "desktop/stage/StageActionRunner.h"
#include "desktop/stage/StagedReleaseModel.h"
#include "desktop/stage/StagedReleasesTab.h"

#include <QPushButton>

namespace td {

namespace {
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}
} // namespace

StagePresenter::StagePresenter(Services services, QObject *parent)
    : QObject(parent),
      m_s(std::move(services)),
      m_model(new StagedReleaseModel(this)),
      m_prompt(new GuiTwoFactorPrompt(m_s.window, this)),
      m_runner(new StageActionRunner(m_s.sync, m_prompt, *m_s.clock, this))
{
    m_prompt->setUrlOpener(m_s.openUrl);
    connect(m_runner, &StageActionRunner::outcome, m_model, &StagedReleaseModel::setOutcome);
    connect(m_runner, &StageActionRunner::progress, this, &StagePresenter::showProgress);
    connect(m_runner, &StageActionRunner::finished, this, &StagePresenter::finishBatch);
    m_s.tab->setModel(m_model);
    connect(m_s.inbox, &StageInbox::updated, this, &StagePresenter::inboxUpdated);
    connect(m_s.tab, &StagedReleasesTab::currentReleaseChanged, this, &StagePresenter::showRelease);
    connect(m_s.tab, &StagedReleasesTab::approveRequested, this, &StagePresenter::approve);
    connect(m_s.tab, &StagedReleasesTab::rejectRequested, this, &StagePresenter::reject);
    connect(m_s.tab, &StagedReleasesTab::approveAllRequested, this, &StagePresenter::approveAll);
    inboxUpdated();
}

StagePresenter::~StagePresenter()
{
    delete m_confirm.data();
}

bool StagePresenter::isBusy() const
{
    return m_runner->isRunning();
}

void StagePresenter::inboxUpdated()
{
    m_model->setReleases(m_s.inbox->releases());
    updateSummary();
    updateButtons();
    Q_EMIT waitingChanged(m_s.inbox->waitingCount());
}

void StagePresenter::updateSummary()
{
    const int waiting = m_s.inbox->waitingCount();
    QStringList lines;
    lines << (waiting > 0 ? tr("%n staged release(s) wait(s) for your approval.", nullptr, waiting)
                          : tr("Nothing staged waits for your approval."));
    for (const StageInbox::AccountState &state : m_s.inbox->accounts())
        if (!state.problem.isEmpty())
            lines << state.problem;
    if (m_runner->isRunning())
        lines << (m_action == StageBatch::Action::Approve
                      ? tr("Approving %1 of %n…", nullptr, m_total).arg(m_done + 1)
                      : tr("Rejecting %1 of %n…", nullptr, m_total).arg(m_done + 1));
    m_s.tab->setSummary(lines.join(QLatin1Char('\n')));
}

void StagePresenter::showRelease(const QString &stageId)
{
    m_shown = stageId;
    updateButtons();
    const int row = m_model->rowOfId(stageId);
    if (row < 0)
        return m_s.tab->setDiffHtml(paragraph(tr("Select a staged version to see what changed.")));
    const StagedRelease release = m_model->releaseAt(row);
    if (release.isPlaceholder())
        return m_s.tab->setDiffHtml(paragraph(
            tr("%1 has no release yet: npm created this placeholder when the package was first "
               "staged. It is not a release; approve the staged version itself.")
                .arg(release.packageName)));
    if (const auto diff = m_diffs.constFind(stageId); diff != m_diffs.cend())
        return m_s.tab->setDiffHtml(releaseDiffHtml(*diff, m_s.tab->diffColours()));
    if (m_model->outcomeAt(row) == StagedReleaseModel::Outcome::Rejected)
        return m_s.tab->setDiffHtml(paragraph(tr("This staged version was rejected.")));
    m_s.tab->setDiffHtml(paragraph(tr("Comparing %1 with the last release…").arg(release.spec())));
    loadDiff(release);
}

void StagePresenter::loadDiff(const StagedRelease &release)
{
    if (m_loading.contains(release.id))
        return;
    m_loading.insert(release.id);
    const QString id = release.id;
    const auto failed = [this, id](const Error &error) {
        m_loading.remove(id);
        if (m_shown == id)
            m_s.tab->setDiffHtml(paragraph(
                tr("The changes could not be loaded: %1 Select the version again to retry.")
                    .arg(error.oneLine())));
    };
    m_s.sync->withClient(release.accountId, this,
                         [this, id, failed](Result<RegistryClient *> client) {
                             if (!client)
                                 return failed(client.error());
                             auto *stage = new StageClient(*client.value(), this);
                             stage->diff(id, [this, id, stage, failed](Result<ReleaseDiff> diff) {
                                 stage->deleteLater();
                                 if (!diff)
                                     return failed(diff.error());
                                 m_loading.remove(id);
                                 m_diffs.insert(id, diff.value());
                                 if (m_shown == id)
                                     showRelease(id);
                             });
                         });
}

void StagePresenter::updateButtons()
{
    const int row = m_model->rowOfId(m_shown);
    const bool actionable = !m_runner->isRunning() && row >= 0
        && m_model->index(row, 0).data(StagedReleaseModel::ActionableRole).toBool();
    const bool ready = actionable && !m_model->releaseAt(row).isValidating();
    bool anyReady = false;
    for (const StagedRelease &release : m_model->actionableReleases())
        anyReady = anyReady || !release.isValidating();
    m_s.tab->setActionsEnabled(ready, actionable, !m_runner->isRunning() && anyReady);
}

void StagePresenter::confirm(const QString &title, const QString &text, const QString &details,
                             const QString &buttonText, const QString &buttonName,
                             std::function<void()> accepted)
{
    delete m_confirm.data();
    m_confirm
        = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, m_s.window);
    m_confirm->setObjectName(QStringLiteral("stageConfirmation"));
    m_confirm->setInformativeText(details);
    QPushButton *yes = m_confirm->addButton(buttonText, QMessageBox::AcceptRole);
    yes->setObjectName(buttonName);
    m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    QPointer<QMessageBox> box = m_confirm;
    connect(m_confirm, &QMessageBox::finished, this, [box, yes, accepted = std::move(accepted)] {
        const bool ok = box && box->clickedButton() == yes;
        if (box)
            box->deleteLater();
        if (ok)
            accepted();
    });
    m_confirm->open();
}

void StagePresenter::approve(const QString &stageId)
{
    const int row = m_model->rowOfId(stageId);
    if (m_runner->isRunning() || row < 0)
        return;
    const StagedRelease release = m_model->releaseAt(row);
    if (release.isPlaceholder() || release.isValidating())
        return;
    confirm(tr("Approve staged version"),
            tr("Approve %1 %2?").arg(release.packageName, release.version),
            tr("It is published with the tag \"%1\" and can be installed at once. Your second "
               "factor confirms it.")
                .arg(release.tag),
            tr("&Approve %1").arg(release.version), QStringLiteral("confirmApprove"),
            [this, release] { run({release}, StageBatch::Action::Approve); });
}

void StagePresenter::reject(const QString &stageId)
{
    const int row = m_model->rowOfId(stageId);
    if (m_runner->isRunning() || row < 0)
        return;
    const StagedRelease release = m_model->releaseAt(row);
    if (release.isPlaceholder())
        return;
    confirm(tr("Reject staged version"),
            tr("Reject %1 %2?").arg(release.packageName, release.version),
            tr("The staged version and its tarball are deleted from the registry. This cannot be "
               "undone. Your second factor confirms it."),
            tr("&Reject %1").arg(release.version), QStringLiteral("confirmReject"),
            [this, release] { run({release}, StageBatch::Action::Reject); });
}

void StagePresenter::approveAll()
{
    if (m_runner->isRunning())
        return;
    QList<StagedRelease> ready;
    for (const StagedRelease &release : m_model->actionableReleases())
        if (!release.isValidating())
            ready.append(release);
    if (ready.isEmpty())
        return;
    const ApprovalPlan plan = ApprovalOrder::plan(
        ready, m_s.repositoryFolders ? m_s.repositoryFolders() : QStringList());
    QStringList lines;
    lines << (plan.workspaceOrder
                  ? tr("In the dependency order of the workspace %1:").arg(plan.folder)
                  : tr("Oldest first:"));
    for (int i = 0; i < plan.releases.size(); ++i) {
        const StagedRelease &r = plan.releases.at(i);
        lines << tr("%1. %2 %3 (tag %4)").arg(i + 1).arg(r.packageName, r.version, r.tag);
    }
    const int count = int(plan.releases.size());
    confirm(tr("Approve staged versions"), tr("Approve %n staged version(s)?", nullptr, count),
            lines.join(QLatin1Char('\n')), tr("&Approve %n", nullptr, count),
            QStringLiteral("confirmApproveAll"),
            [this, plan] { run(plan.releases, StageBatch::Action::Approve); });
}

void StagePresenter::run(QList<StagedRelease> ordered, StageBatch::Action action)
{
    if (m_runner->isRunning())
        return;
    m_model->clearFinishedOutcomes();
    m_action = action;
    m_done = 0;
    m_total = int(ordered.size());
    m_lastOrder.clear();
    for (const StagedRelease &release : std::as_const(ordered))
        m_lastOrder << release.id;
    m_runner->run(std::move(ordered), action);
}

void StagePresenter::showProgress(int succeeded, int total)
{
    m_done = succeeded;
    // The bar is for batches; a single approval or rejection shows its result in its row.
    const bool batch = m_action == StageBatch::Action::Approve && total > 1;
    m_s.tab->setProgress(succeeded, batch ? total : 0);
    updateSummary();
    updateButtons();
}

void StagePresenter::finishBatch(bool allOk)
{
    updateSummary();
    updateButtons();
    Q_EMIT batchFinished(allOk);
    // The registry's list changed: the approved and rejected versions are gone from it.
    m_s.inbox->pollNow();
}

} // namespace td
