// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/LastReleaseCheck.h"
#include "core/provenance/TrustConfigMemory.h"
#include "core/trust/RepoInspector.h"
#include "core/trust/TrustPlanner.h"
#include "core/trust/TrustService.h"
#include "core/trust/WorkflowWriter.h"

#include <QHash>
#include <QWizard>

namespace td {

class RegistryClient;
class TwoFactorPrompt;

// What the wizard needs from the application (Application builds it; nothing is owned).
struct TrustWizardServices
{
    RegistryClient *client = nullptr;  // signed in; null = registry steps report "not signed in"
    TwoFactorPrompt *prompt = nullptr; // the GUI's 2FA dialog
    QString initialFolder;             // prefilled repository folder
    QString npmProgram = QStringLiteral("npm"); // the bootstrap page's first publish runs it
    // Where the trust configs the wizard reads are remembered (what `trust list` writes too).
    QString trustConfigPath = provenance::TrustConfigMemory::defaultPath();
};

// What the pages learn and decide, in page order.
struct TrustWizardState
{
    RepoFacts facts;
    std::optional<GitRemote> remote;
    QHash<QString, PackageRegistryState> registry;
    bool registryLoaded = false;
    QStringList chosen; // package names with a ticked checkbox
    TrustedPublisher desired;
    WorkflowProposal workflow;
    bool writeWorkflow = true;
    QList<PackagePlan> plans;
    QList<TrustOutcome> outcomes;
    QStringList bootstrapPublished;        // first published by the bootstrap page
    QList<TrustOutcome> bootstrapOutcomes; // their trust configs
};

// Chosen packages that do not exist on the registry yet, in plan order.
QStringList packagesNeedingBootstrap(const TrustWizardState &state);
// Chosen packages that now publish through trusted publishing: already configured before, or
// configured and verified by this run (Apply or bootstrap), in plan order. The payload of
// tokenCleanupRequested and the set the lock-down and release check act on.
QStringList packagesPublishingViaOidc(const TrustWizardState &state);
// The repository's CI file holds the trusted-publishing workflow the wizard proposed (written by
// the Apply page, or already there): only then may tokens be disallowed.
bool workflowInPlace(const TrustWizardState &state);

// The trusted-publishing wizard (design §5 flow 6, §6): folder → packages → provider → workflow
// (diff) → review → apply (progress per package) → done (lock-down, token clean-up).
class TrustWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        FolderPage,
        PackagesPage,
        ProviderPage,
        WorkflowPage,
        ReviewPage,
        ApplyPage,
        BootstrapPage,
        DonePage
    };

    explicit TrustWizard(const TrustWizardServices &services, QWidget *parent = nullptr);
    ~TrustWizard() override;

    TrustWizardState &state() { return m_state; }
    const TrustWizardServices &services() const { return m_services; }
    TrustService *trustService() { return m_service.get(); } // null without a client
    // The Done page's verify step: the last release's publish path and verdict (null without a
    // client).
    provenance::LastReleaseCheck *releaseCheck() { return m_releaseCheck.get(); }
    // The registry the client talks to (empty without a client).
    QUrl registry() const;

    void reject() override; // a running bootstrap is stopped (its token revoked) first

signals:
    // The Done page's clean-up button: exactly packagesPublishingViaOidc() (the application
    // turns it into a migration plan for the write tokens they no longer need).
    void tokenCleanupRequested(const QStringList &packages);

private:
    TrustWizardServices m_services;
    TrustWizardState m_state;
    std::unique_ptr<TrustService> m_service;
    std::unique_ptr<provenance::LastReleaseCheck> m_releaseCheck;
};

} // namespace td
