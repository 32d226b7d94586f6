// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiHttp.h"

#include "core/registry/DelayTimer.h"
#include "core/registry/HttpTransport.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/UrlPolicy.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace td {

namespace {

// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::CiHttp)
};

QString loginCommand(CiProvider provider)
{
    return QStringLiteral("tokendesk-cli ci login %1").arg(ciProviderId(provider));
}

// GitHub's permission words ("secrets=write") as a fine-grained token's settings page names them.
QString fineGrainedName(const QString &permission)
{
    const QString name = permission.section(QLatin1Char('='), 0, 0).trimmed();
    const QString level = permission.section(QLatin1Char('='), 1).trimmed();
    QString shown = name;
    if (name == QLatin1String("secrets"))
        shown = Tr::tr("Secrets");
    else if (name == QLatin1String("organization_secrets"))
        shown = Tr::tr("Organization secrets");
    else if (name == QLatin1String("environments"))
        shown = Tr::tr("Environments");
    else if (name == QLatin1String("metadata"))
        shown = Tr::tr("Metadata");
    if (level == QLatin1String("write"))
        return Tr::tr("%1 read and write").arg(shown);
    if (level == QLatin1String("read"))
        return Tr::tr("%1 read-only").arg(shown);
    return shown;
}

Error githubForbidden(const HttpResponse &response, const CiRequest &request)
{
    // "secrets=write" or "secrets=write; environments=read" (several alternatives are
    // comma-separated; the first is what we name).
    const QString accepted = QString::fromLatin1(response.header("x-accepted-github-permissions"))
                                 .section(QLatin1Char(','), 0, 0)
                                 .trimmed();
    if (!accepted.isEmpty()) {
        QStringList grants;
        for (const QString &part : accepted.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            grants << fineGrainedName(part);
        return makeError(
            ErrorCode::E403,
            Tr::tr("The GitHub token lacks the permission %1; grant it (fine-grained token: %2) or "
                   "run %3 again.")
                .arg(accepted, grants.join(QStringLiteral(", ")), loginCommand(CiProvider::GitHub)),
            Tr::tr("A classic token needs the repo scope (organization secrets also admin:org)."),
            403);
    }
    // An OAuth app's token names the scopes it lacks instead ("X-Accepted-OAuth-Scopes:
    // admin:org"), next to the ones it has ("X-OAuth-Scopes").
    const QString scopes
        = QString::fromLatin1(response.header("x-accepted-oauth-scopes")).trimmed();
    if (!scopes.isEmpty())
        return makeError(
            ErrorCode::E403, Tr::tr("The GitHub sign-in lacks the scope %1.").arg(scopes),
            Tr::tr("Run gh auth refresh -s %1 if it came from the GitHub CLI, or run %2 "
                   "again.")
                .arg(scopes.section(QLatin1Char(','), 0, 0).trimmed(),
                     loginCommand(CiProvider::GitHub)),
            403);
    const QString message = ciErrorMessage(response.body);
    return makeError(ErrorCode::E403,
                     message.isEmpty() ? Tr::tr("GitHub refused the request (403 Forbidden).")
                                       : Tr::tr("GitHub refused the request: %1").arg(message),
                     request.permission.isEmpty()
                         ? Tr::tr("Check that the token may write Actions secrets there, or run %1 "
                                  "again.")
                               .arg(loginCommand(CiProvider::GitHub))
                         : Tr::tr("Grant %1, or run %2 again.")
                               .arg(request.permission, loginCommand(CiProvider::GitHub)),
                     403);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

CiHttp::CiHttp(CiProvider provider, QUrl apiBase, std::shared_ptr<const SecretBuffer> credential,
               const CiClientServices &services, QObject *parent)
    : QObject(parent),
      m_provider(provider),
      m_apiBase(std::move(apiBase)),
      m_credential(std::move(credential)),
      m_nam(services.nam),
      m_delay(services.delay),
      m_clock(services.clock),
      m_options(services.options)
{
    if (!m_delay) {
        m_ownDelay = std::make_unique<QtDelayTimer>();
        m_delay = m_ownDelay.get();
    }
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

CiHttp::~CiHttp() = default;

QUrl CiHttp::endpoint(const QByteArray &encodedPath) const
{
    QByteArray relative = encodedPath;
    while (relative.startsWith('/'))
        relative.remove(0, 1);
    return resolveEndpoint(normalisedBaseUrl(m_apiBase), relative);
}

HttpRequest CiHttp::build(const CiRequest &call) const
{
    HttpRequest request;
    request.method = call.method;
    request.url = call.url;
    request.body = call.body;
    auto &h = request.headers;
    h.append({QByteArrayLiteral("user-agent"), registryUserAgent()});
    if (!call.accept.isEmpty()) {
        h.append({QByteArrayLiteral("accept"), call.accept});
    } else if (m_provider == CiProvider::GitHub) {
        h.append({QByteArrayLiteral("accept"), QByteArrayLiteral("application/vnd.github+json")});
        h.append({QByteArrayLiteral("x-github-api-version"), QByteArrayLiteral("2022-11-28")});
    } else {
        h.append({QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")});
    }
    // The credential goes to the API's own origin only, never to a host named in an answer.
    if (m_credential && !m_credential->isEmpty() && sameOrigin(call.url, m_apiBase)) {
        if (m_provider == CiProvider::CircleCi)
            h.append({QByteArrayLiteral("circle-token"), m_credential->reveal()});
        else
            h.append({QByteArrayLiteral("authorization"), "Bearer " + m_credential->reveal()});
    }
    return request;
}

void CiHttp::send(CiRequest request, Done done)
{
    if (!m_nam) // a wiring mistake, not the user's: say so instead of crashing in Qt
        return done(makeError(ErrorCode::Network,
                              Tr::tr("TokenDesk has no network access set up for "
                                     "%1.")
                                  .arg(ciProviderLabel(m_provider))));
    const CiProvider provider = m_provider;
    auto *transport = new HttpTransport(
        m_nam, *m_delay, *m_clock, m_options, build(request),
        [provider, request, done = std::move(done)](Result<HttpResponse> answer) {
            if (!answer)
                return done(answer.error());
            const int status = answer.value().status;
            if (status < 400 || request.passStatuses.contains(status))
                return done(std::move(answer));
            done(mapError(provider, answer.value(), request));
        },
        this);
    transport->start();
}

Error CiHttp::mapError(CiProvider provider, const HttpResponse &response, const CiRequest &request)
{
    const int status = response.status;
    const QString service = ciProviderLabel(provider);
    const QString message = ciErrorMessage(response.body);
    const QString where = originOf(response.url);
    const bool githubRateLimit = provider == CiProvider::GitHub && status == 403
        && response.header("x-ratelimit-remaining") == "0";
    if (status == 401)
        return makeError(
            ErrorCode::E401,
            Tr::tr("%1 did not accept the sign-in (it expired or was revoked).").arg(service),
            Tr::tr("Sign in again: %1").arg(loginCommand(provider)), status);
    if (status == 403 && !githubRateLimit) {
        if (provider == CiProvider::GitHub)
            return githubForbidden(response, request);
        return makeError(ErrorCode::E403,
                         message.isEmpty()
                             ? Tr::tr("%1 refused the request (403 Forbidden).").arg(service)
                             : Tr::tr("%1 refused the request: %2").arg(service, message),
                         request.permission.isEmpty()
                             ? Tr::tr("Check the credential's permissions, or run %1 again.")
                                   .arg(loginCommand(provider))
                             : Tr::tr("Grant %1, or run %2 again.")
                                   .arg(request.permission, loginCommand(provider)),
                         status);
    }
    if (status == 404)
        return makeError(
            ErrorCode::E404,
            request.subject.isEmpty()
                ? Tr::tr("%1 at %2 found nothing at that address.").arg(service, where)
                : Tr::tr("%1 at %2 has no %3, or the credential cannot see it.")
                      .arg(service, where, request.subject),
            Tr::tr("Check the name, and that the signed-in account has access to it (%1 shows who "
                   "is signed in).")
                .arg(QStringLiteral("tokendesk-cli ci status")),
            status);
    if (status == 422 || status == 400)
        return makeError(
            ErrorCode::E422,
            message.isEmpty()
                ? Tr::tr("%1 refused the request as invalid (%2).").arg(service).arg(status)
                : Tr::tr("%1 refused the request as invalid: %2").arg(service, message),
            Tr::tr("Try again; if it persists, report it with this message."), status);
    if (status == 429 || githubRateLimit) {
        Error error = makeError(ErrorCode::E429,
                                Tr::tr("%1 is limiting requests from this account.").arg(service),
                                Tr::tr("Wait a few minutes and try again."), status);
        bool ok = false;
        const int seconds = response.header("retry-after").trimmed().toInt(&ok);
        error.retryAfterSeconds = ok ? seconds : -1;
        return error;
    }
    if (status == 409)
        return makeError(ErrorCode::E409,
                         message.isEmpty()
                             ? Tr::tr("%1 reported a conflict.").arg(service)
                             : Tr::tr("%1 reported a conflict: %2").arg(service, message),
                         Tr::tr("Try again."), status);
    if (status >= 500)
        return makeError(ErrorCode::ServerError,
                         Tr::tr("%1 at %2 failed with HTTP %3.").arg(service, where).arg(status),
                         Tr::tr("Try again later; the service may be having trouble."), status);
    return makeError(ErrorCode::Unsupported,
                     message.isEmpty()
                         ? Tr::tr("%1 answered HTTP %2.").arg(service).arg(status)
                         : Tr::tr("%1 answered HTTP %2: %3").arg(service).arg(status).arg(message),
                     {}, status);
}

std::shared_ptr<const SecretBuffer> ciJsonBodyWithSecret(const QJsonObject &fields,
                                                         QByteArrayView secretField,
                                                         const SecretBuffer &secret)
{
    QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    json.chop(1); // the closing brace
    QByteArray out;
    out.reserve(json.size() + secretField.size() + secret.size() * 6 + 8);
    out += json;
    if (!fields.isEmpty())
        out += ',';
    out += '"';
    out += secretField;
    out += "\":\"";
    static const char hex[] = "0123456789abcdef";
    for (const char c : secret.view()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += "\"}";
    auto body = std::make_shared<const SecretBuffer>(QByteArrayView(out));
    wipe(out);
    return body;
}

std::shared_ptr<const SecretBuffer> ciJsonBody(const QJsonObject &object)
{
    return std::make_shared<const SecretBuffer>(
        QByteArrayView(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QString ciErrorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonValue value = doc.object().value(QLatin1String("message"));
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isObject() || value.isArray())
        text = QString::fromUtf8(
            value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (doc.object().value(QLatin1String("error")).isString())
        text = doc.object().value(QLatin1String("error")).toString();
    return text.left(200);
}

QByteArray ciPathSegment(const QString &segment)
{
    return QUrl::toPercentEncoding(segment);
}

} // namespace td
