// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migration/MigrationJournal.h"
#include "migration/MigrationServices.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace td {

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
    // Begins: the resume offer when a journal is unfinished, else the scan.
    void start();

    const QList<PlanRow> &plan() const { return m_plan; }

Q_SIGNALS:
    // The run is over (completed: every row reached a final step).
    void migrationFinished(bool completed);

private:
    enum Page { Resume, Plan, Progress, Summary };
    QWidget *buildResumePage();
    QWidget *buildPlanPage();
    QWidget *buildProgressPage();
    QWidget *buildSummaryPage();
    void scan();
    void showSurvey(const Survey &survey);
    void fillPlanTable();
    void updateMigrateButton();
    void onMigrate();
    void onResume(bool rollBack);
    void runWith(SecretBuffer password, std::function<Result<void>(PlanRunner &)> begin);
    void onStage(int row, const QString &stage);
    void onFinished(bool completed);
    static QString stageText(const QString &stage);

    MigrationServices m_services;
    std::optional<Token> m_rotation;
    QList<PlanRow> m_plan;
    std::unique_ptr<MigrationBackend> m_backend;
    PlanRunner *m_runner = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_resumeText = nullptr;
    QLineEdit *m_resumePassword = nullptr;
    QLabel *m_scanStatus = nullptr;
    QTableWidget *m_scanTable = nullptr;
    QTableWidget *m_planTable = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_migrate = nullptr;
    QTableWidget *m_progressTable = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace td
