// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/VersionVerifier.h"
#include "core/trust/TrustedPublisher.h"
#include "core/watch/BurstDetector.h"
#include "core/watch/WatchMarks.h"
#include "core/watch/WatchRelease.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace td {
class RegistryClient;
} // namespace td

namespace td::watch {

// One changed packument, with what the judgement needs besides it.
struct JudgeRequest
{
    QUrl registry;
    QString account; // the watching account's id: bursts are counted per account
    QString package;
    QJsonObject before; // packumentSummary() known so far; empty: first sight (the baseline)
    QJsonObject after;  // the full packument just read
    WatchMarks marks;
    QList<TrustedPublisher> trustConfigs; // remembered for the package; empty: none on record
    QByteArray trustRootJson;             // empty: the shipped trust data
    QDateTime seenAt;
};

// The per-change pipeline of the publish watch (publish-watch.md §4): the events of the change
// (detectChanges), and for each new version who published it (provenance's VersionVerifier),
// its content signals against the version before (releaseSignals) and the account's burst
// (BurstDetector); dist-tag moves get their own signals; then WatchVerdict::judge with the
// user's marks. On first sight the latest kBaselineShown versions are shown as the baseline:
// verified, so the view can say who published them, but never alarming.
class WatchJudge : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBaselineShown = 3;
    using Done = std::function<void(QList<WatchRelease>)>;

    // `client` reads the packument and attestations for verification (not owned); `bursts` is
    // shared by every package the service watches (not owned).
    WatchJudge(RegistryClient *client, BurstDetector &bursts,
               provenance::ProvenanceChecks checks = provenance::ProvenanceChecks::real(),
               QObject *parent = nullptr);

    // Answers once, on this thread, with the judged events in the order they happened, unless
    // this object is destroyed first.
    void judge(const JudgeRequest &request, Done done);

    // StagedByNewActor events (stagedByNewActors) judged with the user's marks: nothing to fetch
    // (a staged version has no provenance to verify until it is approved).
    static QList<WatchRelease> judgeStaged(const QUrl &registry, const QList<WatchEvent> &events,
                                           const WatchMarks &marks, const QDateTime &seenAt);

private:
    struct Job;
    void next(const std::shared_ptr<Job> &job);
    void finishEvent(const std::shared_ptr<Job> &job, VerdictInput input,
                     const std::optional<provenance::VersionReport> &report);

    BurstDetector &m_bursts;
    provenance::VersionVerifier m_verifier;
};

// One judged event as the view shows it (no publisher: the caller adds what verification found).
WatchRelease releaseOf(const QUrl &registry, const VerdictInput &input, const WatchVerdict &verdict,
                       const QDateTime &seenAt);

// The latest `count` versions of a full packument by publish time, as NewVersion events (the
// baseline the first run shows).
QList<WatchEvent> baselineEvents(const QJsonObject &packument, int count);

} // namespace td::watch
