// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrateSupport.h"

#include "CiSupport.h"
#include "cli/CliContext.h"
#include "core/migration/ManualSteps.h"
#include "core/migration/MigrationPaths.h"
#include "core/migration/ReferenceRewriter.h"
#include "core/npmconfig/NpmConfigLocator.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <unistd.h>

namespace td::cli {

Result<SurveyOptions> SurveyOptions::parse(const QStringList &arguments, const QString &command,
                                           const QList<ArgReader::Option> &own)
{
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--password") || arg.startsWith(QLatin1String("--password=")))
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("td::cli::Migrate",
                                            "passwords are never taken from arguments; "
                                            "pipe it and use --password-stdin"));
    }
    SurveyOptions options;
    options.args = ArgReader(command,
                             QList<ArgReader::Option>{
                                 {QStringLiteral("--project"), ArgReader::List},
                                 {QStringLiteral("--otp"), ArgReader::Value},
                                 {QStringLiteral("--password-stdin"), ArgReader::Switch},
                                 {QStringLiteral("--no-ci"), ArgReader::Switch},
                                 {QStringLiteral("--grace"), ArgReader::Value},
                             } + own);
    if (!options.args.read(arguments))
        return makeError(ErrorCode::InvalidInput, options.args.error());
    for (const QString &project : options.args.values(QStringLiteral("--project")))
        options.projectFolders.append(QFileInfo(project).absoluteFilePath());
    options.otp = options.args.value(QStringLiteral("--otp"));
    options.passwordStdin = options.args.isSet(QStringLiteral("--password-stdin"));
    options.noCi = options.args.isSet(QStringLiteral("--no-ci"));
    if (const QString grace = options.args.value(QStringLiteral("--grace")); !grace.isNull()) {
        // Minutes, as people think of it; a fraction is allowed ("0.5" = 30 s).
        bool ok = false;
        const double minutes = grace.toDouble(&ok);
        if (!ok || minutes < 0 || minutes > 7 * 24 * 60)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "td::cli::Migrate",
                                 "--grace takes the minutes to keep the old token after the "
                                 "CI secrets were updated, for example --grace 10 (0 allowed)"));
        options.grace = std::chrono::seconds(qRound64(minutes * 60));
    }
    return options;
}

