// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub's Actions secrets API (ci-secrets.md) under /-/ci/github/api: the user, environments,
// and the public key, list, get, PUT and DELETE of repository, environment and organization
// secrets. Each store has its own X25519 key pair; a PUT is unsealed with crypto_box_seal_open, so
// what is stored is the plaintext and a test proves the client's sealing, not just its request.
#include "sandbox/ci/CiRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace td::sandbox {

namespace {

const QString kApi = QStringLiteral("/-/ci/github/api");
const QString kGitHub = QStringLiteral("github");

HttpResponse gitHubError(int status, const QString &message)
{
    return HttpResponse::json(
        status,
        QJsonObject{{QStringLiteral("message"), message},
                    {QStringLiteral("documentation_url"),
                     QStringLiteral("https://docs.github.com/rest/actions/secrets")},
                    {QStringLiteral("status"), QString::number(status)}});
}

HttpResponse notFound()
{
    return gitHubError(404, QStringLiteral("Not Found"));
}

// Which store a route addresses, and the permission words it needs.
struct Store
{
    QString id; // CiState store id
    bool organization = false;
    QString needsRead;  // CiCredential permission that allows reading ("secrets:read")
    QString needsWrite; // … writing ("secrets:write")
};

Store storeFor(const RouteParams &p)
{
    if (p.contains(QStringLiteral("org")))
        return {CiState::makeId(kGitHub, QStringLiteral("organization"),
                                {p.value(QStringLiteral("org"))}),
                true, QStringLiteral("organization_secrets:read"),
                QStringLiteral("organization_secrets:write")};
    if (p.contains(QStringLiteral("env")))
        return {CiState::makeId(kGitHub, QStringLiteral("environment"),
                                {p.value(QStringLiteral("owner")), p.value(QStringLiteral("repo")),
                                 p.value(QStringLiteral("env"))}),
                false, QStringLiteral("secrets:read"), QStringLiteral("secrets:write")};
    return {CiState::makeId(kGitHub, QStringLiteral("repository"),
                            {p.value(QStringLiteral("owner")), p.value(QStringLiteral("repo"))}),
            false, QStringLiteral("secrets:read"), QStringLiteral("secrets:write")};
}

// GitHub's answer to a credential that may not: 403 naming the permission in
// X-Accepted-GitHub-Permissions ("secrets=write").
HttpResponse forbidden(const QString &permission)
{
    HttpResponse r = gitHubError(403,
                                 QStringLiteral("Resource not accessible by personal access "
                                                "token"));
    QString words = permission;
    words.replace(QLatin1Char(':'), QLatin1Char('='));
    r.setHeader("x-accepted-github-permissions", words.toLatin1());
    return r;
}

class GitHubApi
{
public:
    explicit GitHubApi(Context &ctx) : m_ctx(ctx) { }

    // 401 without a known credential, 404 without the store, 403 without the permission.
    // Returns nullopt when the request may go on.
    std::optional<HttpResponse> gate(const HttpRequest &request, const Store &store, bool write)
    {
        const CiCredential *who = m_ctx.ci.credential(kGitHub, ci::bearerToken(request));
        if (!who)
            return gitHubError(401, QStringLiteral("Bad credentials"));
        if (!m_ctx.ci.hasStore(store.id))
            return notFound();
        if (write ? !who->may(store.needsWrite)
                  : !who->may(store.needsRead) && !who->may(store.needsWrite))
            return forbidden(write ? store.needsWrite : store.needsRead);
        return std::nullopt;
    }

    HttpResponse user(const HttpRequest &request)
    {
        const CiCredential *who = m_ctx.ci.credential(kGitHub, ci::bearerToken(request));
        if (!who)
            return gitHubError(401, QStringLiteral("Bad credentials"));
        return HttpResponse::json(200,
                                  QJsonObject{{QStringLiteral("login"), who->login},
                                              {QStringLiteral("id"), 1000},
                                              {QStringLiteral("type"), QStringLiteral("User")}});
    }

    HttpResponse environments(const HttpRequest &request, const RouteParams &p)
    {
        const Store repo = storeFor(p);
        if (auto refused = gate(request, repo, false))
            return *refused;
        const QString prefix
            = CiState::makeId(kGitHub, QStringLiteral("environment"),
                              {p.value(QStringLiteral("owner")), p.value(QStringLiteral("repo"))})
            + QLatin1Char(':');
        QJsonArray list;
        int id = 1;
        for (const QString &store : m_ctx.ci.stores(prefix))
            list.append(
                QJsonObject{{QStringLiteral("id"), id++},
                            {QStringLiteral("name"),
                             QUrl::fromPercentEncoding(store.mid(prefix.size()).toUtf8())}});
        return HttpResponse::json(200,
                                  QJsonObject{{QStringLiteral("total_count"), list.size()},
                                              {QStringLiteral("environments"), list}});
    }

