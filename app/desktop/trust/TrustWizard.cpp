// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/trust/TrustWizard.h"

#include "core/registry/RegistryClient.h"
#include "desktop/trust/TrustWizardPages.h"

#include <QDir>
#include <QFile>

namespace td {

TrustWizard::TrustWizard(const TrustWizardServices &services, QWidget *parent)
    : QWizard(parent), m_services(services)
{
    setWindowTitle(tr("Set up trusted publishing"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    if (m_services.client) {
        m_service = std::make_unique<TrustService>(*m_services.client);
        m_service->setTwoFactorPrompt(m_services.prompt);
        m_releaseCheck = std::make_unique<provenance::LastReleaseCheck>(
            m_services.client, provenance::trustDataSourceFor(m_services.client->baseUrl()),
            m_services.trustConfigPath);
    }
    setPage(FolderPage, new TrustFolderPage(this));
    setPage(PackagesPage, new TrustPackagesPage(this));
    setPage(ProviderPage, new TrustProviderPage(this));
    setPage(WorkflowPage, new TrustWorkflowPage(this));
    setPage(ReviewPage, new TrustReviewPage(this));
    setPage(ApplyPage, new TrustApplyPage(this));
    setPage(BootstrapPage, new TrustBootstrapPage(this));
    setPage(DonePage, new TrustDonePage(this));
    resize(820, 600);
}

TrustWizard::~TrustWizard() = default;

QUrl TrustWizard::registry() const
{
    return m_services.client ? m_services.client->baseUrl() : QUrl();
}

void TrustWizard::reject()
{
    auto *bootstrap = qobject_cast<TrustBootstrapPage *>(page(BootstrapPage));
    if (bootstrap && bootstrap->isRunning()) {
        // Closing now would leave a live write token behind: revoke it, then close.
        bootstrap->stopThen([this] { QWizard::reject(); });
        return;
    }
    QWizard::reject();
}

QStringList packagesNeedingBootstrap(const TrustWizardState &state)
{
    QStringList out;
    for (const PackagePlan &plan : state.plans)
        if (plan.action == PackagePlan::Action::Bootstrap)
            out << plan.packageName;
    return out;
}

bool workflowInPlace(const TrustWizardState &state)
{
    const WorkflowProposal &workflow = state.workflow;
    if (workflow.path.isEmpty() || !workflow.error.isEmpty() || workflow.newText.isEmpty())
        return false;
    QFile file(QDir(state.facts.root).filePath(workflow.path));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(file.readAll()) == workflow.newText;
}

QStringList packagesPublishingViaOidc(const TrustWizardState &state)
{
    const auto verifiedIn = [](const QList<TrustOutcome> &outcomes, const QString &name) {
        for (const TrustOutcome &o : outcomes)
            if (o.packageName == name && o.stage == TrustStage::Verified)
                return true;
        return false;
    };
    QStringList out;
    for (const PackagePlan &plan : state.plans) {
        if (plan.action == PackagePlan::Action::AlreadyConfigured
            || verifiedIn(state.outcomes, plan.packageName)
            || verifiedIn(state.bootstrapOutcomes, plan.packageName))
            out << plan.packageName;
    }
    return out;
}

} // namespace td
