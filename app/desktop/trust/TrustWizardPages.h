// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <memory>

class QCheckBox;
class QMessageBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace td {

class BootstrapRunner;
class TrustService;
class TrustWizard;
struct TrustWizardState;

// Step 1: the repository folder (inspected on Next).
class TrustFolderPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustFolderPage(TrustWizard *wizard);
    bool validatePage() override;
    QLineEdit *folderEdit() const { return m_folder; }

private:
    TrustWizard *m_wizard;
    QLineEdit *m_folder;
    QLabel *m_error;
};

// Step 2: the packages found, with their registry state and a checkbox each.
class TrustPackagesPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustPackagesPage(TrustWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QTableWidget *table() const { return m_table; }

private:
    void fillTable();
    TrustWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_status;
};

// Step 3: provider and details, prefilled from the git remote.
class TrustProviderPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustProviderPage(TrustWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    TrustWizard *m_wizard;
    QComboBox *m_provider;
    QLineEdit *m_path;
    QLineEdit *m_file;
    QLineEdit *m_environment;
    QCheckBox *m_publish;
    QCheckBox *m_stagePublish;
    QLabel *m_directNote; // what direct publishing means for January 2027, shown when chosen
    QLabel *m_error;

public:
    QCheckBox *directPublishBox() const { return m_publish; }
    QCheckBox *stagePublishBox() const { return m_stagePublish; }
    QLabel *directPublishNote() const { return m_directNote; }
};

// Step 4: the proposed CI change as a diff, written only on Apply.
class TrustWorkflowPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustWorkflowPage(TrustWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    TrustWizard *m_wizard;
    QLabel *m_summary;
    QPlainTextEdit *m_diff;
    QCheckBox *m_write;
};

// Step 5: what will happen, per package, in plain words.
class TrustReviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustReviewPage(TrustWizard *wizard);
    void initializePage() override;

private:
    TrustWizard *m_wizard;
    QPlainTextEdit *m_text;
};

// Step 6: writes the workflow, creates the configs (one approval), progress per package.
class TrustApplyPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustApplyPage(TrustWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override; // the bootstrap page when a chosen package does not exist yet
    QTableWidget *table() const { return m_table; }

private:
    void connectTo(TrustService *service);
    TrustWizard *m_wizard;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_finished = false;
    bool m_connected = false;
};

// Step 6b, for packages that do not exist yet: npm's limitation explained, then (with the
// user's password) a 1-day scoped token, one real npm publish each, trust configured, the token
// revoked; every step visible with its state. Or "I will publish once by hand".
class TrustBootstrapPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustBootstrapPage(TrustWizard *wizard);
    ~TrustBootstrapPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    // Stops a run (the runner revokes the token), then calls `after`; at once when idle.
    void stopThen(std::function<void()> after);

    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *byHandButton() const { return m_byHand; }
    QPushButton *stopButton() const { return m_stop; }
    QTableWidget *stepsTable() const { return m_steps; }
    QLabel *statusLabel() const { return m_status; }
    BootstrapRunner *runner() const { return m_runner.get(); }

private:
    void start();
    void publishByHand();
    void onFinished(bool ok, const QString &summary);
    TrustWizard *m_wizard;
    QLabel *m_intro;
    QTableWidget *m_steps;
    QLineEdit *m_password;
    QPushButton *m_start;
    QPushButton *m_byHand;
    QPushButton *m_stop;
    QLabel *m_status;
    std::unique_ptr<BootstrapRunner> m_runner;
    std::function<void()> m_afterStop;
};

// Step 7: next steps, lock-down, checking the last releases, and token clean-up.
class TrustDonePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustDonePage(TrustWizard *wizard);
    void initializePage() override;
    QPushButton *lockDownButton() const { return m_lockDown; }
    // The question Lock down asks first (null until asked).
    QMessageBox *lockDownConfirmation() const;
    QLabel *lockDownStatus() const { return m_lockStatus; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *checkStatus() const { return m_checkStatus; }
    QPushButton *cleanupButton() const { return m_cleanup; }
    QLabel *summaryLabel() const { return m_text; }

private:
    void askToLockDown();
    void lockDown();
    void checkReleases();
    TrustWizard *m_wizard;
    QLabel *m_text;
    QPushButton *m_lockDown;
    QPushButton *m_check;
    QPushButton *m_cleanup;
    QLabel *m_lockStatus;
    QLabel *m_checkStatus;
    QPointer<QMessageBox> m_lockConfirm;
    int m_lockPending = 0;
    int m_checkPending = 0;
};

} // namespace td
