// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"
#include "desktop/migration/MigrationServices.h"
#include "desktop/presenters/LauncherServices.h"

#include <QObject>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace td {

class GuiTwoFactorPrompt;
class RegistryClient;
class RotationController;
class TokenUsageTracker;

// Everything that replaces tokens from the desktop app: Rotate (one-row plan), File > Migrate
// tokens…, the trust wizard's clean-up, and the dashboard's "where is this token used" scan.
// Each opens the one migration dialog over the account's signed-in client.
class MigrationLauncher : public QObject
{
    Q_OBJECT
public:
    struct Services : LauncherServices
    {
        QNetworkAccessManager *network = nullptr;
        std::function<QList<Token>(const QString &accountId)> tokensOf; // the listed tokens
        std::function<std::chrono::seconds()> ciGracePeriod; // the setting, read at each run
    };
    explicit MigrationLauncher(Services services, QObject *parent = nullptr);

    void rotate(const Token &token);
    void migrate(const QString &accountId);
    void cleanUpAfterTrustedPublishing(const QString &accountId, const QStringList &packages);
    // Scans this machine (off the GUI thread) for where the account's tokens are used.
    void rescanUsage(const QString &accountId);

    RotationController *rotationController() const { return m_rotation; }
    TokenUsageTracker *usageTracker() const { return m_usage; }

Q_SIGNALS:
    void finished(bool completed); // a run ended: token keys changed

private:
    MigrationServices servicesFor(RegistryClient *client, const QString &accountId);
    // Runs `use` with the rotation controller once the account's session is ready.
    void withController(const QString &accountId, std::function<void(RotationController *)> use);

    Services m_services;
    TokenUsageTracker *m_usage;
    RotationController *m_rotation = nullptr;
    GuiTwoFactorPrompt *m_prompt = nullptr;
    std::function<MigrationServices()> m_current;
};

} // namespace td