MigrateServices::MigrateServices(CliContext &context, SurveyOptions options, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_options(std::move(options)),
      m_login(new LoginServices(context, this)),
      m_keychain(QStringLiteral("tokendesk"))
{
    if (!m_options.otp.isEmpty())
        m_login->prompt().setPresetCode(SecretBuffer::fromString(m_options.otp));
}

QString MigrateServices::migrationDir()
{
    return migrationDataDir();
}

QString MigrateServices::journalPath()
{
    return migrationJournalPath();
}

QString MigrateServices::backupDir()
{
    return migrationBackupDir();
}

PlannerContext MigrateServices::plannerContext() const
{
    return {m_input.accountUser, m_input.maintainedPackages, clock().now()};
}

void MigrateServices::readPassword()
{
    if (!m_options.passwordStdin || !m_password.isEmpty())
        return;
    QByteArray all = m_context.inDevice ? m_context.inDevice->readAll() : QByteArray();
    qsizetype end = all.indexOf('\n');
    if (end < 0)
        end = all.size();
    while (end > 0 && all.at(end - 1) == '\r')
        --end;
    m_password = SecretBuffer(QByteArrayView(all.constData(), end));
    all.fill('\0');
}

void MigrateServices::signIn(std::function<void(Result<void>)> ready)
{
    readPassword();
    m_login->withSignedInClient([this, ready](Result<void> authorized, const Account &account,
                                              RegistryClient *client) {
        m_account = account;
        if (!authorized) {
            m_login->reportFailure(account, authorized.error());
            return ready(authorized.error());
        }
        m_client = client;
        // A code given up front answers OTP challenges; otherwise the registry may offer a
        // browser approval.
        if (!m_options.otp.isEmpty())
            m_client->setAuthType(RegistryClient::AuthType::Legacy);
        m_backend = std::make_unique<RegistryMigrationBackend>(*m_client, &m_nam, m_login->clock(),
                                                               m_login->prompt(),
                                                               SecretBuffer(m_password.view()));
        ready({});
    });
}

void MigrateServices::survey(SurveyReady ready)
{
    signIn([this, ready](Result<void> signedIn) {
        if (!signedIn)
            return ready(signedIn.error());
        m_input.accountRegistry = m_account.registry.toString();
        m_input.accountUser = m_account.user;
        m_client->listTokens(this, [this, ready](Result<TokenPage> page) {
            if (!page) {
                m_login->reportFailure(m_account, page.error());
                return ready(page.error());
            }
            m_input.tokens = page.value().tokens;
            m_client->userPackages(m_account.user, this, [this, ready](Result<AccessMap> mine) {
                m_input.maintainedPackages.clear();
                if (mine) {
                    for (auto it = mine.value().begin(); it != mine.value().end(); ++it)
                        if (it.value() == QLatin1String("write"))
                            m_input.maintainedPackages.append(it.key());
                }
                NpmConfigLocator locator(QProcessEnvironment::systemEnvironment(),
                                         QDir::homePath());
                // --userconfig is global now (Cli reads it anywhere); the option stays for callers
                // that build SurveyOptions themselves.
                if (!m_options.userConfig.isEmpty())
                    locator.setCliUserConfig(m_options.userConfig);
                else if (!m_context.userConfig.isEmpty())
                    locator.setCliUserConfig(QFileInfo(m_context.userConfig).absoluteFilePath());
                runSurvey(locator, m_options.projectFolders, m_input, m_login->clock(),
                          livenessThrough(*m_backend),
                          [ready](Survey survey) { ready(std::move(survey)); });
            });
        });
    });
}

void MigrateServices::run(Mode mode, const QList<PlanRow> &rows,
                          std::function<void(int exitCode)> finished, int confirmRow)
{
    QDir().mkpath(backupDir());
    QFile::setPermissions(migrationDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_runner = new PlanRunner(*m_backend, m_keychain, journalPath(), backupDir(), this);
    m_runner->setClock(&m_login->clock());
    // Test hook for the crash tests: die (SIGKILL, no clean-up) right after the N-th journal write.
    const int killAfter = qEnvironmentVariableIntValue("TD_TEST_KILL_AFTER_STEP");
    auto steps = std::make_shared<int>(0);
    m_runner->setStepHook([this, killAfter, steps](int row, const QString &stage) {
        m_context.out << tr("row %1: %2").arg(row + 1).arg(stage) << Qt::endl;
        if (killAfter > 0 && ++*steps == killAfter)
            ::kill(::getpid(), SIGKILL);
    });
    m_runner->setExpectedUser(m_account.user);
    m_runner->setGracePeriod(m_options.grace);
    if (!m_options.noCi)
        m_runner->setCiBackend(&ci().backend());
    connect(m_runner, &PlanRunner::rowStageChanged, this, &MigrateServices::printCiProgress);
    connect(m_runner, &PlanRunner::graceWaiting, this,
            [this](int row, const QDateTime &revokeAfter) {
                m_context.out << tr("row %1: the old token stays valid until %2 (runs already "
                                    "queued keep the old value); it is revoked then. Ctrl-C is "
                                    "safe: 'tokendesk-cli migrate --resume' finishes.")
                                     .arg(row + 1)
                                     .arg(revokeAfter.toLocalTime().toString(Qt::ISODate))
                              << Qt::endl;
            });
    connect(m_runner, &PlanRunner::finished, this, [this, finished](bool completed) {
        printSummary(m_runner->journal());
        // Exactly one line on stderr for a run that did not fully succeed: what happened and
        // what to do next. The table on stdout has the details of every row.
        const QString problem = completed ? failureLine(m_runner->journal())
                                          : tr("the migration stopped: %1 Run 'tokendesk-cli "
                                               "migrate --resume' when the cause is fixed, or "
                                               "'tokendesk-cli migrate --rollback' to undo it.")
                                                .arg(m_runner->lastError());
        if (problem.isEmpty())
            return finished(0);
        m_context.fail(problem);
        finished(1);
    });
    Result<void> started = mode == Mode::Start
        ? m_runner->start(m_account.id, rows, QUuid::createUuid().toString(QUuid::WithoutBraces))
        : mode == Mode::Resume  ? m_runner->resume()
        : mode == Mode::Confirm ? m_runner->confirm(confirmRow)
                                : m_runner->rollback();
    if (!started) {
        m_context.fail(started.error());
        finished(1);
    }
}

CiServices &MigrateServices::ci()
{
    if (!m_ci)
        m_ci = new CiServices(m_context, this);
    return *m_ci;
}

void MigrateServices::withCiTargets(const QList<PlanRow> &rows, const QList<TokenUse> &uses,
                                    std::function<void(QList<PlanRow>)> next)
{
    if (m_options.noCi || ci().accounts().accounts().isEmpty())
        return next(rows);
    auto shared = std::make_shared<QList<PlanRow>>(rows);
    ci().attachTargets(shared, uses, [this, shared, next](QStringList problems) {
        for (const QString &problem : std::as_const(problems))
            m_context.out << tr("note: %1").arg(problem) << '\n';
        for (int i = 0; i < shared->size(); ++i) {
            for (const CiSecretTarget &target : shared->at(i).ciTargets)
                m_context.out << tr("row %1: %2 holds this token; it gets the new one")
                                     .arg(i + 1)
                                     .arg(target.label())
                              << '\n';
        }
        m_context.out.flush();
        next(*shared);
    });
}

void MigrateServices::printCiProgress(int row, const QString &stage)
{
    const QJsonObject r = m_runner->journal().row(row);
    const QJsonObject entry = r.value(QStringLiteral("ci"))
                                  .toArray()
                                  .at(r.value(QStringLiteral("ciIndex")).toInt())
                                  .toObject();
    const auto target = CiSecretTarget::fromId(entry.value(QStringLiteral("target")).toString());
    if (!target)
        return;
    QString line;
    if (stage == QLatin1String("ci-push:started")
        && entry.value(QStringLiteral("state")).toString() == QLatin1String("push-started"))
        line = tr("pushing the new token to %1").arg(target->label());
    else if (stage == QLatin1String("ci-pushed"))
        line = tr("pushed to %1").arg(target->label());
    else if (stage == QLatin1String("ci-verified"))
        line = tr("verified: %1 holds the new token").arg(target->label());
    if (!line.isEmpty())
        m_context.out << tr("row %1: %2").arg(row + 1).arg(line) << Qt::endl;
}

QString MigrateServices::failureLine(const MigrationJournal &journal)
{
    QStringList problems;
    for (int i = 0; i < journal.rowCount(); ++i) {
        const QJsonObject row = journal.row(i);
        const QString error = row.value(QStringLiteral("error")).toString();
        if (journal.stageOf(i) == MigrationStage::Failed)
            problems.append(tr("row %1 (%2) was not migrated, its old token still works: %3 "
                               "Fix the cause and try again.")
                                .arg(i + 1)
                                .arg(row.value(QStringLiteral("oldRedacted")).toString(), error));
        else if (journal.stageOf(i) == MigrationStage::RevokeFailed)
            problems.append(tr("row %1: the new token is in use, but revoking the old token %2 "
                               "failed (%3); run 'tokendesk-cli migrate --resume' to retry")
                                .arg(i + 1)
                                .arg(row.value(QStringLiteral("oldRedacted")).toString(), error));
    }
    return problems.join(QStringLiteral("; "));
}

void MigrateServices::printSummary(const MigrationJournal &journal)
{
    QList<QStringList> table{{tr("ROW"), tr("RESULT"), tr("DETAIL")}};
    QStringList backups;
    for (int i = 0; i < journal.rowCount(); ++i) {
        const QJsonObject row = journal.row(i);
        QString detail = row.value(QStringLiteral("error")).toString();
        if (journal.rowsAwaitingConfirmation().contains(i))
            detail = tr("old token kept until you update the places below, then run "
                        "'tokendesk-cli migrate --confirm %1'")
                         .arg(i + 1);
        table.append({QString::number(i + 1), journal.stage(i), detail});
        for (const QJsonArray files = row.value(QStringLiteral("files")).toArray();
             const QJsonValue &file : files) {
            const QString backup = file.toObject().value(QStringLiteral("backup")).toString();
            if (!backup.isEmpty() && QFileInfo::exists(backup))
                backups.append(file.toObject().value(QStringLiteral("path")).toString()
                               + QStringLiteral(" -> ") + backup);
        }
    }
    printTable(m_context.out, table);
    for (int i = 0; i < journal.rowCount(); ++i) {
        for (const QJsonArray files = journal.row(i).value(QStringLiteral("files")).toArray();
             const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            const QString was = file.value(QStringLiteral("modeWas")).toString();
            if (!was.isEmpty())
                m_context.out << modeTightenedNote(file.value(QStringLiteral("path")).toString(),
                                                   was)
                              << '\n';
        }
    }
    printWaitingRows(journal);
    if (!backups.isEmpty()) {
        m_context.out << tr("Backups:") << '\n';
        for (const QString &line : backups)
            m_context.out << "  " << line << '\n';
    }
    m_context.out.flush();
}

void MigrateServices::printWaitingRows(const MigrationJournal &journal)
{
    for (int row : journal.rowsAwaitingConfirmation()) {
        const QJsonObject r = journal.row(row);
        const QString key = SecretStore::tokenKey(journal.accountId(),
                                                  r.value(QStringLiteral("newKey")).toString());
        // secret-tool finds QtKeychain entries by these attributes; the value never passes
        // through this program's output.
        const QString copyHint
            = tr("print it with: secret-tool lookup server tokendesk user %1").arg(key);
        m_context.out << tr("Row %1 (%2) waits for you:")
                             .arg(row + 1)
                             .arg(r.value(QStringLiteral("oldRedacted")).toString())
                      << '\n';
        for (const QString &step :
             manualStepTexts(r.value(QStringLiteral("manual")).toArray(), copyHint))
            m_context.out << "  - " << step << '\n';
        // CI secrets TokenDesk found but could not update (no sign-in for that service).
        for (const QJsonArray cis = r.value(QStringLiteral("ci")).toArray();
             const QJsonValue &ci : cis) {
            const QJsonObject entry = ci.toObject();
            if (entry.value(QStringLiteral("state")).toString() == QLatin1String("verified"))
                continue;
            const auto target
                = CiSecretTarget::fromId(entry.value(QStringLiteral("target")).toString());
            m_context.out << "  - "
                          << tr("put the new token into %1 (%2), or sign in: tokendesk-cli ci "
                                "login %3")
                                 .arg(target ? target->label()
                                             : entry.value(QStringLiteral("label")).toString(),
                                      copyHint,
                                      target ? ciProviderId(target->provider()) : QString())
                          << '\n';
        }
        m_context.out << "  " << tr("Then: tokendesk-cli migrate --confirm %1").arg(row + 1)
                      << '\n';
    }
}

void MigrateServices::printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out << line << '\n';
    }
}

} // namespace td::cli
