// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient's token calls: list every page, create, revoke (checked against the list).
#include "core/registry/RegistryClient.h"

#include "core/registry/RegistryClientSupport.h"
#include "core/registry/RevokeCheck.h"
#include "core/registry/TokenListPager.h"
#include "core/registry/json/TokenDto.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace td {

using detail::guarded;
using detail::shared;

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

} // namespace td
