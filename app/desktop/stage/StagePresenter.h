// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"
#include "core/stage/ReleaseDiff.h"
#include "core/stage/StageBatch.h"
#include "desktop/util/UrlOpener.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace td {

class Clock;
class GuiTwoFactorPrompt;
class StageActionRunner;
class StageInbox;
class StagedReleaseModel;
class StagedReleasesTab;
class TokenSync;

// Drives the Staged releases tab (design §6, flow 7): the inbox's list into the table, the
// selected version's ReleaseDiff into the diff pane, Approve and Reject after a confirmation that
// names the version, and a batch approve in ApprovalOrder's order with progress and a result per
// row. StageActionRunner carries the approvals and rejections out with the app's 2FA prompt
// (GuiTwoFactorPrompt); after each action the inbox polls again.
class StagePresenter : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        StageInbox *inbox = nullptr;
        TokenSync *sync = nullptr;
        StagedReleasesTab *tab = nullptr;
        QWidget *window = nullptr; // confirmations and 2FA dialogs belong to it
        const Clock *clock = nullptr;
        UrlOpener openUrl;                              // 2FA pages
        std::function<QStringList()> repositoryFolders; // for the workspace dependency order
    };

    explicit StagePresenter(Services services, QObject *parent = nullptr);
    ~StagePresenter() override;

    StagedReleaseModel *model() const { return m_model; }
    QMessageBox *confirmation() const { return m_confirm; }
    GuiTwoFactorPrompt *prompt() const { return m_prompt; }
    bool isBusy() const;
    // The order the last batch ran in (or runs in), by stage id.
    QStringList lastBatchOrder() const { return m_lastOrder; }

    void approve(const QString &stageId);
    void reject(const QString &stageId);
    void approveAll();

Q_SIGNALS:
    void waitingChanged(int count);
    void batchFinished(bool allOk);

private:
    void inboxUpdated();
    void updateSummary();
    void showRelease(const QString &stageId);
    void loadDiff(const StagedRelease &release);
    void updateButtons();
    void confirm(const QString &title, const QString &text, const QString &details,
                 const QString &buttonText, const QString &buttonName,
                 std::function<void()> accepted);
    void run(QList<StagedRelease> ordered, StageBatch::Action action);
    void showProgress(int succeeded, int total);
    void finishBatch(bool allOk);

    Services m_s;
    StagedReleaseModel *m_model;
    GuiTwoFactorPrompt *m_prompt;
    QPointer<QMessageBox> m_confirm;
    QHash<QString, ReleaseDiff> m_diffs; // by stage id: a staged tarball never changes
    QSet<QString> m_loading;
    QString m_shown;
    StageActionRunner *m_runner;
    StageBatch::Action m_action = StageBatch::Action::Approve; // of the last run
    int m_done = 0;
    int m_total = 0;
    QStringList m_lastOrder;
};

} // namespace td
