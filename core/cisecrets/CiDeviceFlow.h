// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace td {

class CiHttp;

// Where a service runs the OAuth device flow (RFC 8628) and for which app. GitHub:
// <web>/login/device/code and <web>/login/oauth/access_token; GitLab: <web>/oauth/authorize_device
// and <web>/oauth/token. There is no client secret.
struct CiDeviceEndpoints
{
    QUrl codeUrl;  // POST {client_id, scope} -> device_code, user_code, verification_uri, …
    QUrl tokenUrl; // POST {client_id, device_code, grant_type} -> access_token or an error
    QString clientId;
    QString scope; // GitHub "repo" ("repo admin:org" for organization secrets); GitLab "api"
};

// What to show the user while the flow waits for them.
struct CiDeviceCode
{
    QString userCode;     // "ABCD-1234"
    QUrl verificationUri; // the page where they enter it
    std::chrono::seconds interval{5};
    std::chrono::seconds expiresIn{900};
};

// The service's web address for an API base: the base minus a trailing "/api/v4", "/api/v3" or
// "/api"; "https://api.github.com" is "https://github.com".
QUrl ciWebBase(const QUrl &apiBase);

// This build's GitHub OAuth app (the TD_GITHUB_OAUTH_CLIENT_ID CMake setting); empty when none.
QString gitHubOAuthClientId();

// GitHub's device endpoints for `apiBase`; an Unsupported error naming --from-gh and --with-token
// when `clientId` is empty (a build without a GitHub OAuth app).
Result<CiDeviceEndpoints> gitHubDeviceEndpoints(const QUrl &apiBase,
                                                const QString &scope = QStringLiteral("repo"),
                                                const QString &clientId = gitHubOAuthClientId());

// One device-flow sign-in: asks for a code, hands it to the caller to show, then polls at the
// service's interval (slow_down adds 5 s) until the user approves or denies it or it expires.
// Waits go through the injected DelayTimer and expiry through the injected Clock, so tests run
// fast. The access token exists only in a SecretBuffer.
class CiDeviceFlow final : public QObject
{
    Q_OBJECT
public:
    CiDeviceFlow(CiProvider provider, CiDeviceEndpoints endpoints, const CiClientServices &services,
                 QObject *parent = nullptr);
    ~CiDeviceFlow() override;

    // `codeReady` once the service gave a code; `done` exactly once with the access token or an
    // error (authorization denied: Cancelled; expired: Timeout; device flow disabled or the app
    // unknown: Unsupported), unless this object is destroyed first.
    void start(std::function<void(const CiDeviceCode &)> codeReady,
               std::function<void(Result<SecretBuffer>)> done);
    // Stops polling; `done` gets ErrorCode::Cancelled.
    void cancel();

private:
    void schedulePoll();
    void poll();
    void finish(Result<SecretBuffer> result);
    Error protocolError(const QString &error, const QString &description) const;

    CiProvider m_provider;
    CiDeviceEndpoints m_endpoints;
    std::unique_ptr<CiHttp> m_http;
    std::shared_ptr<const SecretBuffer> m_deviceCode;
    std::chrono::seconds m_interval{5};
    QDateTime m_expiresAt;
    std::function<void(Result<SecretBuffer>)> m_done;
    bool m_finished = false;
};

} // namespace td
