// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace td {

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
    QLabel *m_error;
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

// Step 7: next steps, lock-down and token clean-up.
class TrustDonePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit TrustDonePage(TrustWizard *wizard);
    void initializePage() override;
    QPushButton *lockDownButton() const { return m_lockDown; }
    QLabel *lockDownStatus() const { return m_lockStatus; }

private:
    void lockDown();
    TrustWizard *m_wizard;
    QLabel *m_text;
    QPushButton *m_lockDown;
    QPushButton *m_cleanup;
    QLabel *m_lockStatus;
    int m_lockPending = 0;
};

} // namespace td
