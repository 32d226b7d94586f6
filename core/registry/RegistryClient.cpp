// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/RegistryClient.h"

#include "core/registry/DelayTimer.h"
#include "core/registry/GitHubTokenExpiration.h"
#include "core/registry/HttpErrorMapper.h"
#include "core/registry/HttpTransport.h"
#include "core/registry/RegistryClientSupport.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/registry/UrlPolicy.h"
#include "core/registry/WebAuthPoller.h"
#include "core/registry/json/ErrorBody.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"
#include "td/Version.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QSysInfo>

namespace td {

using detail::guarded;
using detail::shared;

QByteArray registryUserAgent()
{
    return QByteArrayLiteral("TokenDesk/") + td::kVersion + " (npm-compatible; Qt " + qVersion()
        + "; " + QSysInfo::kernelType().toLatin1() + ')';
}

RegistryClient::RegistryClient(QNetworkAccessManager *nam, const QUrl &baseUrl, const Clock &clock,
                               QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_baseUrl(normalisedBaseUrl(baseUrl)),
      m_clock(clock),
      m_ownTimer(std::make_unique<QtDelayTimer>()),
      m_delay(m_ownTimer.get())
{ }

RegistryClient::~RegistryClient() = default;

void RegistryClient::setAuthToken(SecretBuffer token, Credential kind)
{
    m_token = std::move(token);
    m_credential = kind;
}

void RegistryClient::clearAuthToken()
{
    m_token.clear();
}

void RegistryClient::setDelayTimer(DelayTimer *timer)
{
    m_delay = timer ? timer : m_ownTimer.get();
}

QUrl RegistryClient::endpoint(const QByteArray &encodedRelative) const
{
    return resolveEndpoint(m_baseUrl, encodedRelative);
}

HttpRequest RegistryClient::buildRequest(const Call &call) const
{
    HttpRequest request;
    request.method = call.method;
    request.url = call.url;
    request.body = call.body;
    request.urlHasSecret = call.urlHasSecret;
    auto &h = request.headers;
    const auto add = [&h](const char *name, const QByteArray &value) {
        h.append(qMakePair(QByteArray(name), value));
    };
    add("user-agent", registryUserAgent());
    add("accept", "application/json");
    add("npm-auth-type", m_authType == AuthType::Web ? "web" : "legacy");
    if (!call.npmCommand.isEmpty())
        add("npm-command", call.npmCommand);
    // The credential goes to the registry's own origin only, never to a host named in an answer.
    const bool ownOrigin = sameOrigin(call.url, m_baseUrl);
    if (call.basic && ownOrigin)
        add("authorization", "Basic " + call.basic->reveal().toBase64());
    else if (call.auth != Auth::None && !m_token.isEmpty() && ownOrigin)
        add("authorization", "Bearer " + m_token.reveal());
    if (call.otp)
        add("npm-otp", call.otp->reveal());
    for (const auto &header : call.headers) {
        h.removeIf([&header](const auto &sent) { return sent.first == header.first; });
        h.append(header);
    }
    return request;
}

void RegistryClient::send(const Call &call, RawDone done)
{
    auto *transport = new HttpTransport(m_nam, *m_delay, m_clock, m_options, buildRequest(call),
                                        std::move(done), this);
    transport->start();
}

void RegistryClient::execute(Call call, RawDone done, bool mayAskForOtp)
{
    if (call.auth == Auth::Required && m_token.isEmpty())
        return done(notSignedInError(m_baseUrl.host()));
    const bool sessionAuth = call.auth != Auth::None && !m_token.isEmpty()
        && m_credential == Credential::Session && !call.basic;
    const bool authenticated = call.auth != Auth::None && !m_token.isEmpty();
    send(call,
         [this, call, done, mayAskForOtp, sessionAuth, authenticated](Result<HttpResponse> answer) {
             // Only an answer to our own credential speaks about its expiry.
             if (answer && authenticated)
                 if (const auto expiry = parseGitHubTokenExpiration(
                         answer.value().header(kGitHubTokenExpirationHeader)))
                     m_reportedExpiry = expiry;
             if (!answer || answer.value().status < 400)
                 return done(std::move(answer));
             const Error error
                 = mapHttpError(answer.value(), sessionAuth, bool(call.otp), call.passwordInBody);
             if (error.code == ErrorCode::EOTP && mayAskForOtp && !call.otp && promptFor(call))
                 return answerOtpChallenge(call, answer.value(), done);
             qCDebug(lcRegistry).noquote()
                 << "registry error" << error.codeName() << error.httpStatus;
             done(error);
         });
}

void RegistryClient::answerOtpChallenge(Call call, const HttpResponse &challenge, RawDone done)
{
    QPointer<RegistryClient> self(this);
    auto retryWith = [self, call, done](Result<SecretBuffer> otp) mutable {
        if (!self)
            return;
        if (!otp)
            return done(otp.error());
        call.otp = shared(std::move(otp).value());
        self->execute(std::move(call), std::move(done), false); // retried once, as npm does
    };

    if (const auto urls = json::otpChallengeUrls(challenge.body)) {
        qCDebug(lcRegistry) << "OTP challenge with a browser approval";
        auto *poller = new WebAuthPoller(
            [self](const QUrl &url, RawDone answer) {
                if (self)
                    self->send(Call("GET", url, {}, Auth::IfAvailable), std::move(answer));
            },
            *m_delay, m_clock, m_webAuthLimit, this);
        QPointer<WebAuthPoller> pollerGuard(poller);
        TwoFactorPrompt *prompt = promptFor(call);
        prompt->showApprovalPage(urls->authUrl, TwoFactorPrompt::Purpose::Approve, [pollerGuard] {
            if (pollerGuard)
                pollerGuard->cancel();
        });
        poller->start(urls->doneUrl,
                      [self, call, prompt, retryWith](Result<SecretBuffer> otp) mutable {
                          // Told only while it still answers for this call (its context lives, or
                          // it is still the client's prompt).
                          if (self && self->promptFor(call) == prompt)
                              prompt->approvalFinished();
                          retryWith(std::move(otp));
                      });
        return;
    }
    qCDebug(lcRegistry) << "OTP challenge, asking for a code";
    promptFor(call)->askForCode(tr("%1 asks for a one-time password.").arg(m_baseUrl.host()),
                                std::move(retryWith));
}

TwoFactorPrompt *RegistryClient::promptFor(const Call &call) const
{
    if (!call.prompt)
        return m_prompt;
    return call.hasContext && !call.context ? nullptr : call.prompt;
}

void RegistryClient::bindContext(Call &call, QObject *context)
{
    call.context = context;
    call.hasContext = context != nullptr;
}

void RegistryClient::requestVoid(Call call, QObject *context, Callback<void> done)
{
    bindContext(call, context);
    done = guarded<void>(context, std::move(done));
    execute(std::move(call), [done](Result<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        done({});
    });
}

} // namespace td
