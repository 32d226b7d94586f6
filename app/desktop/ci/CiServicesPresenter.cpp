// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ci/CiServicesPresenter.h"

#include "desktop/settings/CiConnectDialog.h"
#include "desktop/settings/CiServicesPage.h"

namespace td {

CiServicesPresenter::CiServicesPresenter(Parts parts, CiServicesPage *page, QObject *parent)
    : QObject(parent), m_parts(std::move(parts)), m_page(page)
{
    connect(page, &CiServicesPage::connectRequested, this, &CiServicesPresenter::openConnect);
    connect(page, &CiServicesPage::removeConfirmed, this, &CiServicesPresenter::remove);
    refresh();
}

CiConnectDialog *CiServicesPresenter::connectDialog() const
{
    return m_dialog;
}

void CiServicesPresenter::refresh()
{
    if (m_page && m_parts.accounts)
        m_page->setAccounts(m_parts.accounts());
}

void CiServicesPresenter::remove(const CiAccount &account)
{
    QPointer<CiServicesPresenter> self(this);
    m_parts.remove(account, [self, account](Result<void> removed) {
        if (!self)
            return;
        if (self->m_page)
            self->m_page->showProblem(removed ? QString() : removed.error().oneLine());
        self->refresh();
        if (removed)
            Q_EMIT self->accountRemoved(account);
    });
}

CiConnectDialog *CiServicesPresenter::openConnect(CiProvider provider)
{
    if (m_dialog) {
        if (m_dialog->provider() == provider) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return m_dialog;
        }
        m_dialog->reject();
    }
    // The flow lives as long as its dialog: closing the dialog cancels what is under way.
    auto *flow = new CiConnectFlow(m_parts.connect);
    auto *dialog = new CiConnectDialog(provider, flow->offersDeviceFlow(provider),
                                       m_page ? m_page->window() : nullptr);
    flow->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &CiConnectDialog::connectRequested, flow,
            [dialog, flow](CiConnectDialog::Method method, const CiAccount &draft) {
                switch (method) {
                case CiConnectDialog::Method::Device:
                    return flow->startDeviceFlow(draft);
                case CiConnectDialog::Method::GitHubCli:
                    return flow->connectWithGitHubCli(draft);
                case CiConnectDialog::Method::Paste:
                    return flow->connectWithToken(draft, dialog->takeToken());
                }
            });
    connect(dialog, &CiConnectDialog::cancelRequested, flow, &CiConnectFlow::cancel);
    connect(dialog, &CiConnectDialog::copyCodeRequested, this, [this](const QString &code) {
        if (m_parts.copyText)
            m_parts.copyText(code);
    });
    connect(dialog, &CiConnectDialog::openPageRequested, this, [this](const QUrl &url) {
        if (m_parts.openUrl)
            m_parts.openUrl(url);
    });
    connect(flow, &CiConnectFlow::codeReady, dialog, &CiConnectDialog::showCode);
    connect(flow, &CiConnectFlow::progress, dialog, &CiConnectDialog::showProgress);
    connect(flow, &CiConnectFlow::failed, dialog, &CiConnectDialog::showError);
    connect(flow, &CiConnectFlow::connected, dialog, &CiConnectDialog::showConnected);
    connect(flow, &CiConnectFlow::connected, this, [this](const CiAccount &account) {
        refresh();
        Q_EMIT accountConnected(account);
    });
    dialog->open();
    return dialog;
}

} // namespace td
