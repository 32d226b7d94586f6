// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoginSupport.h"
#include "cli/ArgReader.h"
#include "core/migration/MigrationSurvey.h"
#include "core/migration/PlanRunner.h"
#include "core/migration/RegistryMigrationBackend.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace td::cli {

struct CliContext;
class CiServices;

// Options shared by doctor, migrate and token rotate.
struct SurveyOptions
{
    QStringList projectFolders;      // --project DIR (repeatable)
    QString userConfig;              // --userconfig FILE, as npm
    bool passwordStdin = false;      // --password-stdin
    QString otp;                     // --otp CODE (a one-time code, as npm takes it)
    bool noCi = false;               // --no-ci: leave CI secrets to the user (confirm, then revoke)
    std::chrono::seconds grace{600}; // --grace MINUTES: old token kept after the CI pushes
    ArgReader args{QString(), {}};   // the command's own flags and its positionals

    // Reads the shared flags plus `own` (the command's) with one ArgReader; an unknown flag is
    // an error naming `command`'s --help.
    static Result<SurveyOptions> parse(const QStringList &arguments, const QString &command,
                                       const QList<ArgReader::Option> &own = {});
};

// What doctor, migrate and token rotate share: the signed-in client, the survey (scan, match,
// plan), the backend over the registry, and a PlanRunner whose journal lives next to the
// account list, so the desktop app and the CLI find the same interrupted run.
class MigrateServices : public QObject
{
    Q_OBJECT
public:
    MigrateServices(CliContext &context, SurveyOptions options, QObject *parent = nullptr);

    using SurveyReady = std::function<void(Result<Survey>)>;
    // Signs in, lists the account's tokens and packages, scans and plans.
    void survey(SurveyReady ready);

    const Account &account() const { return m_account; }
    const Clock &clock() const { return m_login->clock(); }
    const SurveyInput &input() const { return m_input; }
    RegistryClient *client() const { return m_client; } // signed in after survey()/signIn()
    PlannerContext plannerContext() const;

    static QString migrationDir();
    static QString journalPath();
    static QString backupDir();

    // Runs `rows` (start), or the journal (resume / rollback). `finished` gets the exit code after
    // the summary has been printed. Needs survey() (or signIn()) first.
    // Confirm: the user updated the manual places of journal row `confirmRow` (0-based); revoke
    // its old token (PlanRunner::confirm).
    enum class Mode { Start, Resume, Rollback, Confirm };
    void run(Mode mode, const QList<PlanRow> &rows, std::function<void(int exitCode)> finished,
             int confirmRow = -1);
    // Gives each row the CI secrets that hold its token and that a signed-in CI account can
    // update (unless --no-ci), then `next` with the rows. Prints one note per store that could not
    // be asked.
    void withCiTargets(const QList<PlanRow> &rows, const QList<TokenUse> &uses,
                       std::function<void(QList<PlanRow>)> next);
    // Signed-in client only (resume/rollback do not need a new survey).
    void signIn(std::function<void(Result<void>)> ready);

    // Table output: columns padded to the widest cell.
    static void printTable(QTextStream &out, const QList<QStringList> &rows);

private:
    void printSummary(const MigrationJournal &journal);
    // The one stderr line for a run that ended with failed rows; empty when every row is fine.
    static QString failureLine(const MigrationJournal &journal);
    void printWaitingRows(const MigrationJournal &journal);
    void readPassword(); // the first line of stdin, when --password-stdin

    CliContext &m_context;
    SurveyOptions m_options;
    LoginServices *m_login;
    QNetworkAccessManager m_nam;
    KeychainSecretStore m_keychain;
    RegistryClient *m_client = nullptr;
    Account m_account;
    SurveyInput m_input;
    SecretBuffer m_password;
    std::unique_ptr<RegistryMigrationBackend> m_backend;
    PlanRunner *m_runner = nullptr;
    CiServices *m_ci = nullptr; // made on first use
    CiServices &ci();
    void printCiProgress(int row, const QString &stage);
};

} // namespace td::cli
