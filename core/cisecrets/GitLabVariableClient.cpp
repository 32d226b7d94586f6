// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/GitLabVariableClient.h"

#include "core/cisecrets/CiHttp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {

// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::GitLabVariableClient)
};

bool isGroup(const CiSecretTarget &target)
{
    return target.kind == CiStoreKind::GitLabGroup;
}

QString scopeOf(const CiSecretTarget &target)
{
    return target.scope.isEmpty() ? QStringLiteral("*") : target.scope;
}

// "the project acme/widgets" / "the group acme": what a 404 could not find.
QString storeSubject(const CiSecretTarget &target)
{
    return isGroup(target) ? Tr::tr("group %1").arg(target.owner)
                           : Tr::tr("project %1").arg(target.owner);
}

// GitLab says which thing a 404 is about: "404 Variable Not Found" for the variable itself,
// "404 Project Not Found" / "404 Group Not Found" for the store.
bool variableNotFound(const HttpResponse &response)
{
    return response.status == 404
        && ciErrorMessage(response.body).contains(QLatin1String("Variable"), Qt::CaseInsensitive);
}

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// The variable as GitLab answers it. The value goes straight into a SecretBuffer; a hidden
// variable has none.
Result<CiSecretState> stateFrom(const HttpResponse &response)
{
    const QJsonObject object = objectOf(response.body);
    if (!object.contains(QLatin1String("key")))
        return makeError(ErrorCode::MalformedResponse,
                         Tr::tr("GitLab's answer about a CI/CD variable could not be read."),
                         Tr::tr("Check that the API address ends in /api/v4."), response.status);
    CiSecretState state;
    state.exists = true;
    const QJsonValue value = object.value(QLatin1String("value"));
    if (value.isString() && !object.value(QLatin1String("hidden")).toBool())
        state.value
            = std::make_shared<const SecretBuffer>(SecretBuffer::fromString(value.toString()));
    return state;
}

class GitLabVariableClient final : public CiSecretClient
{
public:
    GitLabVariableClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                         const CiClientServices &services)
        : m_account(account),
          m_http(std::make_unique<CiHttp>(CiProvider::GitLab, account.apiBase,
                                          std::move(credential), services))
    { }

    CiProvider provider() const override { return CiProvider::GitLab; }

    void whoami(std::function<void(Result<QString>)> done) override
    {
        CiRequest request;
        request.url = m_http->endpoint("/user");
        m_http->send(std::move(request), [done](Result<HttpResponse> answer) {
            if (!answer)
                return done(answer.error());
            const QString username
                = objectOf(answer.value().body).value(QLatin1String("username")).toString();
            if (username.isEmpty())
                return done(makeError(ErrorCode::MalformedResponse,
                                      Tr::tr("GitLab did not say who the token belongs to."),
                                      Tr::tr("Check that the API address ends in /api/v4.")));
            done(username);
        });
    }

    void describe(const CiSecretTarget &target,
                  std::function<void(Result<CiSecretState>)> done) override
    {
        send(target, "GET", variableUrl(target), {}, [done](Result<HttpResponse> answer) {
            if (!answer)
                return done(answer.error());
            if (variableNotFound(answer.value()))
                return done(CiSecretState{});
            done(stateFrom(answer.value()));
        });
    }

    void push(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
              std::function<void(Result<CiSecretState>)> done) override
    {
        // Only the value: GitLab keeps masked, protected, raw and environment_scope as they are.
        auto body = ciJsonBodyWithSecret({}, "value", *value);
        send(target, "PUT", variableUrl(target), body,
             [this, target, value, done](Result<HttpResponse> answer) {
                 if (!answer)
                     return done(answer.error());
                 if (variableNotFound(answer.value()))
                     return create(target, value, done);
                 done(stateFrom(answer.value()));
             });
    }

    void verify(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
                const QDateTime &, std::function<void(Result<bool>)> done) override
    {
        describe(target, [target, value, done](Result<CiSecretState> state) {
            if (!state)
                return done(state.error());
            if (!state.value().exists)
                return done(false);
            if (!state.value().value)
                return done(makeError(
                    ErrorCode::Unsupported,
                    Tr::tr("GitLab hides the value of %1, so it cannot be read back to check it.")
                        .arg(target.label()),
                    Tr::tr("Check the variable in the CI/CD settings yourself.")));
            done(*state.value().value == *value);
        });
    }

