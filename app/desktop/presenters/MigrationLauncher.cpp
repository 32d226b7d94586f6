// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/MigrationLauncher.h"

// Before GuiTwoFactorPrompt.h and RotationController.h, whose inline accessors need the complete
// dialog types.
#include "desktop/migration/MigrationDialog.h"
#include "desktop/signin/TwoFactorDialog.h"

#include "core/account/AccountStore.h"
#include "core/migration/RegistryMigrationBackend.h"
#include "core/npmconfig/NpmConfigLocator.h"
#include "core/registry/RegistryClient.h"
#include "core/tokenlist/TokenSync.h"
#include "desktop/ci/CiDesktop.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/mainwindow/TokenUsageTracker.h"
#include "desktop/migration/ProjectFolders.h"
#include "desktop/migration/RotationController.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProcessEnvironment>

namespace td {

MigrationLauncher::MigrationLauncher(Services services, QObject *parent)
    : QObject(parent),
      m_services(std::move(services)),
      m_usage(new TokenUsageTracker(*m_services.clock, this))
{ }

void MigrationLauncher::rotate(const Token &token)
{
    withController(token.accountId,
                   [token](RotationController *rotation) { rotation->rotate(token); });
}

void MigrationLauncher::migrate(const QString &accountId)
{
    withController(accountId, [](RotationController *rotation) { rotation->migrate(); });
}

void MigrationLauncher::cleanUpAfterTrustedPublishing(const QString &accountId,
                                                      const QStringList &packages)
{
    const QList<Token> tokens = m_services.tokensOf(accountId);
    withController(accountId, [tokens, packages](RotationController *rotation) {
        rotation->cleanUpAfterTrustedPublishing(tokens, packages);
    });
}

void MigrationLauncher::rescanUsage(const QString &accountId)
{
    const auto account = m_services.accounts->find(accountId);
    if (!account)
        return;
    UsageScanInput input;
    input.environment = QProcessEnvironment::systemEnvironment();
    input.homeDir = QDir::homePath();
    input.projectFolders = loadProjectFolders();
    input.accountRegistry = account->registry.toString();
    input.tokens = m_services.tokensOf(accountId);
    m_usage->rescan(std::move(input));
}

void MigrationLauncher::withController(const QString &accountId,
                                       std::function<void(RotationController *)> use)
{
    m_services.sync->withClient(
        accountId, this, [this, accountId, use](Result<RegistryClient *> client) {
            if (!client)
                return; // TokenSync asked for a sign-in
            const MigrationServices services = servicesFor(client.value(), accountId);
            m_current = [services] { return services; };
            if (!m_rotation) {
                m_rotation = new RotationController([this] { return m_current(); },
                                                    m_services.window, this);
                connect(m_rotation, &RotationController::finished, this,
                        &MigrationLauncher::finished);
                connect(m_rotation, &RotationController::projectFoldersChanged, this,
                        [this, accountId](const QStringList &folders) {
                            saveProjectFolders(folders);
                            rescanUsage(accountId);
                        });
            }
            use(m_rotation);
        });
}

MigrationServices MigrationLauncher::servicesFor(RegistryClient *client, const QString &accountId)
{
    if (!m_prompt) {
        m_prompt = new GuiTwoFactorPrompt(m_services.window, this);
        m_prompt->setUrlOpener(m_services.openUrl);
    }
    const auto account = m_services.accounts->find(accountId);
    SurveyInput input;
    input.accountRegistry = account ? account->registry.toString() : QString();
    input.accountUser = account ? account->user : QString();
    input.tokens = m_services.tokensOf(accountId);
    QNetworkAccessManager *nam = m_services.network;
    const Clock *clock = m_services.clock;
    GuiTwoFactorPrompt *prompt = m_prompt;
    QPointer<RegistryClient> registry(client);

    MigrationServices services;
    services.survey
        = [registry, nam, clock, prompt, input](const QStringList &folders, QObject *context,
                                                std::function<void(Result<Survey>)> done) {
              if (!registry)
                  return done(makeError(ErrorCode::ENEEDAUTH, tr("Sign in again to continue.")));
              // The last reference to the backend is dropped by whichever callback of the
              // survey is destroyed last, which can be the HttpTransport of a liveness whoami,
              // itself a child of a RegistryClient the backend owns. Deleting the backend there
              // would delete that client (and the transport) a second time from inside its own
              // destructor: the backend goes on the next event-loop turn instead.
              std::shared_ptr<RegistryMigrationBackend> backend(
                  new RegistryMigrationBackend(*registry, nam, *clock, *prompt, SecretBuffer()),
                  [](RegistryMigrationBackend *gone) { gone->deleteLater(); });
              auto locator = std::make_shared<NpmConfigLocator>(
                  QProcessEnvironment::systemEnvironment(), QDir::homePath());
              QPointer<QObject> guard(context);
              runSurvey(*locator, folders, input, *clock, livenessThrough(*backend),
                        [backend, locator, guard, done](Survey survey) {
                            if (guard)
                                done(std::move(survey));
                        });
          };
    services.makeBackend = [registry, nam, clock,
                            prompt](SecretBuffer password) -> std::unique_ptr<MigrationBackend> {
        if (!registry)
            return nullptr;
        // The account's normal second factor: the browser (a security key works there; npm
        // falls back to a code when the registry has no web approval). The client is shared,
        // and the new-token wizard may have left it on "legacy" for a typed code.
        registry->setAuthType(RegistryClient::AuthType::Web);
        return std::make_unique<RegistryMigrationBackend>(*registry, nam, *clock, *prompt,
                                                          std::move(password));
    };
    services.secrets = m_services.secrets;
    services.clipboard = m_services.clipboard;
    services.clock = m_services.clock;
    services.accountId = accountId;
    // Shared with `tokendesk-cli migrate`, next to the accounts file.
    const QString migrationDir
        = QFileInfo(m_services.accounts->path()).absolutePath() + QStringLiteral("/migration");
    services.journalPath = migrationDir + QStringLiteral("/journal.json");
    services.backupDir = migrationDir + QStringLiteral("/backups");
    services.planner.accountUser = input.accountUser;
    services.projectFolders = loadProjectFolders();
    if (CiDesktop *ci = m_services.ci) {
        QPointer<CiDesktop> guard(ci);
        services.addCiTargets = [guard](QList<PlanRow> rows, const QList<TokenUse> &uses,
                                        QObject *context, auto done) {
            if (!guard)
                return done(std::move(rows));
            guard->addCiTargets(std::move(rows), uses, context, std::move(done));
        };
        services.ciBackend = ci->makePushBackend();
    }
    if (m_services.ciGracePeriod)
        services.ciGracePeriod = m_services.ciGracePeriod();
    return services;
}

} // namespace td
