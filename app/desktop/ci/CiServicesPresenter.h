// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/ci/CiConnectFlow.h"

#include <QObject>
#include <QPointer>

namespace td {

class CiConnectDialog;
class CiServicesPage;

// Settings → CI services: fills the page from the connected accounts (CiCredentialStore in the
// app), removes one the user confirmed, and runs "Connect …" dialogs through a CiConnectFlow.
class CiServicesPresenter : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        std::function<QList<CiAccount>()> accounts;
        std::function<void(const CiAccount &, std::function<void(Result<void>)>)> remove;
        CiConnectServices connect;
        std::function<void(const QUrl &)> openUrl;
        std::function<void(const QString &)> copyText; // the device code (not a secret)
    };
    CiServicesPresenter(Parts parts, CiServicesPage *page, QObject *parent = nullptr);

    // The accounts changed (a connect, a remove, `tokendesk-cli ci login`): show them again.
    void refresh();
    CiConnectDialog *openConnect(CiProvider provider);
    CiConnectDialog *connectDialog() const;

Q_SIGNALS:
    void accountConnected(const td::CiAccount &account);
    void accountRemoved(const td::CiAccount &account);

private:
    void remove(const CiAccount &account);

    Parts m_parts;
    QPointer<CiServicesPage> m_page;
    QPointer<CiConnectDialog> m_dialog;
};

} // namespace td
