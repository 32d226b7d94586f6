// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient's conditional packument read for the publish watch (publish-watch.md §2), kept
// apart from RegistryClient.cpp so the watch's wire rules are in one small file.
#include "core/registry/PackumentFetch.h"

#include "core/registry/RegistryClient.h"
#include "core/registry/UrlPolicy.h"

#include <QPointer>

namespace td {

namespace {
qint64 wireBytes(const HttpResponse &response)
{
    qint64 bytes = response.body.size();
    for (const auto &[name, value] : response.headers)
        bytes += name.size() + value.size() + 4; // ": " and CRLF
    return bytes;
}

// Some proxies answer 304 to a request that asked for nothing conditional: such an answer is
// asked once more, past their cache (pnpm does the same).
bool strayNotModified(const Result<HttpResponse> &answer, const PackumentFetch &fetch)
{
    return answer && answer.value().status == 304 && fetch.etag.isEmpty();
}

Result<PackumentFetchAnswer> interpret(const Result<HttpResponse> &answer,
                                       const PackumentFetch &fetch, int requests,
                                       qint64 earlierBytes)
{
    if (!answer)
        return answer.error();
    const HttpResponse &response = answer.value();
    if (strayNotModified(answer, fetch))
        return makeError(ErrorCode::MalformedResponse,
                         RegistryClient::tr("The registry answered \"not modified\" twice to a "
                                            "plain request for %1.")
                             .arg(fetch.package),
                         RegistryClient::tr("A proxy between you and the registry may be caching "
                                            "wrongly; try again later."));
    PackumentFetchAnswer result;
    result.requests = requests;
    result.bytes = earlierBytes + wireBytes(response);
    result.etag = response.header("etag");
    result.notModified = response.status == 304;
    if (result.notModified && result.etag.isEmpty())
        result.etag = fetch.etag;
    if (!result.notModified)
        result.body = response.body;
    return result;
}
} // namespace

void RegistryClient::fetchPackument(const PackumentFetch &fetch, QObject *context,
                                    Callback<PackumentFetchAnswer> done)
{
    Call call{"GET", endpoint(escapedPackageName(fetch.package)), "view",
              fetch.withCredential ? Auth::IfAvailable : Auth::None};
    if (fetch.form == PackumentFetch::Form::Abbreviated)
        call.headers.append(
            qMakePair(QByteArray("accept"),
                      QByteArray(kAbbreviatedPackumentType) + ", application/json;q=0.8"));
    if (!fetch.etag.isEmpty())
        call.headers.append(qMakePair(QByteArray("if-none-match"), fetch.etag));
    bindContext(call, context);
    if (context)
        done = [guard = QPointer<QObject>(context),
                done = std::move(done)](Result<PackumentFetchAnswer> answer) {
            if (guard)
                done(std::move(answer));
        };

    QPointer<RegistryClient> self(this);
    execute(call, [self, call, fetch, done](Result<HttpResponse> first) {
        if (!strayNotModified(first, fetch) || !self)
            return done(interpret(first, fetch, 1, 0));
        Call again = call;
        again.headers.append(qMakePair(QByteArray("cache-control"), QByteArray("no-cache")));
        const qint64 firstBytes = wireBytes(first.value());
        self->execute(again, [fetch, done, firstBytes](Result<HttpResponse> second) {
            done(interpret(second, fetch, 2, firstBytes));
        });
    });
}

} // namespace td