private:
    void create(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
                std::function<void(Result<CiSecretState>)> done)
    {
        // raw: a token is taken literally, never expanded ("$" in it stays).
        const QJsonObject fields{{QStringLiteral("key"), target.name},
                                 {QStringLiteral("variable_type"), QStringLiteral("env_var")},
                                 {QStringLiteral("environment_scope"), scopeOf(target)},
                                 {QStringLiteral("masked"), gitLabValueMaskable(*value)},
                                 {QStringLiteral("protected"), false},
                                 {QStringLiteral("raw"), true}};
        send(target, "POST", m_http->endpoint(collectionPath(target)),
             ciJsonBodyWithSecret(fields, "value", *value), [done](Result<HttpResponse> answer) {
                 if (!answer)
                     return done(answer.error());
                 done(stateFrom(answer.value()));
             });
    }

    QByteArray collectionPath(const CiSecretTarget &target) const
    {
        return (isGroup(target) ? QByteArrayLiteral("/groups/") : QByteArrayLiteral("/projects/"))
            + ciPathSegment(target.owner) + "/variables";
    }

    // Several variables may share a key, one per environment scope: the filter picks ours.
    QUrl variableUrl(const CiSecretTarget &target) const
    {
        return m_http->endpoint(collectionPath(target) + '/' + ciPathSegment(target.name)
                                + "?filter%5Benvironment_scope%5D="
                                + ciPathSegment(scopeOf(target)));
    }

    // 400, 403 and 404 come back as answers so they can be worded for GitLab: the role to grant,
    // which store is missing, what a masked variable accepts. A 404 for the variable itself is
    // passed on (describe: it does not exist; push: create it).
    void send(const CiSecretTarget &target, const QByteArray &method, const QUrl &url,
              std::shared_ptr<const SecretBuffer> body, CiHttp::Done done)
    {
        CiRequest request;
        request.method = method;
        request.url = url;
        request.body = std::move(body);
        request.subject = storeSubject(target);
        request.permission = permissionFor(target);
        request.passStatuses = {400, 403, 404};
        const CiRequest copy = request;
        m_http->send(std::move(request), [this, target, copy, done](Result<HttpResponse> answer) {
            if (!answer || answer.value().status < 400 || variableNotFound(answer.value()))
                return done(std::move(answer));
            done(errorFor(target, copy, answer.value()));
        });
    }

    QString permissionFor(const CiSecretTarget &target) const
    {
        return isGroup(target)
            ? Tr::tr("the Owner role on group %1 (token scope api)").arg(target.owner)
            : Tr::tr("the Maintainer role on project %1 (token scope api)").arg(target.owner);
    }

    Error errorFor(const CiSecretTarget &target, const CiRequest &request,
                   const HttpResponse &response) const
    {
        const QString who = m_account.login.isEmpty()
            ? Tr::tr("The GitLab token")
            : Tr::tr("The GitLab token of %1").arg(m_account.login);
        const QString login = QStringLiteral("tokendesk-cli ci login gitlab");
        switch (response.status) {
        case 403:
            return makeError(
                ErrorCode::E403, Tr::tr("%1 needs %2.").arg(who, permissionFor(target)),
                Tr::tr("Ask an owner to grant that role, or sign in as someone who has "
                       "it: %1")
                    .arg(login),
                403);
        case 404:
            return makeError(
                ErrorCode::E404,
                Tr::tr("GitLab has no %1, or the token cannot see it.").arg(storeSubject(target)),
                Tr::tr("Check the path in the CI/CD settings' address, and that the "
                       "signed-in account is a member."),
                404);
        case 400:
            if (request.method != "GET"
                && ciErrorMessage(response.body).contains(QLatin1String("value")))
                return makeError(
                    ErrorCode::E422,
                    Tr::tr(
                        "GitLab refused the new value of %1: a masked variable's value must be one "
                        "line without spaces and at least 8 characters.")
                        .arg(target.label()),
                    Tr::tr("Check the token, or turn off masking for the variable in the CI/CD "
                           "settings."),
                    400);
            break;
        default:
            break;
        }
        return CiHttp::mapError(CiProvider::GitLab, response, request);
    }

    CiAccount m_account;
    std::unique_ptr<CiHttp> m_http;
};

} // namespace

bool gitLabValueMaskable(const SecretBuffer &value)
{
    if (value.size() < 8)
        return false;
    for (const char c : value.view())
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            return false;
    return true;
}

std::unique_ptr<CiSecretClient>
makeGitLabVariableClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                         const CiClientServices &services)
{
    return std::make_unique<GitLabVariableClient>(account, std::move(credential), services);
}

} // namespace td
