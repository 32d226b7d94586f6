// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/RegistryClient.h"

#include "core/registry/DelayTimer.h"
#include "core/registry/GitHubTokenExpiration.h"
#include "core/registry/HttpErrorMapper.h"
#include "core/registry/HttpTransport.h"
#include "core/registry/RevokeCheck.h"
#include "core/registry/TokenListPager.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/registry/UrlPolicy.h"
#include "core/registry/WebAuthPoller.h"
#include "core/registry/json/AuthDto.h"
#include "core/registry/json/ErrorBody.h"
#include "core/registry/json/PackageDto.h"
#include "core/registry/json/TokenDto.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"
#include "td/Version.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QSysInfo>

namespace td {

namespace {
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

std::shared_ptr<const SecretBuffer> shared(SecretBuffer secret)
{
    return std::make_shared<const SecretBuffer>(std::move(secret));
}

std::shared_ptr<const SecretBuffer> jsonBody(const QByteArray &json)
{
    return shared(SecretBuffer(QByteArrayView(json)));
}
} // namespace

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

template<class T>
void RegistryClient::request(Call call, QObject *context,
                             std::function<Result<T>(const HttpResponse &)> parse, Callback<T> done)
{
    bindContext(call, context);
    done = guarded<T>(context, std::move(done));
    execute(std::move(call), [parse = std::move(parse), done](Result<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        done(parse(answer.value()));
    });
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

// --- identity and sign-in ------------------------------------------------------------------

void RegistryClient::whoami(QObject *context, Callback<QString> done)
{
    const bool session = m_credential == Credential::Session;
    request<QString>(
        {"GET", endpoint("-/whoami"), "whoami"}, context,
        [session, host = m_baseUrl.host()](const HttpResponse &r) -> Result<QString> {
            Result<QString> user = json::parseWhoami(r.body);
            // Verdaccio answers an ended session with 200 {}: same as a 401.
            if (!user && user.error().code == ErrorCode::E401 && session)
                return makeError(ErrorCode::ENEEDAUTH,
                                 tr("Your session with %1 has ended.").arg(host),
                                 tr("Sign in again to continue."));
            return user;
        },
        std::move(done));
}

void RegistryClient::profile(QObject *context, Callback<RegistryProfile> done)
{
    request<RegistryProfile>(
        {"GET", endpoint("-/npm/v1/user"), "profile"}, context,
        [](const HttpResponse &r) { return json::parseProfile(r.body); }, std::move(done));
}

void RegistryClient::webLogin(QObject *context, Callback<SecretBuffer> done)
{
    done = guarded<SecretBuffer>(context, std::move(done));
    if (!m_prompt)
        return done(makeError(ErrorCode::Unsupported,
                              tr("Signing in through the browser needs an interactive prompt.")));
    Call start{"POST", endpoint("-/v1/login"), "login", Auth::None, jsonBody("{}")};
    QPointer<RegistryClient> self(this);
    send(start, [self, done](Result<HttpResponse> answer) {
        if (!self)
            return;
        if (!answer)
            return done(answer.error());
        const HttpResponse &response = answer.value();
        if (response.status >= 400) // npm: any 4xx/5xx means "no web login here" (ENYI)
            return done(makeError(
                ErrorCode::Unsupported,
                tr("%1 does not offer sign-in through the browser.").arg(self->m_baseUrl.host()),
                tr("Sign in with your user name and password instead."), response.status));
        Result<WebAuthUrls> urls = json::parseWebLoginUrls(response.body);
        if (!urls)
            return done(urls.error());
        auto *poller = new WebAuthPoller(
            [self](const QUrl &url, RawDone pollAnswer) {
                if (self)
                    self->send(Call("GET", url, "login", Auth::None), std::move(pollAnswer));
            },
            *self->m_delay, self->m_clock, self->m_webAuthLimit, self);
        QPointer<WebAuthPoller> pollerGuard(poller);
        TwoFactorPrompt *prompt = self->m_prompt;
        prompt->showApprovalPage(urls.value().authUrl, TwoFactorPrompt::Purpose::SignIn,
                                 [pollerGuard] {
                                     if (pollerGuard)
                                         pollerGuard->cancel();
                                 });
        poller->start(urls.value().doneUrl, [self, prompt, done](Result<SecretBuffer> token) {
            if (self && self->m_prompt == prompt)
                prompt->approvalFinished();
            done(std::move(token));
        });
    });
}

void RegistryClient::couchLogin(const QString &user, const SecretBuffer &password, QObject *context,
                                Callback<SecretBuffer> done)
{
    done = guarded<SecretBuffer>(context, std::move(done));
    Call call{"PUT", endpoint("-/user/org.couchdb.user:" + QUrl::toPercentEncoding(user)), "login",
              Auth::None, shared(json::couchLoginBody(user, password, m_clock.now()))};
    const auto finish = [user, done](Result<HttpResponse> answer) {
        if (answer)
            return done(json::parseTokenAnswer(answer.value().body));
        Error error = answer.error();
        if (error.code == ErrorCode::E401) {
            error.message = tr("Incorrect user name or password.");
            error.hint = tr("Check both and try again.");
        } else if (error.httpStatus == 400) {
            error.message = tr("There is no user with the user name “%1”.").arg(user);
        }
        done(error);
    };
    QPointer<RegistryClient> self(this);
    SecretBuffer basicPair = SecretBuffer::fromString(user + QLatin1Char(':'));
    QByteArray pair = basicPair.reveal() + password.reveal();
    auto basic = shared(SecretBuffer(QByteArrayView(pair)));
    pair.fill('\0');
    execute(call, [self, call, basic, finish](Result<HttpResponse> answer) mutable {
        // The user exists already (Verdaccio, old couch): log in with Basic auth, as npm does.
        if (self && !answer && answer.error().code == ErrorCode::E409) {
            call.basic = basic;
            return self->execute(std::move(call), finish);
        }
        finish(std::move(answer));
    });
}

void RegistryClient::logout(QObject *context, Callback<void> done)
{
    if (m_token.isEmpty())
        return guarded<void>(context, std::move(done))(notSignedInError(m_baseUrl.host()));
    Call call{"DELETE", endpoint("-/user/token/" + QUrl::toPercentEncoding(m_token.revealString())),
              "logout"};
    call.urlHasSecret = true;
    requestVoid(std::move(call), context, std::move(done));
}

// --- tokens --------------------------------------------------------------------------------

void RegistryClient::listTokens(QObject *context, Callback<TokenPage> done)
{
    QPointer<RegistryClient> self(this);
    auto fetch = [self](const QUrl &url, TokenListPager::BodyDone answer) {
        if (!self)
            return;
        self->execute({"GET", url, "token"}, [answer](Result<HttpResponse> response) {
            if (!response)
                return answer(response.error());
            answer(std::move(response).value().body);
        });
    };
    std::make_shared<TokenListPager>(m_baseUrl, std::move(fetch),
                                     guarded<TokenPage>(context, std::move(done)))
        ->start();
}

void RegistryClient::createToken(const TokenCreateRequest &request, const SecretBuffer &password,
                                 QObject *context, Callback<CreatedToken> done,
                                 TwoFactorPrompt *prompt)
{
    Call call{"POST", endpoint("-/npm/v1/tokens"), "token", Auth::Required,
              shared(json::createTokenBody(request, password))};
    call.passwordInBody = true;
    call.prompt = prompt;
    this->request<CreatedToken>(
        std::move(call), context,
        [](const HttpResponse &r) { return json::parseCreatedToken(r.body); }, std::move(done));
}

void RegistryClient::revokeToken(const QString &keyOrToken, QObject *context, Callback<void> done,
                                 TwoFactorPrompt *prompt)
{
    const bool bySecret = keyOrToken.startsWith(QLatin1String("npm_")); // a full token
    Call call{"DELETE", endpoint("-/npm/v1/tokens/token/" + QUrl::toPercentEncoding(keyOrToken)),
              "token"};
    call.urlHasSecret = bySecret;
    call.prompt = prompt;
    bindContext(call, context);
    done = guarded<void>(context, std::move(done));
    QPointer<RegistryClient> self(this);
    execute(std::move(call), [self, keyOrToken, bySecret, done](Result<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        if (isRevokeSuccessAnswer(answer.value()))
            return done({});
        // Not what a registry answers when it has revoked a token (RevokeCheck.h): only the
        // token list can tell whether the token is gone. A secret is not in the list.
        qCInfo(lcRegistry) << "revoke answered" << answer.value().status
                           << "with an unexpected body; checking the token list";
        if (bySecret || !self)
            return done(revokeUnconfirmed(
                keyOrToken, answer.value(),
                tr("a token given by its secret cannot be found in the token list.")));
        self->listTokens(
            nullptr, [keyOrToken, answer = answer.value(), done](Result<TokenPage> page) {
                if (!page)
                    return done(revokeUnconfirmed(keyOrToken, answer, page.error().oneLine()));
                done(revokeVerdict(page.value().tokens, keyOrToken, answer));
            });
    });
}

// --- packages, orgs, search ----------------------------------------------------------------

namespace {
Result<AccessMap> parseMap(const HttpResponse &r)
{
    return json::parseStringMap(r.body);
}
} // namespace

void RegistryClient::userPackages(const QString &user, QObject *context, Callback<AccessMap> done)
{
    request<AccessMap>({"GET", endpoint("-/user/" + QUrl::toPercentEncoding(user) + "/package"),
                        "access", Auth::IfAvailable},
                       context, parseMap, std::move(done));
}

void RegistryClient::orgPackages(const QString &org, QObject *context, Callback<AccessMap> done)
{
    request<AccessMap>({"GET", endpoint("-/org/" + QUrl::toPercentEncoding(org) + "/package"),
                        "access", Auth::IfAvailable},
                       context, parseMap, std::move(done));
}

void RegistryClient::orgMembers(const QString &org, QObject *context, Callback<AccessMap> done)
{
    request<AccessMap>({"GET", endpoint("-/org/" + QUrl::toPercentEncoding(org) + "/user"), "org",
                        Auth::IfAvailable},
                       context, parseMap, std::move(done));
}

void RegistryClient::packageCollaborators(const QString &package, QObject *context,
                                          Callback<AccessMap> done)
{
    request<AccessMap>({"GET",
                        endpoint("-/package/" + escapedPackageName(package) + "/collaborators"),
                        "access", Auth::IfAvailable},
                       context, parseMap, std::move(done));
}

void RegistryClient::search(const QString &text, int size, int from, QObject *context,
                            Callback<SearchResult> done)
{
    const QByteArray query = "-/v1/search?text=" + QUrl::toPercentEncoding(text)
        + "&size=" + QByteArray::number(size) + "&from=" + QByteArray::number(from);
    request<SearchResult>(
        {"GET", endpoint(query), "search", Auth::IfAvailable}, context,
        [](const HttpResponse &r) { return json::parseSearch(r.body); }, std::move(done));
}

void RegistryClient::packument(const QString &package, QObject *context, Callback<Packument> done)
{
    request<Packument>(
        {"GET", endpoint(escapedPackageName(package)), "view", Auth::IfAvailable}, context,
        [](const HttpResponse &r) { return json::parsePackument(r.body); }, std::move(done));
}

// --- provenance ----------------------------------------------------------------------------

namespace {
Result<QByteArray> rawBody(const HttpResponse &response)
{
    return response.body;
}
} // namespace

void RegistryClient::packumentJson(const QString &package, QObject *context,
                                   Callback<QByteArray> done)
{
    request<QByteArray>({"GET", endpoint(escapedPackageName(package)), "view", Auth::IfAvailable},
                        context, rawBody, std::move(done));
}

void RegistryClient::npmKeys(QObject *context, Callback<QByteArray> done)
{
    request<QByteArray>({"GET", endpoint("-/npm/v1/keys"), "audit", Auth::None}, context, rawBody,
                        std::move(done));
}

void RegistryClient::sandboxTrustedRoot(QObject *context, Callback<QByteArray> done)
{
    request<QByteArray>({"GET", endpoint("-/sandbox/trusted-root"), "audit", Auth::None}, context,
                        rawBody, std::move(done));
}

void RegistryClient::attestations(const QString &package, const QString &version,
                                  const QUrl &advertised, QObject *context,
                                  Callback<QByteArray> done)
{
    // Only the path of what the packument advertises is used: the document always comes from
    // this registry's own origin, whatever host the packument names.
    QUrl url = endpoint("-/npm/v1/attestations/" + escapedPackageName(package) + '@'
                        + QUrl::toPercentEncoding(version));
    const QString path = advertised.path(QUrl::FullyEncoded);
    if (advertised.isValid() && path.startsWith(QLatin1Char('/'))
        && path.contains(QLatin1String("/-/npm/v1/attestations/"))) {
        QUrl own = m_baseUrl;
        own.setPath(path, QUrl::StrictMode);
        own.setQuery(QString());
        own.setFragment(QString());
        if (own.isValid())
            url = own;
    }
    request<QByteArray>({"GET", url, "audit", Auth::IfAvailable}, context, rawBody,
                        std::move(done));
}

// --- trust and access ----------------------------------------------------------------------

void RegistryClient::listTrust(const QString &package, QObject *context,
                               Callback<QList<TrustConfig>> done)
{
    request<QList<TrustConfig>>(
        {"GET", endpoint("-/package/" + escapedPackageName(package) + "/trust"), "trust"}, context,
        [](const HttpResponse &r) { return json::parseTrustConfigs(r.body); }, std::move(done));
}

void RegistryClient::createTrust(const QString &package, const TrustConfig &config,
                                 QObject *context, Callback<QList<TrustConfig>> done,
                                 TwoFactorPrompt *prompt)
{
    Call call{"POST", endpoint("-/package/" + escapedPackageName(package) + "/trust"), "trust",
              Auth::Required, jsonBody(json::trustCreateBody(config))};
    call.prompt = prompt;
    request<QList<TrustConfig>>(
        std::move(call), context,
        [](const HttpResponse &r) { return json::parseTrustConfigs(r.body); }, std::move(done));
}

void RegistryClient::deleteTrust(const QString &package, const QString &id, QObject *context,
                                 Callback<void> done, TwoFactorPrompt *prompt)
{
    Call call{"DELETE",
              endpoint("-/package/" + escapedPackageName(package) + "/trust/"
                       + QUrl::toPercentEncoding(id)),
              "trust"};
    call.prompt = prompt;
    requestVoid(std::move(call), context, std::move(done));
}

void RegistryClient::packageAccess(const QString &package, QObject *context,
                                   Callback<PackageAccess> done)
{
    request<PackageAccess>(
        {"GET", endpoint("-/package/" + escapedPackageName(package) + "/access"), "access",
         Auth::IfAvailable},
        context, [](const HttpResponse &r) { return json::parsePackageAccess(r.body); },
        std::move(done));
}

void RegistryClient::packageVisibility(const QString &package, QObject *context,
                                       Callback<PackageAccess> done)
{
    request<PackageAccess>(
        {"GET", endpoint("-/package/" + escapedPackageName(package) + "/visibility"), "access",
         Auth::IfAvailable},
        context, [](const HttpResponse &r) { return json::parsePackageAccess(r.body); },
        std::move(done));
}

void RegistryClient::setPackageAccess(const QString &package, const PackageAccess &change,
                                      QObject *context, Callback<void> done,
                                      TwoFactorPrompt *prompt)
{
    Call call{"POST", endpoint("-/package/" + escapedPackageName(package) + "/access"), "access",
              Auth::Required, jsonBody(json::packageAccessBody(change))};
    call.prompt = prompt;
    requestVoid(std::move(call), context, std::move(done));
}

} // namespace td