    HttpResponse publicKey(const HttpRequest &request, const RouteParams &p)
    {
        const Store store = storeFor(p);
        if (auto refused = gate(request, store, false))
            return *refused;
        const CiKeyPair &pair = m_ctx.ci.keyPair(store.id);
        return HttpResponse::json(
            200,
            QJsonObject{{QStringLiteral("key_id"), pair.keyId},
                        {QStringLiteral("key"), QString::fromLatin1(pair.publicKey.toBase64())}});
    }

    QJsonObject item(const Store &store, const QString &id) const
    {
        const CiStoredValue *stored = m_ctx.ci.value(id);
        QJsonObject o{{QStringLiteral("name"),
                       QUrl::fromPercentEncoding(id.section(QLatin1Char(':'), -1).toUtf8())},
                      {QStringLiteral("created_at"), ci::isoSeconds(stored->createdAt)},
                      {QStringLiteral("updated_at"), ci::isoSeconds(stored->updatedAt)}};
        if (store.organization) {
            const QString visibility = stored->attributes.value(QStringLiteral("visibility"))
                                           .toString(QStringLiteral("private"));
            o.insert(QStringLiteral("visibility"), visibility);
            if (visibility == QLatin1String("selected"))
                o.insert(QStringLiteral("selected_repositories_url"),
                         m_ctx.url(kApi
                                   + QStringLiteral("/orgs/%1/actions/secrets/%2/repositories")
                                         .arg(store.id.section(QLatin1Char(':'), 3, 3),
                                              id.section(QLatin1Char(':'), -1))));
        }
        return o;
    }

    HttpResponse list(const HttpRequest &request, const RouteParams &p)
    {
        const Store store = storeFor(p);
        if (auto refused = gate(request, store, false))
            return *refused;
        const QStringList ids = m_ctx.ci.idsIn(store.id);
        const int perPage = qBound(1,
                                   request.queryValue(QStringLiteral("per_page")).toInt() > 0
                                       ? request.queryValue(QStringLiteral("per_page")).toInt()
                                       : 30,
                                   100);
        const int page = qMax(1, request.queryValue(QStringLiteral("page")).toInt());
        QJsonArray secrets;
        for (int i = (page - 1) * perPage; i < ids.size() && i < page * perPage; ++i)
            secrets.append(item(store, ids.at(i)));
        HttpResponse r = HttpResponse::json(200,
                                            QJsonObject{{QStringLiteral("total_count"), ids.size()},
                                                        {QStringLiteral("secrets"), secrets}});
        if (page * perPage < ids.size())
            r.setHeader("link",
                        QStringLiteral("<%1?per_page=%2&page=%3>; rel=\"next\"")
                            .arg(m_ctx.url(request.path))
                            .arg(perPage)
                            .arg(page + 1)
                            .toUtf8());
        return r;
    }

    HttpResponse get(const HttpRequest &request, const RouteParams &p)
    {
        const Store store = storeFor(p);
        if (auto refused = gate(request, store, false))
            return *refused;
        const QString id
            = store.id + QLatin1Char(':') + CiState::field(p.value(QStringLiteral("name")));
        if (!m_ctx.ci.value(id))
            return notFound();
        return HttpResponse::json(200, item(store, id));
    }

    HttpResponse repositories(const HttpRequest &request, const RouteParams &p)
    {
        const Store store = storeFor(p);
        if (auto refused = gate(request, store, false))
            return *refused;
        const CiStoredValue *stored = m_ctx.ci.value(
            store.id + QLatin1Char(':') + CiState::field(p.value(QStringLiteral("name"))));
        if (!stored)
            return notFound();
        QJsonArray repos;
        for (const QJsonValue &id :
             stored->attributes.value(QStringLiteral("selected_repository_ids")).toArray())
            repos.append(QJsonObject{{QStringLiteral("id"), id}});
        return HttpResponse::json(200,
                                  QJsonObject{{QStringLiteral("total_count"), repos.size()},
                                              {QStringLiteral("repositories"), repos}});
    }

