// SPDX-License-Identifier: GPL-3.0-or-later
// POST /-/npm/v1/oidc/token/exchange/package/<name>: a CI id token issued by this sandbox,
// matched exactly (case-sensitive) against the package's trusted publisher configs.
#include "Routes.h"

#include "sandbox/auth/Crypto.h"
#include "sandbox/auth/Jwt.h"

#include <QJsonArray>

namespace td::sandbox {

namespace {

HttpResponse failure(int status, const char *what)
{
    return HttpResponse::json(status,
                              QJsonObject{{QStringLiteral("message"),
                                           QString(QLatin1String("OIDC token exchange error - ")
                                                   + QLatin1String(what))}});
}

// "acme/cli//.gitlab-ci.yml@refs/heads/main" → ".gitlab-ci.yml";
// "acme/widgets/.github/workflows/publish.yml@refs/heads/main" → "publish.yml".
QString fileOfRef(const QString &ref, bool gitlab)
{
    const QString path = ref.section(QLatin1Char('@'), 0, 0);
    if (gitlab) {
        const qsizetype sep = path.indexOf(QLatin1String("//"));
        return sep < 0 ? QString() : path.mid(sep + 2);
    }
    return path.section(QLatin1Char('/'), -1);
}

bool environmentMatches(const QJsonObject &cfg, const QJsonObject &tok)
{
    const QString wanted = cfg.value(QStringLiteral("environment")).toString();
    return wanted.isEmpty() || wanted == tok.value(QStringLiteral("environment")).toString();
}

bool matches(const TrustConfig &c, const QString &provider, const QJsonObject &tok)
{
    if (c.type != provider || c.permissions.isEmpty())
        return false;
    const QJsonObject &cfg = c.claims;
    if (provider == QLatin1String("github"))
        return cfg.value(QStringLiteral("repository")).toString()
            == tok.value(QStringLiteral("repository")).toString()
            && cfg.value(QStringLiteral("workflow_ref"))
                   .toObject()
                   .value(QStringLiteral("file"))
                   .toString()
            == fileOfRef(tok.value(QStringLiteral("workflow_ref")).toString(), false)
            && environmentMatches(cfg, tok);
    if (provider == QLatin1String("gitlab"))
        return cfg.value(QStringLiteral("project_path")).toString()
            == tok.value(QStringLiteral("project_path")).toString()
            && cfg.value(QStringLiteral("ci_config_ref_uri"))
                   .toObject()
                   .value(QStringLiteral("file"))
                   .toString()
            == fileOfRef(tok.value(QStringLiteral("ci_config_ref_uri")).toString(), true)
            && environmentMatches(cfg, tok);
    for (auto it = cfg.begin(); it != cfg.end(); ++it) {
        if (it.value().isArray()) {
            const QJsonArray have = tok.value(it.key()).toArray();
            for (const QJsonValue &needed : it.value().toArray())
                if (!have.contains(needed))
                    return false;
        } else if (it.value() != tok.value(it.key())) {
            return false;
        }
    }
    return !cfg.isEmpty();
}

HttpResponse exchange(Context &ctx, const HttpRequest &request, const QString &name)
{
    const QByteArray header = request.header("authorization");
    if (!header.toLower().startsWith("bearer "))
        return failure(401, "unauthorized");
    const auto claims = jwt::verify(header.mid(7).trimmed(), ctx.state.signingKey);
    const qint64 now = ctx.state.now().toSecsSinceEpoch();
    if (!claims || qint64(claims->value(QStringLiteral("exp")).toDouble()) < now)
        return failure(401, "unauthorized");
    const QString aud = claims->value(QStringLiteral("aud")).toString();
    if (!aud.startsWith(QLatin1String("npm:")))
        return failure(401, "unauthorized");
    Package *p = ctx.state.package(name);
    if (!p)
        return failure(404, "package not found");
    const QString provider = claims->value(QStringLiteral("x_sandbox_provider")).toString();
    // Every matching config counts (up to 10 per package): the token may do what any allows.
    const TrustConfig *first = nullptr;
    QStringList permissions;
    for (const TrustConfig &c : p->trust) {
        if (!matches(c, provider, *claims))
            continue;
        if (!first)
            first = &c;
        for (const QString &permission : c.permissions)
            if (!permissions.contains(permission))
                permissions.append(permission);
    }
    if (first) {
        const TrustConfig &c = *first;
        Token t;
        t.kind = TokenKind::Oidc;
        t.key = crypto::newUuid();
        t.secret = crypto::newGranularToken();
        t.owner = p->maintainers.value(0);
        t.created = ctx.state.now();
        t.expiry = t.created.addSecs(3600);
        t.name = QStringLiteral("oidc");
        t.oidcPackage = name;
        t.oidcProvider = provider;
        t.oidcConfigId = c.id;
        t.oidcPermissions = permissions;
        t.oidcClaims = *claims;
        ctx.state.tokens.push_back(t);
        return HttpResponse::json(
            201,
            QJsonObject{{QStringLiteral("token_type"), QStringLiteral("oidc")},
                        {QStringLiteral("token"), t.secret},
                        {QStringLiteral("created"), iso(t.created)},
                        {QStringLiteral("expires"), iso(t.expiry)}});
    }
    return failure(404, "package not found"); // npmjs does not say which claim differed
}

} // namespace

void addOidcRoutes(Router &router, Context &ctx)
{
    router.add("POST", QStringLiteral("/-/npm/v1/oidc/token/exchange/package/:name"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return exchange(ctx, r, p.value(QStringLiteral("name")));
               });
    router.add("POST", QStringLiteral("/-/npm/v1/oidc/token/exchange/package/:scope/:name"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return exchange(ctx, r,
                                   p.value(QStringLiteral("scope")) + QLatin1Char('/')
                                       + p.value(QStringLiteral("name")));
               });
}

} // namespace td::sandbox
