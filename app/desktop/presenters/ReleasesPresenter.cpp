// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/ReleasesPresenter.h"

#include "core/util/Clock.h"
#include "core/util/Logging.h"
#include "core/watch/WatchReleaseModel.h"
#include "core/watch/WatchService.h"
#include "desktop/releases/ReleasesView.h"
#include "desktop/tray/TrayController.h"

#include <QDir>
#include <QEvent>
#include <QLocale>
#include <QPointer>

#include <utility>

namespace td {

using watch::WatchRelease;
using watch::WatchService;

ReleasesPresenter::ReleasesPresenter(WatchService &service, ReleasesView &view,
                                     TrayController &tray, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_view(view),
      m_tray(tray),
      m_clock(clock),
      m_model(new watch::WatchReleaseModel(this))
{
    m_view.setModel(m_model);
    m_view.installEventFilter(this); // shown: the rows that changed while hidden
    connect(&m_service, &WatchService::releasesChanged, this, &ReleasesPresenter::refresh);
    connect(&m_service, &WatchService::problemsChanged, this, &ReleasesPresenter::refresh);
    connect(&m_service, &WatchService::targetsChanged, this, &ReleasesPresenter::refresh);
    connect(&m_service, &WatchService::alarmRaised, this, &ReleasesPresenter::notifyAlarm);
    connect(&m_tray, &TrayController::deliveryPossible, this, &ReleasesPresenter::retryUnsent);
    connect(&m_view, &ReleasesView::itWasMeRequested, this, &ReleasesPresenter::itWasMe);
    connect(&m_view, &ReleasesView::respondRequested, this, &ReleasesPresenter::respondRequested);
    connect(&m_view, &ReleasesView::expectManualPublishRequested, this,
            &ReleasesPresenter::expectManualPublish);
    connect(&m_view, &ReleasesView::excludeRequested, this, &ReleasesPresenter::setExcluded);
    refresh();
}

watch::WatchServiceSettings ReleasesPresenter::settingsFor(const QString &dataDir)
{
    watch::WatchServiceSettings settings;
    if (!dataDir.isEmpty()) {
        const QDir dir(dataDir);
        settings.memoryPath = dir.filePath(QStringLiteral("publish-watch.json"));
        settings.releasesPath = dir.filePath(QStringLiteral("publish-watch-releases.json"));
        settings.trustConfigPath = dir.filePath(QStringLiteral("trust-configs.json"));
    }
    return settings;
}

void ReleasesPresenter::announceOpenAlarms()
{
    refresh();
    const QList<WatchRelease> open = m_service.openAlarms();
    for (const WatchRelease &release : open)
        notifyAlarm(release);
}

bool ReleasesPresenter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_view && event->type() == QEvent::Show && m_rowsStale) {
        m_rowsStale = false;
        m_model->setReleases(m_service.releases());
    }
    return QObject::eventFilter(watched, event);
}

void ReleasesPresenter::refresh()
{
    const QList<WatchRelease> releases = m_service.releases();
    QSet<QString> excluded;
    for (const WatchRelease &release : releases)
        if (m_service.isExcluded(release.registry, release.package))
            excluded.insert(release.package);
    m_view.setExcludedPackages(excluded);
    // A reset relayouts the table on a timer even while hidden: in the tray, with the watch
    // judging packages, that is a wake-up each time (issue 18's rule). The rows wait for a show.
    m_rowsStale = !m_view.isVisible();
    if (!m_rowsStale)
        m_model->setReleases(releases);
    const QList<WatchRelease> open = m_service.openAlarms();
    m_tray.setWatchAlarm(!open.isEmpty());

    QStringList lines;
    if (!open.isEmpty())
        lines << tr("%n open alarm(s): answer with \"It was me\" or \"Respond\".", nullptr,
                    int(open.size()));
    if (m_service.targetCount() > 0)
        lines << tr("Watching %n package(s).", nullptr, m_service.targetCount());
    const QList<watch::UnwatchedPackage> unwatched = m_service.unwatched();
    if (!unwatched.isEmpty())
        lines << tr("%n private package(s) go unwatched: store a read token for them.", nullptr,
                    int(unwatched.size()));
    const QStringList problems = m_service.problems();
    lines += problems;
    m_view.setStatus(lines.join(QLatin1Char('\n')));
}

void ReleasesPresenter::notifyAlarm(const WatchRelease &release)
{
    const QString title = tr("Publish alarm: %1 %2").arg(release.package, release.version);
    // The first reason leads (the sentence); every other one follows on a line of its
    // own, so the alarm names all the verdict found (a token publish and a new postinstall).
    const QString body = release.reasons.join(QLatin1Char('\n'));
    const QString key = release.key();
    QPointer<ReleasesPresenter> self(this);
    m_tray.notify(
        title, body, TrayController::Severity::Critical, {}, [self, key, title](bool shown) {
            qCInfo(lcApp) << (shown ? "publish alarm shown:" : "publish alarm not shown yet:")
                          << title;
            if (!self)
                return;
            if (shown)
                self->m_unsent.remove(key);
            else
                self->m_unsent.insert(key);
        });
    refresh();
    m_view.selectRelease(key); // the alarm's reasons in the details, its buttons at hand
}

void ReleasesPresenter::retryUnsent()
{
    const QSet<QString> unsent = std::exchange(m_unsent, {});
    const QList<WatchRelease> open = m_service.openAlarms();
    for (const WatchRelease &release : open)
        if (unsent.contains(release.key()))
            notifyAlarm(release);
}

void ReleasesPresenter::itWasMe(const WatchRelease &shown)
{
    // A copy: the reference points into the view's model, which the service's answer refills.
    const WatchRelease release = shown;
    const Result<void> done
        = m_service.acknowledge(release.registry, release.package, release.version, true);
    if (!done) {
        m_view.showError(done.error().oneLine());
        return;
    }
    m_unsent.remove(release.key());
    refresh();
}

void ReleasesPresenter::expectManualPublish(const WatchRelease &shown)
{
    // A copy: the reference points into the view's model, which the service's answer refills.
    const WatchRelease release = shown;
    const QDateTime until = m_clock.now().addSecs(3600);
    const Result<void> done
        = m_service.expectManualPublish(release.registry, release.package, until);
    if (!done)
        return m_view.showError(done.error().oneLine());
    m_view.showError(
        tr("A publish of %1 until %2 is expected: it raises no alarm.")
            .arg(release.package,
                 QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
}

void ReleasesPresenter::setExcluded(const WatchRelease &shown, bool excluded)
{
    // A copy: the reference points into the view's model, which the service's answer refills.
    const WatchRelease release = shown;
    const Result<void> done = m_service.setExcluded(release.registry, release.package, excluded);
    if (!done)
        return m_view.showError(done.error().oneLine());
    refresh();
}

} // namespace td
