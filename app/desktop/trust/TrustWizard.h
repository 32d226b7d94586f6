// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trust/RepoInspector.h"
#include "trust/TrustPlanner.h"
#include "trust/TrustService.h"
#include "trust/WorkflowWriter.h"

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
};

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
        DonePage
    };

    explicit TrustWizard(const TrustWizardServices &services, QWidget *parent = nullptr);
    ~TrustWizard() override;

    TrustWizardState &state() { return m_state; }
    const TrustWizardServices &services() const { return m_services; }
    TrustService *trustService() { return m_service.get(); } // null without a client

signals:
    // Done page buttons the application answers (a migration plan for the tokens).
    void tokenCleanupRequested(const QStringList &packages);
    // Packages that do not exist yet: the application walks the user through the bootstrap.
    void bootstrapRequested(const QStringList &packages);

private:
    TrustWizardServices m_services;
    TrustWizardState m_state;
    std::unique_ptr<TrustService> m_service;
};

} // namespace td
