// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/MigrationJournal.h"
#include "desktop/migration/MigrationServices.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace td {

class ConfirmRevokePanel;
class MigrationProgressPage;
class PlanRunner;

// Design §6, migration dialog: what was found on this machine (where, kind, status, match), the
// plan with a choice per row, one "Migrate" button, progress per step, and a summary that lists
// the backups. When an interrupted run's journal is found at start, it offers Resume or Roll
// back first. Show it with show()/open(); it never blocks.
class MigrationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MigrationDialog(MigrationServices services, QWidget *parent = nullptr);
    ~MigrationDialog() override;

    // Rotation: the plan is the one row that replaces `token` (same grants, fresh expiry).
    void setRotation(const Token &token);
    // The trust wizard's clean-up: `packages` now publish through OIDC; the plan revokes or
    // narrows the account's write tokens that served them (planAfterTrustedPublishing).
    void setTrustCleanup(const QList<Token> &accountTokens, const QStringList &packages);
    // Begins: the resume offer when a journal is unfinished, else the scan.
    void start();

    const QList<PlanRow> &plan() const { return m_plan; }
    ConfirmRevokePanel *confirmPanel() const { return m_confirm; }
    QTableWidget *progressTable() const;
    QStringList projectFolders() const { return m_folders; }
    // Adds a project folder to the scan (the "Add project folder…" button) and scans again.
    void addProjectFolder(const QString &folder);

Q_SIGNALS:
    // The run is over (completed: every row reached a final step).
    void migrationFinished(bool completed);
    // The user added a project folder: the app remembers it for later scans.
    void projectFoldersChanged(const QStringList &folders);
    // A scan finished and the plan page shows its result (tests and screenshots wait for it).
    void surveyShown();
    // The progress table changed (a step, a CI push, the grace countdown's second).
    void progressShown();

private:
    enum Page { Resume, Plan, Progress, Summary };
    QWidget *buildResumePage();
    QWidget *buildPlanPage();
    QWidget *buildSummaryPage();
    void scan();
    void chooseProjectFolder();
    void showSurvey(const Survey &survey);
    void fillPlanTable();
    void updateMigrateButton();
    void onMigrate();
    void onResume(bool rollBack);
    void runWith(SecretBuffer password, std::function<Result<void>(PlanRunner &)> begin);
    void showPlan();
    void onFinished(bool completed);
    void showWaiting(const MigrationJournal &journal, const QString &summary);
    void copyNewToken(int row);
    void confirmRevoke(int row);

    MigrationServices m_services;
    std::optional<Token> m_rotation;
    struct TrustCleanup
    {
        QList<Token> tokens;
        QStringList packages;
    };
    std::optional<TrustCleanup> m_cleanup;
    QList<PlanRow> m_plan;
    std::unique_ptr<MigrationBackend> m_backend;
    PlanRunner *m_runner = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_resumeText = nullptr;
    QLineEdit *m_resumePassword = nullptr;
    QLabel *m_scanStatus = nullptr;
    QLabel *m_foldersText = nullptr;
    QStringList m_folders;
    int m_scanGeneration = 0;
    QTableWidget *m_scanTable = nullptr;
    QTableWidget *m_planTable = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_migrate = nullptr;
    MigrationProgressPage *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    ConfirmRevokePanel *m_confirm = nullptr;
    QLabel *m_confirmStatus = nullptr;
};

} // namespace td
