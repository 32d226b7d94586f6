// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/TrayPresenter.h"

#include "core/expiry/ExpiryNotice.h"
#include "core/expiry/TraySummary.h"
#include "core/registry/StagedRelease.h"
#include "core/util/Logging.h"
#include "desktop/tray/TrayController.h"

#include <QCoreApplication>

namespace td {

namespace {
TrayState trayStateFor(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired:
    case ExpiryState::Critical:
        return TrayState::Critical;
    case ExpiryState::ExpiringSoon:
        return TrayState::Warning;
    default:
        return TrayState::Ok;
    }
}
} // namespace

void presentTraySummary(TrayController &tray, const QList<Token> &allTokens, const QDateTime &now,
                        const ExpiryThresholds &thresholds)
{
    const TraySummary summary = summarizeForTray(allTokens, now, thresholds);
    tray.setState(trayStateFor(summary.worst));
    QList<QPair<QString, QString>> entries;
    for (const TrayEntry &entry : summary.soonest)
        entries.append({entry.tokenKey,
                        QCoreApplication::translate("td::Application", "%1 — %2")
                            .arg(entry.name, countdownText(entry.expires, now))});
    tray.setTokenEntries(entries);
}

void presentExpiryNotice(TrayController &tray, const ExpiryNotice &notice,
                         std::function<void(bool shown)> shown)
{
    const bool urgent = notice.remaining <= std::chrono::hours(24);
    const QString text = notice.text;
    tray.notify(QCoreApplication::translate("td::Application", "TokenDesk"), notice.text,
                urgent ? TrayController::Severity::Critical : TrayController::Severity::Warning,
                notice.tokenKey, [text, shown = std::move(shown)](bool ok) {
                    qCInfo(lcApp) << (ok ? "expiry notice shown:" : "expiry notice not shown yet:")
                                  << text;
                    if (shown)
                        shown(ok);
                });
}

void presentStagedNotice(TrayController &tray, const StagedRelease &release,
                         std::function<void(bool shown)> shown)
{
    const QString text = QCoreApplication::translate("td::Application",
                                                     "%1 %2 is staged and waits for your approval")
                             .arg(release.packageName, release.version);
    tray.notifyStaged(QCoreApplication::translate("td::Application", "TokenDesk"), text, release.id,
                      [text, shown = std::move(shown)](bool ok) {
                          qCInfo(lcApp)
                              << (ok ? "staged notice shown:" : "staged notice not shown yet:")
                              << text;
                          if (shown)
                              shown(ok);
                      });
}

} // namespace td
