// SPDX-License-Identifier: GPL-3.0-or-later
// What RegistryClient's files share (internal to core/registry): request<T>() and its helpers.
#pragma once

#include "core/registry/RegistryClient.h"

#include <QPointer>

#include <memory>

namespace td {

namespace detail {
// Runs `done` only while `context` lives (no context: always).
template<class T>
RegistryClient::Callback<T> guarded(QObject *context, RegistryClient::Callback<T> done)
{
    if (!context)
        return done;
    return [guard = QPointer<QObject>(context), done = std::move(done)](Result<T> result) {
        if (guard)
            done(std::move(result));
    };
}

inline std::shared_ptr<const SecretBuffer> shared(SecretBuffer secret)
{
    return std::make_shared<const SecretBuffer>(std::move(secret));
}

inline std::shared_ptr<const SecretBuffer> jsonBody(const QByteArray &json)
{
    return shared(SecretBuffer(QByteArrayView(json)));
}

// The answer's body as it came: the parse step of the calls that hand back raw bytes.
inline Result<QByteArray> rawBody(const HttpResponse &response)
{
    return response.body;
}
} // namespace detail

template<class T>
void RegistryClient::request(Call call, QObject *context,
                             std::function<Result<T>(const HttpResponse &)> parse, Callback<T> done)
{
    bindContext(call, context);
    done = detail::guarded<T>(context, std::move(done));
    execute(std::move(call), [parse = std::move(parse), done](Result<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        done(parse(answer.value()));
    });
}

} // namespace td
