// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretLedger.h"
#include "core/migration/CiPushBackend.h"
#include "core/migration/ReplacementPlanner.h"
#include "core/registry/DelayTimer.h"
#include "desktop/ci/CiConnectFlow.h"
#include "desktop/ci/CiServicesPresenter.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace td {

class CiClientPushBackend;
class CiCredentialStore;
class CiSecretLines;
class Clock;
class SecretStore;

// Everything the desktop needs for CI secrets (issue 15), built once by the composition root:
// the CI sign-ins (CiCredentialStore over the keychain), the clients over the app's network
// manager, the ledger of verified pushes, and what Settings, the details pane and the rotation
// dialog take from them.
class CiDesktop : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QNetworkAccessManager *network = nullptr;
        SecretStore *secrets = nullptr;
        const Clock *clock = nullptr;
        QString dataDir; // empty: the shared defaults (the CLI's files)
        std::function<void(const QUrl &)> openUrl;
        // The usage scan's last result (CI workflow findings among them).
        std::function<QList<TokenUse>()> uses;
        // The GitHub OAuth app for the device flow; empty: the build's (TD_GITHUB_OAUTH_CLIENT_ID).
        QString gitHubClientId;
    };
    explicit CiDesktop(Options options, QObject *parent = nullptr);
    ~CiDesktop() override;

    CiCredentialStore *accounts() const { return m_accounts; }
    // Reads the CI sign-ins again (the CLI may have changed them) and asks the stores anew.
    void reload();
    CiSecretLines *secretLines() const { return m_lines; }
    QString ledgerPath() const { return m_ledgerPath; }

    std::unique_ptr<CiSecretClient> makeClient(const CiAccount &account,
                                               std::shared_ptr<const SecretBuffer> credential);
    CiConnectServices connectServices();
    CiServicesPresenter::Parts servicesParts();
    // The runner's way into CI: ciplan's CiClientPushBackend over these accounts and clients;
    // it records each verified push in the ledger.
    std::shared_ptr<CiPushBackend> makePushBackend();
    // Fills each plan row's ciTargets: the CI secrets holding its old token (the ledger, and the
    // workflow references the usage scan found, resolved with describe() and attributed) that a
    // connected account can write.
    void addCiTargets(QList<PlanRow> rows, const QList<TokenUse> &uses, QObject *context,
                      std::function<void(QList<PlanRow>)> done);

private:
    QList<CiSecretTarget> targetsOf(const Token &token, QList<CiSecretTarget> *known);
    CiClientServices clientServices();
    QString gitHubClientId() const;
    const CiSecretLedger &ledger(); // read again: the CLI may have pushed meanwhile

    Options m_options;
    QtDelayTimer m_delay;
    CiCredentialStore *m_accounts = nullptr;
    QString m_ledgerPath;
    CiSecretLedger m_ledger;
    QHash<QString, CredentialFinding> m_findingOf; // candidate target id -> its workflow line
    CiSecretLines *m_lines = nullptr;
};

} // namespace td
