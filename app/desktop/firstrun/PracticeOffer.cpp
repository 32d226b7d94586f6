// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/firstrun/PracticeOffer.h"

#include "desktop/firstrun/PracticeRegistry.h"
#include "desktop/mainwindow/MainWindow.h"

namespace td {

PracticeOffer::PracticeOffer(PracticeRegistry *registry, MainWindow *window,
                             std::function<void(const Account &)> signedIn, QObject *parent)
    : QObject(parent)
{
    connect(window, &MainWindow::practiceRegistryRequested, registry, [registry, window] {
        window->setPracticeStarting(true);
        window->showNotice({});
        registry->start();
    });
    connect(registry, &PracticeRegistry::ready, window,
            [window, signedIn = std::move(signedIn)](const Account &account) {
                window->setPracticeStarting(false);
                signedIn(account);
                window->showNotice(
                    tr("You are trying TokenDesk on the practice registry: a registry on this "
                       "computer with demo tokens. Nothing you do there reaches npm; it stops "
                       "when TokenDesk quits."),
                    NoticeKind::Info);
            });
    connect(registry, &PracticeRegistry::failed, window, [window](const QString &message) {
        window->setPracticeStarting(false);
        window->showNotice(message, NoticeKind::Error);
    });
}

} // namespace td
