// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CircleCiVariableClient.h"

#include "core/cisecrets/CiHttp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace td {

namespace {

// A context listing longer than this many pages is not followed further (a loop guard).
constexpr int kMaxPages = 50;

// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::CircleCiVariableClient)
};

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// "gh/acme/widgets" as path segments, each encoded: CircleCI wants the slashes as they are.
QByteArray slugPath(const QString &slug)
{
    QByteArrayList parts;
    for (const QString &part : slug.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts << ciPathSegment(part);
    return parts.join('/');
}

// "xxxx1234" -> "1234".
QString lastFourOf(const QString &masked)
{
    return masked.size() >= 4 ? masked.right(4) : QString();
}

bool isContext(const CiSecretTarget &target)
{
    return target.kind == CiStoreKind::CircleCiContext;
}

QString subjectOf(const CiSecretTarget &target)
{
    return isContext(target) ? Tr::tr("context %1 of %2").arg(target.scope, target.owner)
                             : Tr::tr("project %1").arg(target.owner);
}

// A project variable's answer: {"name","value":"xxxx1234","created_at"}; POST overwrites, so
// created_at is the time of the last write.
CiSecretState projectState(const QJsonObject &object)
{
    CiSecretState state;
    state.exists = true;
    state.lastFour = lastFourOf(object.value(QLatin1String("value")).toString());
    state.updatedAt = QDateTime::fromString(object.value(QLatin1String("created_at")).toString(),
                                            Qt::ISODateWithMs);
    return state;
}

// A context variable: {"variable","context_id","created_at","updated_at","truncated_value"}.
CiSecretState contextState(const QJsonObject &object)
{
    CiSecretState state;
    state.exists = true;
    state.lastFour = lastFourOf(object.value(QLatin1String("truncated_value")).toString());
    state.updatedAt = QDateTime::fromString(object.value(QLatin1String("updated_at")).toString(),
                                            Qt::ISODateWithMs);
    return state;
}

QString lastFourOf(const SecretBuffer &value)
{
    return value.size() >= 4 ? QString::fromUtf8(value.view().last(4)) : QString();
}

class CircleCiVariableClient final : public CiSecretClient
{
public:
    CircleCiVariableClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                           const CiClientServices &services)
        : m_http(std::make_unique<CiHttp>(CiProvider::CircleCi, account.apiBase,
                                          std::move(credential), services))
    { }

    CiProvider provider() const override { return CiProvider::CircleCi; }

    void whoami(std::function<void(Result<QString>)> done) override
    {
        CiSecretTarget none;
        send(none, "GET", m_http->endpoint("/me"), {}, [done](Result<HttpResponse> answer) {
            if (!answer)
                return done(answer.error());
            const QString login
                = objectOf(answer.value().body).value(QLatin1String("login")).toString();
            if (login.isEmpty())
                return done(makeError(ErrorCode::MalformedResponse,
                                      Tr::tr("CircleCI did not say who the token belongs to."),
                                      Tr::tr("Check that the API address ends in /api/v2.")));
            done(login);
        });
    }

    void describe(const CiSecretTarget &target,
                  std::function<void(Result<CiSecretState>)> done) override
    {
        if (!isContext(target)) {
            const QUrl url
                = m_http->endpoint(projectPath(target) + '/' + ciPathSegment(target.name));
            return send(target, "GET", url, {}, [done](Result<HttpResponse> answer) {
                if (!answer)
                    return done(answer.error());
                if (answer.value().status == 404)
                    return done(CiSecretState{});
                done(projectState(objectOf(answer.value().body)));
            });
        }
        findContext(target, [this, target, done](Result<QString> id) {
            if (!id)
                return done(id.error());
            findContextVariable(target, id.value(), QString(), kMaxPages, done);
        });
    }

    void push(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
              std::function<void(Result<CiSecretState>)> done) override
    {
        if (!isContext(target)) {
            // Creates or overwrites.
            auto body
                = ciJsonBodyWithSecret({{QStringLiteral("name"), target.name}}, "value", *value);
            return send(target, "POST", m_http->endpoint(projectPath(target)), body,
                        [target, done](Result<HttpResponse> answer) {
                            if (!answer)
                                return done(answer.error());
                            done(projectState(objectOf(answer.value().body)));
                        });
        }
        findContext(target, [this, target, value, done](Result<QString> id) {
            if (!id)
                return done(id.error());
            const QUrl url
                = m_http->endpoint("/context/" + ciPathSegment(id.value())
                                   + "/environment-variable/" + ciPathSegment(target.name));
            send(target, "PUT", url, ciJsonBodyWithSecret({}, "value", *value),
                 [done](Result<HttpResponse> answer) {
                     if (!answer)
                         return done(answer.error());
                     done(contextState(objectOf(answer.value().body)));
                 });
        });
    }

    void verify(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
                const QDateTime &pushedAt, std::function<void(Result<bool>)> done) override
    {
        describe(target, [value, pushedAt, done](Result<CiSecretState> state) {
            if (!state)
                return done(state.error());
            const CiSecretState &s = state.value();
            if (!s.exists)
                return done(false);
            if (!s.lastFour.isEmpty())
                return done(s.lastFour == lastFourOf(*value));
            done(s.updatedAt.isValid() && pushedAt.isValid() && s.updatedAt >= pushedAt);
        });
    }

private:
    QByteArray projectPath(const CiSecretTarget &target) const
    {
        return "/project/" + slugPath(target.owner) + "/envvar";
    }

    // The context's id from its name, following next_page_token.
    void findContext(const CiSecretTarget &target, std::function<void(Result<QString>)> done,
                     const QString &pageToken = {}, int pagesLeft = kMaxPages)
    {
        QByteArray query = "/context?owner-slug=" + ciPathSegment(target.owner);
        if (!pageToken.isEmpty())
            query += "&page-token=" + ciPathSegment(pageToken);
        send(target, "GET", m_http->endpoint(query), {},
             [this, target, done, pagesLeft](Result<HttpResponse> answer) {
                 if (!answer)
                     return done(answer.error());
                 const QJsonObject page = objectOf(answer.value().body);
                 for (const QJsonArray entries = page.value(QLatin1String("items")).toArray();
                      const QJsonValue &item : entries)
                     if (item.toObject().value(QLatin1String("name")).toString() == target.scope)
                         return done(item.toObject().value(QLatin1String("id")).toString());
                 const QString next = page.value(QLatin1String("next_page_token")).toString();
                 if (next.isEmpty() || pagesLeft <= 1 || answer.value().status == 404)
                     return done(makeError(
                         ErrorCode::E404,
                         Tr::tr("CircleCI has no context named %1 in %2.")
                             .arg(target.scope, target.owner),
                         Tr::tr("Check the context's name in the organization settings, and that "
                                "the token's account belongs to %1.")
                             .arg(target.owner),
                         404));
                 findContext(target, done, next, pagesLeft - 1);
             });
    }

    void findContextVariable(const CiSecretTarget &target, const QString &contextId,
                             const QString &pageToken, int pagesLeft,
                             std::function<void(Result<CiSecretState>)> done)
    {
        QByteArray path = "/context/" + ciPathSegment(contextId) + "/environment-variable";
        if (!pageToken.isEmpty())
            path += "?page-token=" + ciPathSegment(pageToken);
        send(target, "GET", m_http->endpoint(path), {},
             [this, target, contextId, pagesLeft, done](Result<HttpResponse> answer) {
                 if (!answer)
                     return done(answer.error());
                 if (answer.value().status == 404)
                     return done(notFound(target));
                 const QJsonObject page = objectOf(answer.value().body);
                 for (const QJsonArray entries = page.value(QLatin1String("items")).toArray();
                      const QJsonValue &item : entries)
                     if (item.toObject().value(QLatin1String("variable")).toString() == target.name)
                         return done(contextState(item.toObject()));
                 const QString next = page.value(QLatin1String("next_page_token")).toString();
                 if (next.isEmpty() || pagesLeft <= 1)
                     return done(CiSecretState{});
                 findContextVariable(target, contextId, next, pagesLeft - 1, done);
             });
    }

    static Error notFound(const CiSecretTarget &target)
    {
        return makeError(ErrorCode::E404,
                         Tr::tr("CircleCI has no %1, or the token's account cannot see it.")
                             .arg(subjectOf(target)),
                         Tr::tr("Check the name, and that the project is followed in CircleCI."),
                         404);
    }

    // 401 and 403 are worded for CircleCI (a project token is the usual cause); a 404 for the
    // project is named, a 404 for a variable is passed on as an answer.
    void send(const CiSecretTarget &target, const QByteArray &method, const QUrl &url,
              std::shared_ptr<const SecretBuffer> body, CiHttp::Done done)
    {
        CiRequest request;
        request.method = method;
        request.url = url;
        request.body = std::move(body);
        request.subject = target.isValid() ? subjectOf(target) : QString();
        request.passStatuses = {401, 403, 404};
        const CiRequest copy = request;
        m_http->send(std::move(request), [target, copy, done](Result<HttpResponse> answer) {
            if (!answer || answer.value().status < 400)
                return done(std::move(answer));
            const HttpResponse &response = answer.value();
            if (response.status == 404) {
                const QString message = ciErrorMessage(response.body);
                // "Environment variable not found." is the variable; anything else the store.
                if (message.contains(QLatin1String("variable"), Qt::CaseInsensitive))
                    return done(std::move(answer));
                return done(notFound(target));
            }
            const QString needs
                = Tr::tr("CircleCI needs a personal API token (project tokens do not "
                         "work on API v2)");
            const QString hint
                = Tr::tr("Create one under User Settings → Personal API Tokens, then "
                         "run tokendesk-cli ci login circleci.");
            if (response.status == 401)
                return done(makeError(ErrorCode::E401,
                                      Tr::tr("CircleCI did not accept the token. %1.").arg(needs),
                                      hint, 401));
            done(makeError(ErrorCode::E403,
                           target.isValid()
                               ? Tr::tr("CircleCI refused access to %1. %2, of an account that may "
                                        "change its environment variables.")
                                     .arg(subjectOf(target), needs)
                               : Tr::tr("CircleCI refused the request. %1.").arg(needs),
                           hint, 403));
        });
    }

    std::unique_ptr<CiHttp> m_http;
};

} // namespace

std::unique_ptr<CiSecretClient>
makeCircleCiVariableClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                           const CiClientServices &services)
{
    return std::make_unique<CircleCiVariableClient>(account, std::move(credential), services);
}

} // namespace td
