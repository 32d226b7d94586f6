// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/TrustWizard.h"

#include "trust/TrustWizardPages.h"

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
    }
    setPage(FolderPage, new TrustFolderPage(this));
    setPage(PackagesPage, new TrustPackagesPage(this));
    setPage(ProviderPage, new TrustProviderPage(this));
    setPage(WorkflowPage, new TrustWorkflowPage(this));
    setPage(ReviewPage, new TrustReviewPage(this));
    setPage(ApplyPage, new TrustApplyPage(this));
    setPage(DonePage, new TrustDonePage(this));
    resize(820, 600);
}

TrustWizard::~TrustWizard() = default;

} // namespace td
