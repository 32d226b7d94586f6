// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace td {

class WatchSettingsPage;
namespace watch {
class WatchService;
struct WatchBudget;
} // namespace watch

// Fills the settings' "Publish watch" page from the running watch (issue 22): the request budget
// per hour (packages watched, planned requests, requests and bytes in the last hour, a registry's
// back-off), the packages that go unwatched and why plus the watch's problems, and a note when
// the chosen interval is below the minimum and will be raised to it. Follows the service live.
class WatchSettingsPresenter : public QObject
{
    Q_OBJECT
public:
    // `service` may be null (no watch running): the page says so.
    WatchSettingsPresenter(watch::WatchService *service, WatchSettingsPage &page,
                           QObject *parent = nullptr);

    static QString budgetText(const watch::WatchBudget &budget);
    static QString intervalNote(int minutes);

private:
    void refresh();

    watch::WatchService *m_service;
    WatchSettingsPage &m_page;
};

} // namespace td
