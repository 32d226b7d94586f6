// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/HttpExchange.h"
#include "core/registry/PackumentFetch.h"
#include "core/util/Error.h"
#include "core/util/Result.h"
#include "core/watch/WatchTargets.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace td {
class Clock;
class DelayTimer;
class RegistryClient;
} // namespace td

namespace td::watch {

class ReadTokenSource;

// What the watch costs, for Settings: what went out in the last hour and what the schedule
// plans per hour.
struct WatchBudget
{
    int packages = 0;               // watched now (unwatched ones aside)
    int requestsLastHour = 0;       // every HTTP request, full packuments and retries included
    qint64 bytesLastHour = 0;       // headers and bodies received
    int plannedRequestsPerHour = 0; // one per package per interval, nothing changing
    QDateTime backingOffUntil;      // a registry asked to wait (429); invalid when none does
};

// A package the watch cannot read, and why (translated).
struct UnwatchedPackage
{
    QUrl registry;
    QString package;
    QString reason;
};

// Polls the packuments of the watched packages (publish-watch.md §2, issue 22): at most one
// request per package per interval (default 10 minutes, never below 5, the registry's own cache
// time), the packages' turns spread evenly over the interval, each a conditional read of the
// abbreviated packument (If-None-Match) and the full packument only when that changed. A 429
// makes the whole registry wait for its Retry-After. Public packuments are read without any
// credential, so the watch outlives the 2-hour session; a package the registry hides from an
// anonymous read is read with a read-capable token (ReadTokenSource) or listed as unwatched.
// Never asks for a second factor.
//
// Time comes from the injected Clock; wake-ups from the injected DelayTimer, at most one a
// minute (several packages whose turns fall within a minute are read together). pollDue() is
// what a wake-up runs, public so a test with a fake clock can drive it.
class PackumentPoller : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes kDefaultInterval{10};
    static constexpr std::chrono::minutes kMinimumInterval{5};
    static constexpr std::chrono::seconds kMinimumWakeGap{60};
    static constexpr int kMaxInFlightPerRegistry = 4;

    PackumentPoller(QNetworkAccessManager *nam, const Clock &clock, QObject *parent = nullptr);
    ~PackumentPoller() override;

    void setDelayTimer(DelayTimer *timer);                             // not owned; null = a QTimer
    void setReadTokens(ReadTokenSource *tokens) { m_tokens = tokens; } // not owned; may be null
    void setTransportOptions(const TransportOptions &options);

    // Clamped to [kMinimumInterval, 24 h]. Takes effect from each package's next turn.
    void setInterval(std::chrono::seconds interval);
    std::chrono::seconds interval() const { return m_interval; }

    // What to watch. Packages already watched keep their turn and what is known of them; new
    // ones get turns spread over one interval from now.
    void setTargets(const QList<WatchTarget> &targets);
    // What was known before a restart (WatchMemory): the abbreviated packument's ETag and the
    // summary of the full one, the `before` of the next change.
    void setBaseline(const QUrl &registry, const QString &package, const QByteArray &etag,
                     const QJsonObject &summary);

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Reads every package whose turn has come (and may, no registry backing off).
    void pollDue();
    // One pass now (`tokendesk-cli watch --once`): every watched package's turn comes at once
    // (still at most kMaxInFlightPerRegistry reads at a time, 429 back-off honoured).
    void pollAllNow();

    // No read on the way (all turns served or waiting for their time), and no read token being
    // fetched for a private package that answered 404: its read with the token is still to come.
    bool isIdle() const;
    WatchBudget budget() const;
    QList<UnwatchedPackage> unwatched() const;
    // When the package's next read is planned; invalid if it is not watched.
    QDateTime nextPoll(const QUrl &registry, const QString &package) const;

Q_SIGNALS:
    // The abbreviated packument changed (or was read for the first time: `before` empty) and the
    // full one was read. `before` is the summary known so far (packumentSummary).
    void packumentChanged(const QUrl &registry, const QString &package, const QJsonObject &before,
                          const QJsonObject &after, const QByteArray &etag);
    // A read failed for a reason other than rate limiting or access (the package stays watched).
    void pollFailed(const QUrl &registry, const QString &package, const td::Error &error);
    void budgetChanged();
    void unwatchedChanged();

private:
    struct Target;
    struct Registry;
    Registry &registryFor(const QUrl &url);
    void send(Target &target);
    void onAbbreviated(const QString &key, Result<PackumentFetchAnswer> answer);
    void onFull(const QString &key, Result<PackumentFetchAnswer> answer);
    void finished(Target &target);
    bool handledAsAccessProblem(Target &target, const Error &error);
    bool handledAsRateLimit(Target &target, const Error &error);
    void count(int requests, qint64 bytes);
    void scheduleWake();
    RegistryClient *clientFor(Target &target);

    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    std::unique_ptr<DelayTimer> m_ownTimer;
    DelayTimer *m_delay;
    ReadTokenSource *m_tokens = nullptr;
    int m_tokenReads = 0; // read tokens asked for and not answered yet
    TransportOptions m_options;
    std::chrono::seconds m_interval{kDefaultInterval};
    QHash<QString, std::shared_ptr<Target>> m_targets; // by "registry package"
    QHash<QString, std::shared_ptr<Registry>> m_registries;
    QList<QPair<QDateTime, qint64>> m_sent; // per request: when, bytes (the last hour)
    bool m_running = false;
    QObject *m_wakeContext = nullptr; // replaced to cancel a planned wake-up
};

// The parts of a full packument the next comparison needs (name, dist-tags, maintainers, time,
// versions with their deprecation and publisher): small enough to remember between runs.
QJsonObject packumentSummary(const QJsonObject &full);

} // namespace td::watch
