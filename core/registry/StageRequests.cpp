// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient's staged-publishing calls (staged-publishing-and-2027.md §2), kept apart from
// RegistryClient.cpp so the stage wire format is in one small file.
#include "core/registry/RegistryClient.h"

#include "core/registry/RegistryClientSupport.h"
#include "core/registry/UrlPolicy.h"
#include "core/registry/json/StageDto.h"

#include <QCoreApplication>
#include <QPointer>

namespace td {

using detail::guarded;
using detail::rawBody;

namespace {
QByteArray stagePath(const QString &stageId)
{
    return "-/stage/" + QUrl::toPercentEncoding(stageId);
}

// The answer parsed, or the error as it came (written when RegistryClient::request's template was
// private to RegistryClient.cpp; it is in RegistryClientSupport.h now).
template<class T, class Parse>
std::function<void(Result<HttpResponse>)> parsed(RegistryClient::Callback<T> done, Parse parse)
{
    return [done = std::move(done), parse = std::move(parse)](Result<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        done(parse(answer.value()));
    };
}

constexpr int kStagePageSize = 100; // npm stage list asks for 100 per page
constexpr int kMaxStagePages = 1000;
} // namespace

struct StageListState
{
    QByteArray filter; // percent-encoded package name, or empty
    QList<StagedRelease> all;
    RegistryClient::Callback<QList<StagedRelease>> done;
};

void RegistryClient::listStaged(const QString &packageFilter, QObject *context,
                                Callback<QList<StagedRelease>> done)
{
    auto state = std::make_shared<StageListState>();
    state->filter = packageFilter.isEmpty() ? QByteArray() : QUrl::toPercentEncoding(packageFilter);
    state->done = guarded<QList<StagedRelease>>(context, std::move(done));
    stagePage(0, state);
}

void RegistryClient::stagePage(int page, std::shared_ptr<StageListState> state)
{
    QByteArray query = "-/stage?page=" + QByteArray::number(page)
        + "&perPage=" + QByteArray::number(kStagePageSize);
    if (!state->filter.isEmpty())
        query += "&package=" + state->filter;
    QPointer<RegistryClient> self(this);
    execute({"GET", endpoint(query), "stage"}, [self, page, state](Result<HttpResponse> answer) {
        if (!self)
            return;
        if (!answer)
            return state->done(answer.error());
        Result<json::StagePage> parsed = json::parseStagePage(answer.value().body);
        if (!parsed)
            return state->done(parsed.error());
        const json::StagePage &current = parsed.value();
        state->all += current.items;
        // npm's rule: stop at `total` or at a short page (there is no urls.next here).
        if (state->all.size() >= current.total || current.items.size() < kStagePageSize)
            return state->done(std::move(state->all));
        if (page + 1 >= kMaxStagePages)
            return state->done(makeError(ErrorCode::MalformedResponse,
                                         tr("The registry's list of staged versions does not "
                                            "end."),
                                         tr("Try again later.")));
        self->stagePage(page + 1, state);
    });
}

void RegistryClient::viewStaged(const QString &stageId, QObject *context,
                                Callback<StagedRelease> done)
{
    execute({"GET", endpoint(stagePath(stageId)), "stage"},
            parsed<StagedRelease>(guarded(context, std::move(done)), [](const HttpResponse &r) {
                return json::parseStagedRelease(r.body);
            }));
}

void RegistryClient::stagedTarball(const QString &stageId, QObject *context,
                                   Callback<QByteArray> done)
{
    execute({"GET", endpoint(stagePath(stageId) + "/tarball"), "stage"},
            parsed<QByteArray>(guarded(context, std::move(done)), rawBody));
}

void RegistryClient::approveStaged(const QString &stageId, QObject *context, Callback<void> done,
                                   TwoFactorPrompt *prompt)
{
    Call call{"POST", endpoint(stagePath(stageId) + "/approve"), "stage"};
    call.prompt = prompt;
    requestVoid(std::move(call), context, std::move(done));
}

void RegistryClient::rejectStaged(const QString &stageId, QObject *context, Callback<void> done,
                                  TwoFactorPrompt *prompt)
{
    Call call{"DELETE", endpoint(stagePath(stageId)), "stage"};
    call.prompt = prompt;
    requestVoid(std::move(call), context, std::move(done));
}

void RegistryClient::lastRelease(const QString &package, const QString &excludeVersion,
                                 QObject *context, Callback<PublishedRelease> done)
{
    execute({"GET", endpoint(escapedPackageName(package)), "stage", Auth::IfAvailable},
            parsed<PublishedRelease>(guarded(context, std::move(done)),
                                     [excludeVersion](const HttpResponse &r) {
                                         return json::parseLastRelease(r.body, excludeVersion);
                                     }));
}

void RegistryClient::releaseTarball(const QUrl &tarballUrl, QObject *context,
                                    Callback<QByteArray> done)
{
    if (const Result<void> allowed = checkRegistryUrl(tarballUrl); !allowed)
        return guarded<QByteArray>(context, std::move(done))(allowed.error());
    execute({"GET", tarballUrl, "stage", Auth::IfAvailable},
            parsed<QByteArray>(guarded(context, std::move(done)), rawBody));
}

} // namespace td
