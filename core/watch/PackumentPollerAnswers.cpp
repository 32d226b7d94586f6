// SPDX-License-Identifier: GPL-3.0-or-later
// PackumentPoller's answers: the full read after a change, 429 back-off, private packages.
#include "core/watch/PackumentPoller.h"

#include "core/registry/PackumentFetch.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"
#include "core/watch/PackumentPollerState.h"
#include "core/watch/ReadTokenSource.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace td::watch {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::PackumentPoller)
};

constexpr std::chrono::seconds kDefaultBackoff{60}; // a 429 without a readable Retry-After
} // namespace

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
    ++m_tokenReads; // a pass is not over before the package is read again with the token
    m_tokens->readToken(registry.url, target.target.writers, this,
                        [this, key, url = registry.url](std::optional<SecretBuffer> token) {
                            --m_tokenReads;
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

} // namespace td::watch
