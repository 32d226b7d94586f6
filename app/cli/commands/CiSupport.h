// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiCredentialStore.h"
#include "core/cisecrets/CiSecretLedger.h"
#include "core/cisecrets/CiTargetDiscovery.h"
#include "core/migration/CiClientPushBackend.h"
#include "core/migration/ReplacementPlanner.h"
#include "core/registry/DelayTimer.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace td::cli {

struct CliContext;

// What the ci commands, token rotate and migrate share for CI secrets: the CI sign-ins (the same
// keychain entries and index as the desktop app), the ledger, one client per signed-in service,
// and the discovery of the CI secrets that hold a plan row's token.
class CiServices : public QObject
{
    Q_OBJECT
public:
    explicit CiServices(CliContext &context, QObject *parent = nullptr);

    CiCredentialStore &accounts() { return m_accounts; }
    CiSecretLedger &ledger() { return m_ledger; }
    CiClientPushBackend &backend() { return m_backend; }
    CiClientServices clientServices();
    const Clock &clock() const { return m_clock; }

    // The API a provider's host answers on, when --api-url is not given: the public services,
    // GitHub Enterprise (https://H/api/v3) and self-managed GitLab (https://H/api/v4).
    static QUrl defaultApiBase(CiProvider provider, const QString &host);

    // Finds the CI references among `uses`, asks the signed-in services which of their stores
    // exist, and gives each row the ones that hold its old token (CiAttribution). `done` gets the
    // problems met on the way (a store that could not be asked), translated.
    void attachTargets(std::shared_ptr<QList<PlanRow>> rows, const QList<TokenUse> &uses,
                       std::function<void(QStringList problems)> done);
    // Discovery alone, for `ci status`.
    void discover(const QList<CredentialFinding> &findings, std::function<void(CiResolution)> done);

private:
    CliContext &m_context;
    KeychainSecretStore m_keychain;
    QNetworkAccessManager m_nam;
    QtDelayTimer m_delay;
    SystemClock m_clock;
    CiCredentialStore m_accounts;
    CiSecretLedger m_ledger;
    CiClientPushBackend m_backend;
};

} // namespace td::cli
