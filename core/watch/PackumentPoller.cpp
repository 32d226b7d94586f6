// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/PackumentPoller.h"

#include "core/registry/DelayTimer.h"
#include "core/registry/PackumentFetch.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"
#include "core/watch/ReadTokenSource.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

namespace td::watch {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::PackumentPoller)
};

QString keyOf(const QUrl &registry, const QString &package)
{
    return registry.adjusted(QUrl::StripTrailingSlash).toString() + u' ' + package;
}

constexpr std::chrono::seconds kDefaultBackoff{60}; // a 429 without a readable Retry-After
constexpr std::chrono::hours kMaximumInterval{24};
} // namespace

struct PackumentPoller::Target
{
    WatchTarget target;
    QString key;
    QDateTime due;
    QByteArray etag;    // of the abbreviated packument last read
    QJsonObject before; // summary of the full packument last read
    bool inFlight = false;
    bool needsCredential = false; // the registry hid it from an anonymous read
    QString unwatchedReason;      // non-empty: not polled
    QByteArray pendingEtag;       // the changed abbreviated ETag, kept until the full read lands
};

struct PackumentPoller::Registry
{
    QUrl url;
    std::unique_ptr<RegistryClient> anonymous;
    std::unique_ptr<RegistryClient> withToken; // a read-capable token, once one was needed
    int inFlight = 0;
    QDateTime backoffUntil;
};

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

void PackumentPoller::onAbbreviated(const QString &key, Result<PackumentFetchAnswer> answer)
{
    const std::shared_ptr<Target> target = m_targets.value(key);
    if (answer)
        count(answer.value().requests, answer.value().bytes);
    else if (answer.error().httpStatus > 0)
        count(1, 0);
    if (!target)
        return; // no longer watched
    if (!answer) {
        if (!handledAsRateLimit(*target, answer.error())
            && !handledAsAccessProblem(*target, answer.error()))
            Q_EMIT pollFailed(target->target.registry, target->target.package, answer.error());
        return finished(*target);
    }
    if (answer.value().notModified)
        return finished(*target);
    // Changed (or first read): the full packument says who published what.
    target->pendingEtag = answer.value().etag;
    PackumentFetch fetch;
    fetch.package = target->target.package;
    fetch.form = PackumentFetch::Form::Full;
    fetch.withCredential = target->needsCredential;
    clientFor(*target)->fetchPackument(fetch, this, [this, key](Result<PackumentFetchAnswer> full) {
        onFull(key, std::move(full));
    });
}

void PackumentPoller::onFull(const QString &key, Result<PackumentFetchAnswer> answer)
{
    const std::shared_ptr<Target> target = m_targets.value(key);
    if (answer)
        count(answer.value().requests, answer.value().bytes);
    if (!target)
        return;
    if (!answer) {
        if (!handledAsRateLimit(*target, answer.error()))
            Q_EMIT pollFailed(target->target.registry, target->target.package, answer.error());
        return finished(*target); // the abbreviated ETag is not kept: the next turn asks again
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.value().body, &parseError);
    if (!document.isObject()) {
        Q_EMIT pollFailed(target->target.registry, target->target.package,
                          makeError(ErrorCode::MalformedResponse,
                                    Tr::tr("The registry's packument of %1 is not valid JSON.")
                                        .arg(target->target.package),
                                    Tr::tr("The watch tries again at the package's next turn.")));
        return finished(*target);
    }
    const QJsonObject before = target->before;
    target->before = packumentSummary(document.object());
    target->etag = target->pendingEtag;
    finished(*target);
    Q_EMIT packumentChanged(target->target.registry, target->target.package, before,
                            document.object(), target->etag);
}

bool PackumentPoller::handledAsRateLimit(Target &target, const Error &error)
{
    if (error.code != ErrorCode::E429)
        return false;
    Registry &registry = registryFor(target.target.registry);
    const std::chrono::seconds wait = error.retryAfterSeconds >= 0
        ? std::chrono::seconds(error.retryAfterSeconds)
        : kDefaultBackoff;
    registry.backoffUntil = std::max(registry.backoffUntil, m_clock.now().addSecs(wait.count()));
    target.due = registry.backoffUntil; // this turn was not served: retried after the wait
    Q_EMIT budgetChanged();
    return true;
}

