// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/StagedNotices.h"

#include "desktop/presenters/TrayPresenter.h"
#include "desktop/tray/TrayController.h"

#include <QPointer>

#include <utility>

namespace td {

StagedNotices::StagedNotices(TrayController &tray,
                             std::function<std::optional<StagedRelease>(const QString &)> waiting,
                             QObject *parent)
    : QObject(parent), m_tray(tray), m_waiting(std::move(waiting))
{
    connect(&m_tray, &TrayController::deliveryPossible, this, &StagedNotices::retryUnsent);
}

void StagedNotices::announce(const StagedRelease &release)
{
    if (m_inFlight.contains(release.id))
        return;
    m_inFlight.insert(release.id);
    m_unsent.remove(release.id);
    QPointer<StagedNotices> self(this);
    presentStagedNotice(m_tray, release, [self, id = release.id](bool shown) {
        if (!self)
            return;
        self->m_inFlight.remove(id);
        if (!shown)
            self->m_unsent.insert(id);
    });
}

void StagedNotices::retryUnsent()
{
    const QSet<QString> unsent = std::exchange(m_unsent, {});
    for (const QString &id : unsent)
        if (const std::optional<StagedRelease> release = m_waiting(id))
            announce(*release);
}

} // namespace td
