// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"
#include "core/registry/HttpExchange.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace td {

class Clock;
class DelayTimer;

// One CI API call as a provider client describes it; CiHttp adds the headers.
struct CiRequest
{
    QByteArray method = "GET";
    QUrl url;                                 // CiHttp::endpoint(...)
    std::shared_ptr<const SecretBuffer> body; // JSON, or null for no body
    // Names what a 404 could not find, translated, without an article: "repository acme/widgets"
    // (the message reads "GitHub at https://api.github.com has no repository acme/widgets, …").
    QString subject;
    // What to grant when a 403 carries no permission words of the service's own (GitLab and
    // CircleCI never do; GitHub names it in X-Accepted-GitHub-Permissions), translated:
    // "the Maintainer role on group/proj (token scope api)".
    QString permission;
    // Statuses handed back as answers instead of errors (describe() passes 404).
    QList<int> passStatuses;
    // Replaces the provider's Accept header when set (GitHub's OAuth endpoints want
    // "application/json", its REST API "application/vnd.github+json").
    QByteArray accept;
};

// Sends CI API requests through HttpTransport (core/registry), so its redirect, timeout, size and
// 429 rules hold: a request carrying the credential or a body is never redirected to another
// origin. The credential header goes only to URLs of the API base's origin: GitHub
// "Authorization: Bearer" plus its Accept and X-GitHub-Api-Version headers, GitLab
// "Authorization: Bearer", CircleCI "Circle-Token". Statuses of 400 and above become a td::Error
// in plain words (401 sign in again, 403 what to grant, 404 what was not found, 422, 429, 5xx).
//
// A QObject so that requests in flight die with it: after the owner destroys it no callback runs.
class CiHttp final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<HttpResponse>)>;

    // services.delay / services.clock may be null: CiHttp then uses a QTimer and the system clock.
    CiHttp(CiProvider provider, QUrl apiBase, std::shared_ptr<const SecretBuffer> credential,
           const CiClientServices &services, QObject *parent = nullptr);
    ~CiHttp() override;

    CiProvider provider() const { return m_provider; }
    QUrl apiBase() const { return m_apiBase; }
    const Clock &clock() const { return *m_clock; }
    DelayTimer &delayTimer() const { return *m_delay; }

    // The API base + an already-percent-encoded path ("/repos/acme/widgets/actions/secrets"),
    // optionally with a query. Keeps the base's own path ("/api/v3", "/-/ci/github/api").
    QUrl endpoint(const QByteArray &encodedPath) const;

    // Sends one request; `done` is called exactly once (not at all if this object is destroyed
    // first). Answers below 400 and passStatuses come back as the HttpResponse.
    void send(CiRequest request, Done done);

    // The Error a failed answer maps to (also used by the device flow).
    static Error mapError(CiProvider provider, const HttpResponse &response,
                          const CiRequest &request);

private:
    HttpRequest build(const CiRequest &request) const;

    CiProvider m_provider;
    QUrl m_apiBase;
    std::shared_ptr<const SecretBuffer> m_credential;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<DelayTimer> m_ownDelay;
    std::unique_ptr<Clock> m_ownClock;
    DelayTimer *m_delay;
    const Clock *m_clock;
    TransportOptions m_options;
};

// `fields` as a JSON object with one more string member, `secretField`, holding `secret`: built
// byte by byte into a SecretBuffer so the plaintext never sits in a QString or QJsonDocument (for
// GitLab and CircleCI, whose APIs take the value as it is). Intermediate bytes are wiped.
std::shared_ptr<const SecretBuffer> ciJsonBodyWithSecret(const QJsonObject &fields,
                                                         QByteArrayView secretField,
                                                         const SecretBuffer &secret);

// A plain JSON body (nothing secret in it, e.g. GitHub's sealed value).
std::shared_ptr<const SecretBuffer> ciJsonBody(const QJsonObject &object);

// The "message" of a JSON error answer (GitHub, GitLab, CircleCI all use it), at most 200
// characters; empty when there is none.
QString ciErrorMessage(const QByteArray &body);

// Percent-encodes one path segment ("group/sub proj" -> "group%2Fsub%20proj").
QByteArray ciPathSegment(const QString &segment);

} // namespace td
