// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/WatchSettingsPresenter.h"

#include "core/watch/PackumentPoller.h"
#include "core/watch/WatchService.h"
#include "desktop/settings/AppSettings.h"
#include "desktop/settings/WatchSettingsPage.h"

#include <QLocale>

namespace td {

WatchSettingsPresenter::WatchSettingsPresenter(watch::WatchService *service,
                                               WatchSettingsPage &page, QObject *parent)
    : QObject(parent), m_service(service), m_page(page)
{
    connect(&m_page, &WatchSettingsPage::intervalEdited, this,
            [this](int minutes) { m_page.setIntervalNote(intervalNote(minutes)); });
    m_page.setIntervalNote(intervalNote(m_page.intervalMinutes()));
    if (m_service) {
        watch::PackumentPoller *poller = &m_service->poller();
        connect(poller, &watch::PackumentPoller::budgetChanged, this,
                &WatchSettingsPresenter::refresh);
        connect(poller, &watch::PackumentPoller::unwatchedChanged, this,
                &WatchSettingsPresenter::refresh);
        connect(m_service, &watch::WatchService::passFinished, this,
                &WatchSettingsPresenter::refresh);
        connect(m_service, &watch::WatchService::problemsChanged, this,
                &WatchSettingsPresenter::refresh);
    }
    refresh();
}

QString WatchSettingsPresenter::budgetText(const watch::WatchBudget &budget)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%n package(s) watched.", nullptr, budget.packages)
          << tr("Planned: %n request(s) per hour.", nullptr, budget.plannedRequestsPerHour)
          << tr("Last hour: %n request(s), %1 received.", nullptr, budget.requestsLastHour)
                 .arg(locale.formattedDataSize(budget.bytesLastHour));
    if (budget.backingOffUntil.isValid())
        lines << tr("The registry asked to wait: backing off until %1.")
                     .arg(locale.toString(budget.backingOffUntil.toLocalTime(),
                                          QLocale::ShortFormat));
    return lines.join(QLatin1Char('\n'));
}

QString WatchSettingsPresenter::intervalNote(int minutes)
{
    const auto minimum = AppSettings::kMinimumWatchInterval;
    if (std::chrono::minutes(minutes) >= minimum)
        return {};
    return tr("The watch never reads a package more often than every %n minute(s) (the "
              "registry's cache time): it will use %n.",
              nullptr, int(minimum.count()));
}

void WatchSettingsPresenter::refresh()
{
    if (!m_service) {
        m_page.setBudget(tr("The publish watch is not running."));
        m_page.setUnwatched({});
        return;
    }
    m_page.setBudget(budgetText(m_service->budget()));
    QStringList lines;
    const QList<watch::UnwatchedPackage> unwatched = m_service->unwatched();
    for (const watch::UnwatchedPackage &package : unwatched)
        lines << package.reason; // names the package and what to do
    lines += m_service->problems();
    if (lines.isEmpty())
        lines << tr("None: every package is watched.");
    m_page.setUnwatched(lines);
}

} // namespace td