    HttpResponse put(const HttpRequest &request, const RouteParams &p)
    {
        const Store store = storeFor(p);
        if (auto refused = gate(request, store, true))
            return *refused;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        const QJsonObject body = doc.object();
        const QString keyId = body.value(QStringLiteral("key_id")).toString();
        const QByteArray sealed = QByteArray::fromBase64(
            body.value(QStringLiteral("encrypted_value")).toString().toLatin1());
        if (!doc.isObject() || keyId.isEmpty() || sealed.isEmpty())
            return gitHubError(422,
                               QStringLiteral("Invalid request: encrypted_value and key_id "
                                              "are required."));
        const CiKeyPair &pair = m_ctx.ci.keyPair(store.id);
        if (keyId != pair.keyId)
            return gitHubError(422,
                               QStringLiteral("Invalid request: key_id %1 is not the "
                                              "current public key (%2).")
                                   .arg(keyId, pair.keyId));
        QJsonObject attributes;
        if (store.organization) {
            const QString visibility = body.value(QStringLiteral("visibility")).toString();
            if (visibility != QLatin1String("all") && visibility != QLatin1String("private")
                && visibility != QLatin1String("selected"))
                return gitHubError(422,
                                   QStringLiteral("Invalid request: visibility must be all, "
                                                  "private or selected."));
            attributes.insert(QStringLiteral("visibility"), visibility);
            if (visibility == QLatin1String("selected"))
                attributes.insert(QStringLiteral("selected_repository_ids"),
                                  body.value(QStringLiteral("selected_repository_ids")).toArray());
        }
        if (sealed.size() < qsizetype(crypto_box_SEALBYTES))
            return gitHubError(422,
                               QStringLiteral("Invalid request: encrypted_value is not a "
                                              "sealed box."));
        QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
        if (crypto_box_seal_open(
                reinterpret_cast<unsigned char *>(plain.data()),
                reinterpret_cast<const unsigned char *>(sealed.constData()),
                static_cast<unsigned long long>(sealed.size()),
                reinterpret_cast<const unsigned char *>(pair.publicKey.constData()),
                reinterpret_cast<const unsigned char *>(pair.secretKey.constData()))
            != 0)
            return gitHubError(422,
                               QStringLiteral("Invalid request: encrypted_value does not "
                                              "open with this store's key."));
        bool created = false;
        const QString id
            = store.id + QLatin1Char(':') + CiState::field(p.value(QStringLiteral("name")));
        CiStoredValue &stored = m_ctx.ci.write(id, plain, m_ctx.state.now(), &created);
        stored.attributes = attributes;
        return HttpResponse::raw(created ? 201 : 204, "application/json", created ? "{}" : "");
    }

    HttpResponse remove(const HttpRequest &request, const RouteParams &p)
    {
        const Store store = storeFor(p);
        if (auto refused = gate(request, store, true))
            return *refused;
        if (!m_ctx.ci.remove(store.id + QLatin1Char(':')
                             + CiState::field(p.value(QStringLiteral("name")))))
            return notFound();
        return HttpResponse::raw(204, "application/json", "");
    }

private:
    Context &m_ctx;
};

} // namespace

void addGitHubCiRoutes(Router &router, Context &ctx)
{
    auto api = std::make_shared<GitHubApi>(ctx);
    const auto on = [&router, api](const char *method, const QString &path, auto member) {
        router.add(method, kApi + path, [api, member](const HttpRequest &r, const RouteParams &p) {
            return ((*api).*member)(r, p);
        });
    };
    router.add("GET", kApi + QStringLiteral("/user"),
               [api](const HttpRequest &r, const RouteParams &) { return api->user(r); });
    on("GET", QStringLiteral("/repos/:owner/:repo/environments"), &GitHubApi::environments);

    // Repository, environment and organization stores share the handlers.
    for (const QString &store : {QStringLiteral("/repos/:owner/:repo/actions/secrets"),
                                 QStringLiteral("/repos/:owner/:repo/environments/:env/secrets"),
                                 QStringLiteral("/orgs/:org/actions/secrets")}) {
        on("GET", store + QStringLiteral("/public-key"), &GitHubApi::publicKey);
        on("GET", store, &GitHubApi::list);
        on("GET", store + QStringLiteral("/:name"), &GitHubApi::get);
        on("PUT", store + QStringLiteral("/:name"), &GitHubApi::put);
        on("DELETE", store + QStringLiteral("/:name"), &GitHubApi::remove);
    }
    on("GET", QStringLiteral("/orgs/:org/actions/secrets/:name/repositories"),
       &GitHubApi::repositories);
    addGitHubDeviceRoutes(router, ctx);
}

} // namespace td::sandbox
