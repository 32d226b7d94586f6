// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient's identity and sign-in calls: whoami, profile, web and couch login, logout.
#include "core/registry/RegistryClient.h"

#include "core/registry/HttpErrorMapper.h"
#include "core/registry/RegistryClientSupport.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/registry/WebAuthPoller.h"
#include "core/registry/json/AuthDto.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QPointer>

namespace td {

using detail::guarded;
using detail::jsonBody;
using detail::shared;

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

} // namespace td
