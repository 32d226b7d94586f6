// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchJudge.h"

#include "core/provenance/PublishPathWords.h"
#include "core/watch/LateBursts.h"
#include "core/watch/PackumentChanges.h"
#include "core/watch/ReleaseSignals.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace td::watch {

using provenance::VersionReport;

struct WatchJudge::Job
{
    JudgeRequest request;
    QList<WatchEvent> events;
    bool baseline = false;
    qsizetype index = 0;
    QList<WatchRelease> releases;
    Done done;
};

QList<WatchEvent> baselineEvents(const QJsonObject &packument, int count)
{
    const QJsonObject times = packument.value(QLatin1String("time")).toObject();
    const QJsonObject versions = packument.value(QLatin1String("versions")).toObject();
    QList<WatchEvent> events;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
        WatchEvent event;
        event.package = packument.value(QLatin1String("name")).toString();
        event.version = it.key();
        event.actor = it.value()
                          .toObject()
                          .value(QLatin1String("_npmUser"))
                          .toObject()
                          .value(QLatin1String("name"))
                          .toString();
        event.at
            = QDateTime::fromString(times.value(it.key()).toString(), Qt::ISODateWithMs).toUTC();
        events.append(event);
    }
    std::sort(events.begin(), events.end(),
              [](const WatchEvent &a, const WatchEvent &b) { return a.at < b.at; });
    return events.mid(std::max<qsizetype>(0, events.size() - count));
}

WatchJudge::WatchJudge(RegistryClient *client, BurstDetector &bursts,
                       provenance::ProvenanceChecks checks, QObject *parent)
    : QObject(parent), m_bursts(bursts), m_verifier(client, std::move(checks))
{ }

void WatchJudge::judge(const JudgeRequest &request, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->done = std::move(done);
    job->baseline = request.before.isEmpty();
    job->events = job->baseline ? baselineEvents(request.after, kBaselineShown)
                                : detectChanges(request.before, request.after);
    for (WatchEvent &event : job->events) {
        event.registry = request.registry.adjusted(QUrl::StripTrailingSlash).toString();
        event.account = request.account;
    }
    next(job);
}

void WatchJudge::next(const std::shared_ptr<Job> &job)
{
    if (job->index >= job->events.size())
        return job->done(job->releases);
    const JudgeRequest &request = job->request;
    VerdictInput input;
    input.event = job->events.at(job->index);
    input.baseline = job->baseline;
    const WatchEvent &event = input.event;

    if (event.kind == WatchEvent::Kind::TagMoved)
        input.content = tagMoveSignals(event);
    if (event.kind != WatchEvent::Kind::NewVersion)
        return finishEvent(job, std::move(input), std::nullopt);

    input.content = releaseSignals(request.after, event.version);
    if (!job->baseline && !request.marks.isExcluded(event.package))
        input.burst = m_bursts.record(burstAccountKey(request.registry, request.account),
                                      event.package, event.at);
    provenance::VerifyRequest verify;
    verify.package = event.package;
    verify.version = event.version;
    verify.trustConfigs = request.trustConfigs;
    verify.trustRootJson = request.trustRootJson;
    // The poller read this full packument just now: no second fetch for the verification.
    const QByteArray packument = request.after.isEmpty()
        ? QByteArray()
        : QJsonDocument(request.after).toJson(QJsonDocument::Compact);
    m_verifier.verifyPackument(verify, packument,
                               [this, job, input](Result<QList<VersionReport>> reports) mutable {
                                   if (!reports) {
                                       input.provenanceError = reports.error().message;
                                       return finishEvent(job, std::move(input), std::nullopt);
                                   }
                                   std::optional<VersionReport> report;
                                   if (!reports.value().isEmpty())
                                       report = reports.value().constFirst();
                                   input.provenance = report;
                                   finishEvent(job, std::move(input), report);
                               });
}

void WatchJudge::finishEvent(const std::shared_ptr<Job> &job, VerdictInput input,
                             const std::optional<VersionReport> &report)
{
    WatchRelease release
        = releaseOf(job->request.registry, input, WatchVerdict::judge(input, job->request.marks),
                    job->request.seenAt);
    if (report) {
        release.publishPath
            = provenance::publishPathInWords(report->release, report->verdict.level);
        release.publisher = report->release.identity;
    }
    job->releases.append(release);
    ++job->index;
    next(job);
}

QList<WatchRelease> WatchJudge::judgeStaged(const QUrl &registry, const QList<WatchEvent> &events,
                                            const WatchMarks &marks, const QDateTime &seenAt)
{
    QList<WatchRelease> releases;
    for (const WatchEvent &event : events) {
        VerdictInput input;
        input.event = event;
        input.event.registry = registry.adjusted(QUrl::StripTrailingSlash).toString();
        releases.append(releaseOf(registry, input, WatchVerdict::judge(input, marks), seenAt));
    }
    return releases;
}

WatchRelease releaseOf(const QUrl &registry, const VerdictInput &input, const WatchVerdict &verdict,
                       const QDateTime &seenAt)
{
    const WatchEvent &event = input.event;
    WatchRelease release;
    release.registry = registry;
    release.account = event.account;
    release.kind = event.kind;
    release.package = event.package;
    release.version = event.version;
    release.tag = event.tag;
    release.fromVersion = event.fromVersion;
    release.actor = event.actor;
    release.at = event.at;
    release.seenAt = seenAt;
    release.level = verdict.level;
    release.reasons = verdict.reasons;
    release.codes = verdict.codes;
    release.note = verdict.note;
    release.baseline = input.baseline;
    return release;
}

} // namespace td::watch