bool PackumentPoller::handledAsAccessProblem(Target &target, const Error &error)
{
    // npmjs answers 404 to an anonymous read of a private package; others 401/403.
    const bool hidden = error.code == ErrorCode::E404 || error.code == ErrorCode::E401
        || error.code == ErrorCode::E403;
    if (!hidden)
        return false;
    Registry &registry = registryFor(target.target.registry);
    if (target.needsCredential || !m_tokens) {
        target.unwatchedReason = target.needsCredential
            ? Tr::tr("The registry refuses to show %1 even with your read token.")
                  .arg(target.target.package)
            : Tr::tr("%1 is not public; watching it needs a read token in the keychain.")
                  .arg(target.target.package);
        Q_EMIT unwatchedChanged();
        Q_EMIT budgetChanged();
        return true;
    }
    target.needsCredential = true;
    target.due = m_clock.now(); // read again at once, with the token
    if (registry.withToken)
        return true;
    const QString key = target.key;
    m_tokens->readToken(registry.url, target.target.writers, this,
                        [this, key, url = registry.url](std::optional<SecretBuffer> token) {
                            const auto waiting = m_targets.value(key);
                            Registry &reader = registryFor(url);
                            if (token && !reader.withToken) {
                                reader.withToken
                                    = std::make_unique<RegistryClient>(m_nam, url, m_clock);
                                reader.withToken->setTransportOptions(m_options);
                                reader.withToken->setAuthToken(
                                    std::move(*token), RegistryClient::Credential::AccessToken);
                            }
                            if (waiting && !reader.withToken) {
                                waiting->unwatchedReason
                                    = Tr::tr("%1 is not public; watching it needs a read token "
                                             "in the keychain.")
                                          .arg(waiting->target.package);
                                Q_EMIT unwatchedChanged();
                                Q_EMIT budgetChanged();
                            }
                            pollDue();
                        });
    return true;
}

void PackumentPoller::finished(Target &target)
{
    target.inFlight = false;
    --registryFor(target.target.registry).inFlight;
    pollDue(); // a slot is free: a package waiting for one may go
}

void PackumentPoller::count(int requests, qint64 bytes)
{
    const QDateTime now = m_clock.now();
    for (int i = 0; i < requests; ++i)
        m_sent.append({now, i == 0 ? bytes : 0});
    const QDateTime hourAgo = now.addSecs(-3600);
    m_sent.removeIf([&hourAgo](const auto &sent) { return sent.first <= hourAgo; });
    Q_EMIT budgetChanged();
}

bool PackumentPoller::isIdle() const
{
    return std::none_of(m_targets.cbegin(), m_targets.cend(),
                        [](const auto &target) { return target->inFlight; });
}

WatchBudget PackumentPoller::budget() const
{
    WatchBudget budget;
    const QDateTime now = m_clock.now();
    const QDateTime hourAgo = now.addSecs(-3600);
    for (const auto &[when, bytes] : m_sent)
        if (when > hourAgo) {
            ++budget.requestsLastHour;
            budget.bytesLastHour += bytes;
        }
    for (const auto &target : m_targets)
        if (target->unwatchedReason.isEmpty())
            ++budget.packages;
    budget.plannedRequestsPerHour = int(budget.packages * 3600 / m_interval.count());
    for (const auto &registry : m_registries)
        if (registry->backoffUntil.isValid() && registry->backoffUntil > now)
            budget.backingOffUntil = std::max(budget.backingOffUntil, registry->backoffUntil);
    return budget;
}

QList<UnwatchedPackage> PackumentPoller::unwatched() const
{
    QList<UnwatchedPackage> list;
    for (const auto &target : m_targets)
        if (!target->unwatchedReason.isEmpty())
            list.append({target->target.registry, target->target.package, target->unwatchedReason});
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.package < b.package; });
    return list;
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

QJsonObject packumentSummary(const QJsonObject &full)
{
    QJsonObject summary;
    for (const char *field : {"name", "dist-tags", "maintainers", "time", "modified"})
        if (full.contains(QLatin1String(field)))
            summary.insert(QLatin1String(field), full.value(QLatin1String(field)));
    QJsonObject versions;
    const QJsonObject all = full.value(QLatin1String("versions")).toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonObject manifest = it.value().toObject();
        QJsonObject kept;
        for (const char *field : {"name", "version", "deprecated", "_npmUser"})
            if (manifest.contains(QLatin1String(field)))
                kept.insert(QLatin1String(field), manifest.value(QLatin1String(field)));
        versions.insert(it.key(), kept);
    }
    summary.insert(QLatin1String("versions"), versions);
    return summary;
}

} // namespace td::watch
