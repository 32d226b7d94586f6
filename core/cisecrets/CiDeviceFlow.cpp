// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiDeviceFlow.h"

#include "cisecrets/CiBuildSettings.h"
#include "core/cisecrets/CiHttp.h"
#include "core/registry/DelayTimer.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace td {

namespace {

// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::CiDeviceFlow)
};

const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QString loginCommand(CiProvider provider)
{
    return QStringLiteral("tokendesk-cli ci login %1").arg(ciProviderId(provider));
}

QString otherWays(CiProvider provider)
{
    return provider == CiProvider::GitHub
        ? Tr::tr("Use %1 --from-gh (the GitHub CLI's sign-in) or --with-token (a pasted token).")
              .arg(loginCommand(provider))
        : Tr::tr("Use %1 --with-token (a pasted token).").arg(loginCommand(provider));
}

// The access token straight from the answer's bytes into a SecretBuffer: a JSON parser would
// leave copies in QStrings nobody can wipe. Tokens are plain ASCII without escapes.
std::optional<SecretBuffer> accessTokenIn(const QByteArray &body)
{
    const qsizetype key = body.indexOf("\"access_token\"");
    if (key < 0)
        return std::nullopt;
    qsizetype at = body.indexOf(':', key + 14);
    if (at < 0)
        return std::nullopt;
    ++at;
    while (at < body.size() && (body.at(at) == ' ' || body.at(at) == '\t' || body.at(at) == '\n'))
        ++at;
    if (at >= body.size() || body.at(at) != '"')
        return std::nullopt;
    const qsizetype end = body.indexOf('"', at + 1);
    if (end < 0 || end == at + 1)
        return std::nullopt;
    const QByteArrayView token(body.constData() + at + 1, end - at - 1);
    if (token.contains('\\'))
        return std::nullopt;
    return SecretBuffer(token);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

QUrl ciWebBase(const QUrl &apiBase)
{
    QUrl web = apiBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (web.host().compare(QLatin1String("api.github.com"), Qt::CaseInsensitive) == 0)
        web.setHost(QStringLiteral("github.com"));
    QString path = web.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const char *suffix : {"/api/v4", "/api/v3", "/api"}) {
        if (path.endsWith(QLatin1String(suffix))) {
            path.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    }
    web.setPath(path);
    return web;
}

QString gitHubOAuthClientId()
{
    return QString::fromLatin1(kGitHubOAuthClientId);
}

Result<CiDeviceEndpoints> gitHubDeviceEndpoints(const QUrl &apiBase, const QString &scope,
                                                const QString &clientId)
{
    if (clientId.isEmpty())
        return makeError(
            ErrorCode::Unsupported,
            Tr::tr("This build has no GitHub OAuth app, so it cannot sign in to GitHub "
                   "in the browser."),
            otherWays(CiProvider::GitHub));
    const QString web = ciWebBase(apiBase).toString();
    return CiDeviceEndpoints{QUrl(web + QStringLiteral("/login/device/code")),
                             QUrl(web + QStringLiteral("/login/oauth/access_token")), clientId,
                             scope};
}

CiDeviceFlow::CiDeviceFlow(CiProvider provider, CiDeviceEndpoints endpoints,
                           const CiClientServices &services, QObject *parent)
    : QObject(parent),
      m_provider(provider),
      m_endpoints(std::move(endpoints)),
      // No credential: nothing but the device code and the client id goes to these endpoints.
      m_http(std::make_unique<CiHttp>(provider, m_endpoints.tokenUrl, nullptr, services))
{ }

CiDeviceFlow::~CiDeviceFlow() = default;

void CiDeviceFlow::start(std::function<void(const CiDeviceCode &)> codeReady,
                         std::function<void(Result<SecretBuffer>)> done)
{
    m_done = std::move(done);
    m_finished = false;
    CiRequest request;
    request.method = "POST";
    request.url = m_endpoints.codeUrl;
    request.accept = "application/json";
    request.body = ciJsonBody(QJsonObject{{QStringLiteral("client_id"), m_endpoints.clientId},
                                          {QStringLiteral("scope"), m_endpoints.scope}});
    request.passStatuses = {400, 401, 403};
    m_http->send(request, [this, codeReady](Result<HttpResponse> answer) {
        if (!answer)
            return finish(answer.error());
        const QJsonObject o = QJsonDocument::fromJson(answer.value().body).object();
        if (o.contains(QLatin1String("error")))
            return finish(protocolError(o.value(QLatin1String("error")).toString(),
                                        o.value(QLatin1String("error_description")).toString()));
        if (answer.value().status >= 400)
            return finish(CiHttp::mapError(m_provider, answer.value(), CiRequest{}));
        CiDeviceCode code;
        code.userCode = o.value(QLatin1String("user_code")).toString();
        code.verificationUri = QUrl(o.value(QLatin1String("verification_uri")).toString());
        code.interval = std::chrono::seconds(qMax(1, o.value(QLatin1String("interval")).toInt(5)));
        code.expiresIn
            = std::chrono::seconds(qMax(1, o.value(QLatin1String("expires_in")).toInt(900)));
        const QString deviceCode = o.value(QLatin1String("device_code")).toString();
        if (code.userCode.isEmpty() || deviceCode.isEmpty() || !code.verificationUri.isValid())
            return finish(
                makeError(ErrorCode::MalformedResponse,
                          Tr::tr("%1's answer to the sign-in request could not be read.")
                              .arg(ciProviderLabel(m_provider)),
                          Tr::tr("Check the API address; if it is right, try again later.")));
        m_deviceCode = std::make_shared<const SecretBuffer>(QByteArrayView(deviceCode.toUtf8()));
        m_interval = code.interval;
        m_expiresAt = m_http->clock().now().addSecs(code.expiresIn.count());
        codeReady(code);
        schedulePoll();
    });
}

void CiDeviceFlow::cancel()
{
    finish(makeError(ErrorCode::Cancelled, Tr::tr("The sign-in was cancelled.")));
}

void CiDeviceFlow::schedulePoll()
{
    if (m_finished)
        return;
    m_http->delayTimer().start(m_interval, this, [this] { poll(); });
}

void CiDeviceFlow::poll()
{
    if (m_finished)
        return;
    if (m_http->clock().now() >= m_expiresAt)
        return finish(protocolError(QStringLiteral("expired_token"), {}));
    // The body holds the device code: a SecretBuffer like any other credential-bearing body.
    const QByteArray head
        = QJsonDocument(QJsonObject{{QStringLiteral("client_id"), m_endpoints.clientId},
                                    {QStringLiteral("grant_type"), kDeviceGrant}})
              .toJson(QJsonDocument::Compact);
    CiRequest request;
    request.method = "POST";
    request.url = m_endpoints.tokenUrl;
    request.accept = "application/json";
    request.body = ciJsonBodyWithSecret(QJsonDocument::fromJson(head).object(), "device_code",
                                        *m_deviceCode);
    // GitHub answers the flow's states with 200, GitLab with 400 (and 401 for an unknown app).
    request.passStatuses = {400, 401, 403};
    m_http->send(request, [this](Result<HttpResponse> answer) {
        if (m_finished)
            return;
        if (!answer)
            return finish(answer.error());
        HttpResponse &response = answer.value();
        if (auto token = accessTokenIn(response.body)) {
            wipe(response.body);
            return finish(std::move(*token));
        }
        // No token: the flow's state ({"error": "authorization_pending"}), nothing secret.
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        wipe(response.body);
        const QString error = o.value(QLatin1String("error")).toString();
        if (error.isEmpty())
            return finish(response.status >= 400
                              ? CiHttp::mapError(m_provider, response, CiRequest{})
                              : makeError(ErrorCode::MalformedResponse,
                                          Tr::tr("%1's answer to the sign-in could not be read.")
                                              .arg(ciProviderLabel(m_provider)),
                                          Tr::tr("Run %1 again.").arg(loginCommand(m_provider))));
        if (error == QLatin1String("authorization_pending"))
            return schedulePoll();
        if (error == QLatin1String("slow_down")) {
            // RFC 8628: add 5 s; GitHub also names the new interval.
            m_interval = std::max(m_interval + std::chrono::seconds(5),
                                  std::chrono::seconds(o.value(QLatin1String("interval")).toInt()));
            return schedulePoll();
        }
        finish(protocolError(error, o.value(QLatin1String("error_description")).toString()));
    });
}

void CiDeviceFlow::finish(Result<SecretBuffer> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deviceCode.reset();
    if (m_done)
        m_done(std::move(result));
}

Error CiDeviceFlow::protocolError(const QString &error, const QString &description) const
{
    const QString service = ciProviderLabel(m_provider);
    if (error == QLatin1String("expired_token"))
        return makeError(
            ErrorCode::Timeout,
            Tr::tr("The sign-in code expired before it was approved on %1.").arg(service),
            Tr::tr("Run %1 again and approve the new code within %n minute(s).", nullptr, 15)
                .arg(loginCommand(m_provider)));
    if (error == QLatin1String("access_denied"))
        return makeError(ErrorCode::Cancelled, Tr::tr("The sign-in was denied on %1.").arg(service),
                         Tr::tr("Run %1 again and choose Authorize if you meant to connect.")
                             .arg(loginCommand(m_provider)));
    if (error == QLatin1String("device_flow_disabled"))
        return makeError(
            ErrorCode::Unsupported,
            Tr::tr("%1 has the device sign-in turned off for TokenDesk's app.").arg(service),
            otherWays(m_provider));
    if (error == QLatin1String("incorrect_client_credentials")
        || error == QLatin1String("unauthorized_client")
        || error == QLatin1String("invalid_client"))
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("%1 does not know this build's OAuth app (%2).")
                             .arg(service, m_endpoints.clientId),
                         otherWays(m_provider));
    return makeError(
        ErrorCode::MalformedResponse,
        description.isEmpty()
            ? Tr::tr("%1 ended the sign-in with \"%2\".").arg(service, error)
            : Tr::tr("%1 ended the sign-in with \"%2\": %3.").arg(service, error, description),
        Tr::tr("Run %1 again.").arg(loginCommand(m_provider)));
}

} // namespace td
