// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/PackumentPoller.h"

#include "core/registry/DelayTimer.h"
#include "core/registry/PackumentFetch.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"
#include "core/watch/PackumentPollerState.h"

#include <QPointer>

#include <algorithm>

namespace td::watch {

namespace {
QString keyOf(const QUrl &registry, const QString &package)
{
    return registry.adjusted(QUrl::StripTrailingSlash).toString() + u' ' + package;
}

constexpr std::chrono::hours kMaximumInterval{24};
} // namespace

PackumentPoller::PackumentPoller(QNetworkAccessManager *nam, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_clock(clock),
      m_ownTimer(std::make_unique<QtDelayTimer>()),
      m_delay(m_ownTimer.get())
{
    // The poller backs off the whole registry itself: the transport must not sleep through a 429.
    m_options.maxRateLimitRetries = 0;
}

PackumentPoller::~PackumentPoller() = default;

void PackumentPoller::setDelayTimer(DelayTimer *timer)
{
    m_delay = timer ? timer : m_ownTimer.get();
}

void PackumentPoller::setTransportOptions(const TransportOptions &options)
{
    m_options = options;
    m_options.maxRateLimitRetries = 0;
    for (const auto &registry : std::as_const(m_registries)) {
        registry->anonymous->setTransportOptions(m_options);
        if (registry->withToken)
            registry->withToken->setTransportOptions(m_options);
    }
}

void PackumentPoller::setInterval(std::chrono::seconds interval)
{
    const std::chrono::seconds previous = m_interval;
    m_interval = std::clamp<std::chrono::seconds>(interval, kMinimumInterval, kMaximumInterval);
    // Turns still ahead keep their place in the spread, scaled to the new interval.
    const QDateTime now = m_clock.now();
    for (const auto &target : std::as_const(m_targets))
        if (target->due > now)
            target->due
                = now.addMSecs(now.msecsTo(target->due) * m_interval.count() / previous.count());
    Q_EMIT budgetChanged();
    if (m_running)
        scheduleWake();
}

void PackumentPoller::setTargets(const QList<WatchTarget> &targets)
{
    QHash<QString, std::shared_ptr<Target>> next;
    const QDateTime now = m_clock.now();
    const qint64 slot = targets.isEmpty() ? 0 : m_interval.count() * 1000 / targets.size();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString key = keyOf(targets[i].registry, targets[i].package);
        std::shared_ptr<Target> target = m_targets.value(key);
        if (!target) {
            target = std::make_shared<Target>();
            target->key = key;
            // Spread evenly: the i-th package's first turn is i/N of an interval from now.
            target->due = now.addMSecs(slot * i);
        }
        target->target = targets[i];
        next.insert(key, target);
    }
    m_targets = std::move(next);
    Q_EMIT budgetChanged();
    Q_EMIT unwatchedChanged();
    if (m_running)
        scheduleWake();
}

void PackumentPoller::setBaseline(const QUrl &registry, const QString &package,
                                  const QByteArray &etag, const QJsonObject &summary)
{
    if (const auto target = m_targets.value(keyOf(registry, package))) {
        target->etag = etag;
        target->before = summary;
    }
}

void PackumentPoller::start()
{
    m_running = true;
    pollDue();
}

void PackumentPoller::stop()
{
    m_running = false;
    delete m_wakeContext; // cancels the planned wake-up
    m_wakeContext = nullptr;
}

PackumentPoller::Registry &PackumentPoller::registryFor(const QUrl &url)
{
    const QString key = url.adjusted(QUrl::StripTrailingSlash).toString();
    std::shared_ptr<Registry> &registry = m_registries[key];
    if (!registry) {
        registry = std::make_shared<Registry>();
        registry->url = url;
        registry->anonymous = std::make_unique<RegistryClient>(m_nam, url, m_clock);
        registry->anonymous->setTransportOptions(m_options);
    }
    return *registry;
}

void PackumentPoller::pollDue()
{
    if (!m_running)
        return;
    const QDateTime now = m_clock.now();
    QList<std::shared_ptr<Target>> due;
    for (const auto &target : std::as_const(m_targets))
        if (!target->inFlight && target->unwatchedReason.isEmpty() && target->due <= now)
            due << target;
    std::sort(due.begin(), due.end(), [](const auto &a, const auto &b) { return a->due < b->due; });
    for (const auto &target : std::as_const(due)) {
        Registry &registry = registryFor(target->target.registry);
        if (registry.backoffUntil.isValid() && now < registry.backoffUntil)
            continue;
        if (registry.inFlight >= kMaxInFlightPerRegistry)
            continue; // its turn stays due; a finished read makes room
        if (target->needsCredential && !registry.withToken)
            continue; // the keychain has not answered yet: never re-read it anonymously
        send(*target);
    }
    scheduleWake();
}

void PackumentPoller::pollAllNow()
{
    const QDateTime now = m_clock.now();
    for (const auto &target : std::as_const(m_targets))
        if (!target->inFlight)
            target->due = std::min(target->due, now);
    pollDue();
}

void PackumentPoller::send(Target &target)
{
    // The next turn is one interval after this one, keeping the spread (a long sleep skips
    // missed turns rather than catching up with a burst).
    const QDateTime now = m_clock.now();
    while (target.due <= now)
        target.due = target.due.addSecs(m_interval.count());
    target.inFlight = true;
    ++registryFor(target.target.registry).inFlight;

    PackumentFetch fetch;
    fetch.package = target.target.package;
    fetch.etag = target.etag;
    fetch.withCredential = target.needsCredential;
    clientFor(target)->fetchPackument(
        fetch, this, [this, key = target.key](Result<PackumentFetchAnswer> answer) {
            onAbbreviated(key, std::move(answer));
        });
}

RegistryClient *PackumentPoller::clientFor(Target &target)
{
    Registry &registry = registryFor(target.target.registry);
    return target.needsCredential && registry.withToken ? registry.withToken.get()
                                                        : registry.anonymous.get();
}

QDateTime PackumentPoller::nextPoll(const QUrl &registry, const QString &package) const
{
    const auto target = m_targets.value(keyOf(registry, package));
    return target && target->unwatchedReason.isEmpty() ? target->due : QDateTime();
}

void PackumentPoller::scheduleWake()
{
    if (!m_running)
        return;
    QDateTime earliest;
    for (const auto &target : std::as_const(m_targets)) {
        if (target->inFlight || !target->unwatchedReason.isEmpty())
            continue;
        QDateTime when = target->due;
        const auto registry = m_registries.value(
            target->target.registry.adjusted(QUrl::StripTrailingSlash).toString());
        if (registry && registry->backoffUntil.isValid())
            when = std::max(when, registry->backoffUntil);
        if (!earliest.isValid() || when < earliest)
            earliest = when;
    }
    delete m_wakeContext; // one planned wake-up at a time
    m_wakeContext = nullptr;
    if (!earliest.isValid())
        return;
    // At most one wake-up a minute: turns within that minute are read together.
    const qint64 wait = std::max<qint64>(m_clock.now().msecsTo(earliest),
                                         std::chrono::milliseconds(kMinimumWakeGap).count());
    m_wakeContext = new QObject(this);
    m_delay->start(std::chrono::milliseconds(wait), m_wakeContext, [this] { pollDue(); });
}

} // namespace td::watch
