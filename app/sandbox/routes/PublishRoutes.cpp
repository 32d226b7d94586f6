// SPDX-License-Identifier: GPL-3.0-or-later
// Packuments, tarballs and publishing (PUT /<name> with a base64 tarball attachment).
#include "Routes.h"

#include "auth/Access.h"
#include "auth/Auth.h"
#include "auth/Crypto.h"

#include <QJsonArray>

namespace td::sandbox {

namespace {

QString nameOf(const RouteParams &p)
{
    return p.contains(QStringLiteral("scope"))
        ? p.value(QStringLiteral("scope")) + QLatin1Char('/') + p.value(QStringLiteral("name"))
        : p.value(QStringLiteral("name"));
}

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("Not found"));
}

HttpResponse packument(Context &ctx, const HttpRequest &request, const QString &name)
{
    AuthResult a = auth::authenticate(ctx, request, false);
    if (a.error)
        return *a.error;
    Package *p = ctx.state.package(name);
    if (!p || !access::canRead(ctx, a.identity, *p))
        return notFound();
    QJsonArray maintainers;
    for (const QString &m : p->maintainers)
        maintainers.append(QJsonObject{{QStringLiteral("name"), m},
                                       {QStringLiteral("email"), ctx.state.users.value(m).email}});
    QJsonObject versions;
    for (auto it = p->versions.begin(); it != p->versions.end(); ++it) {
        QJsonObject v = it.value().toObject();
        if (!v.contains(QStringLiteral("dist"))) {
            const QString file = name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + it.key()
                + QLatin1String(".tgz");
            v.insert(QStringLiteral("dist"),
                     QJsonObject{{QStringLiteral("tarball"),
                                  ctx.url(QLatin1Char('/') + name + QLatin1String("/-/") + file)}});
        }
        versions.insert(it.key(), v);
    }
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("_id"), p->name},
                                          {QStringLiteral("name"), p->name},
                                          {QStringLiteral("description"), p->description},
                                          {QStringLiteral("dist-tags"), p->distTags},
                                          {QStringLiteral("versions"), versions},
                                          {QStringLiteral("time"), p->time},
                                          {QStringLiteral("maintainers"), maintainers}});
}

HttpResponse tarball(Context &ctx, const HttpRequest &request, const QString &name,
                     const QString &file)
{
    AuthResult a = auth::authenticate(ctx, request, false);
    if (a.error)
        return *a.error;
    Package *p = ctx.state.package(name);
    if (!p || !access::canRead(ctx, a.identity, *p) || !p->tarballs.contains(file))
        return notFound();
    return HttpResponse::raw(200, "application/octet-stream", p->tarballs.value(file));
}

// Whether this identity may publish a new version now, or the answer that says why not.
std::optional<HttpResponse> publishAllowed(Context &ctx, const HttpRequest &request,
                                           const Identity &id, const Package *existing,
                                           const QString &name)
{
    const Token *t = id.token;
    if (!t)
        return HttpResponse::error(401,
                                   QStringLiteral("You must be logged in to publish packages."));
    if (t->kind
        == TokenKind::Oidc) // package-scoped by construction; 2FA comes from the CI's identity
        return existing && t->oidcPackage == name ? std::nullopt
                                                  : std::optional<HttpResponse>(notFound());
    const QString user = id.user->name;
    if (existing ? !access::userCanWrite(ctx, user, *existing)
                 : !access::userCanCreate(ctx, user, name))
        return notFound(); // npmjs masks "not yours" as 404
    if (!t->isWrite() && t->kind != TokenKind::Session)
        return HttpResponse::error(
            403, QStringLiteral("This token is read-only and cannot be used to publish."));
    if (!access::tokenCovers(*t, name, true))
        return notFound();
    if (t->isStageOnly())
        return HttpResponse::error(403,
                                   QStringLiteral("This token can only stage packages (npm stage "
                                                  "publish); it cannot publish directly."));
    const bool requiresTfa = !existing || existing->publishRequiresTfa;
    const bool tokensAllowed
        = !existing || existing->automationTokenOverridesTfa || !existing->publishRequiresTfa;
    if (t->kind == TokenKind::Session)
        return auth::requireOtp(ctx, request, *id.user);
    if (!tokensAllowed)
        return HttpResponse::error(
            403,
            QStringLiteral("Two-factor authentication is required to publish %1 and "
                           "tokens are not allowed. Use trusted publishing or publish "
                           "from a session with 2FA.")
                .arg(name));
    if (!requiresTfa || t->bypass2fa || t->classicType == QLatin1String("automation"))
        return std::nullopt;
    if (id.user->tfa == QLatin1String("none"))
        return HttpResponse::error(
            403,
            QStringLiteral("Two-factor authentication or granular access token with "
                           "bypass 2fa enabled is required to publish packages"));
    return auth::requireOtp(ctx, request, *id.user);
}

HttpResponse publish(Context &ctx, const HttpRequest &request, const QString &name)
{
    if (name.startsWith(QLatin1Char('-')))
        return notFound();
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    if (body->value(QStringLiteral("name")).toString() != name)
        return HttpResponse::error(
            400, QStringLiteral("The package name in the body does not match the URL."));
    const QJsonObject versions = body->value(QStringLiteral("versions")).toObject();
    if (versions.size() != 1)
        return HttpResponse::error(400, QStringLiteral("Publish exactly one version."));
    const QString version = versions.keys().first();
    Package *existing = ctx.state.package(name);
    if (auto denied = publishAllowed(ctx, request, a.identity, existing, name))
        return *denied;
    if (existing && existing->versions.contains(version))
        return HttpResponse::error(
            403,
            QStringLiteral("You cannot publish over the previously published versions: %1.")
                .arg(version));

    const QJsonObject attachments = body->value(QStringLiteral("_attachments")).toObject();
    const QString file
        = name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + version + QLatin1String(".tgz");
    const QJsonObject attachment
        = attachments.value(attachments.contains(file) ? file : attachments.keys().value(0))
              .toObject();
    const QByteArray data
        = QByteArray::fromBase64(attachment.value(QStringLiteral("data")).toString().toLatin1());
    if (data.isEmpty())
        return HttpResponse::error(400, QStringLiteral("The tarball attachment is missing."));
    if (attachment.contains(QStringLiteral("length"))
        && attachment.value(QStringLiteral("length")).toInt() != data.size())
        return HttpResponse::error(
            400, QStringLiteral("The tarball attachment length does not match its data."));

    Package created;
    if (!existing) {
        created.name = name;
        created.description = body->value(QStringLiteral("description")).toString();
        created.maintainers = {a.identity.user->name};
        const QString requested = body->value(QStringLiteral("access")).toString();
        created.access = requested == QLatin1String("public") || access::scopeOf(name).isEmpty()
            ? QStringLiteral("public")
            : QStringLiteral("restricted");
        ctx.state.packages.insert(name, created);
        existing = ctx.state.package(name);
    }
    QJsonObject manifest = versions.value(version).toObject();
    QJsonObject dist = manifest.value(QStringLiteral("dist")).toObject();
    dist.insert(QStringLiteral("tarball"),
                ctx.url(QLatin1Char('/') + name + QLatin1String("/-/") + file));
    dist.insert(QStringLiteral("shasum"), crypto::sha1Hex(data));
    dist.insert(
        QStringLiteral("integrity"),
        QString(QLatin1String("sha512-") + QString::fromLatin1(crypto::sha512(data).toBase64())));
    manifest.insert(QStringLiteral("dist"), dist);
    const Token *t = a.identity.token;
    if (t->kind == TokenKind::Oidc) {
        const QString provider = t->oidcProvider;
        const QString label = provider == QLatin1String("github") ? QStringLiteral("GitHub Actions")
            : provider == QLatin1String("gitlab")                 ? QStringLiteral("GitLab CI/CD")
                                                                  : QStringLiteral("CircleCI");
        manifest.insert(
            QStringLiteral("_npmUser"),
            QJsonObject{
                {QStringLiteral("name"), label},
                {QStringLiteral("email"), QStringLiteral("npm-oidc-no-reply@%1.com").arg(provider)},
                {QStringLiteral("trustedPublisher"),
                 QJsonObject{{QStringLiteral("id"), provider},
                             {QStringLiteral("oidcConfigId"), t->oidcConfigId}}}});
    } else {
        manifest.insert(QStringLiteral("_npmUser"),
                        QJsonObject{{QStringLiteral("name"), a.identity.user->name},
                                    {QStringLiteral("email"), a.identity.user->email}});
    }
    existing->versions.insert(version, manifest);
    existing->tarballs.insert(file, data);
    existing->time.insert(version, iso(ctx.state.now()));
    existing->time.insert(QStringLiteral("modified"), iso(ctx.state.now()));
    const QJsonObject tags = body->value(QStringLiteral("dist-tags")).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        existing->distTags.insert(it.key(), it.value());
    if (!existing->distTags.contains(QStringLiteral("latest")))
        existing->distTags.insert(QStringLiteral("latest"), version);
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("id"), name}});
}

} // namespace

void addPublishRoutes(Router &router, Context &ctx)
{
    for (const QString &prefix : {QStringLiteral("/:name"), QStringLiteral("/:scope/:name")}) {
        router.add("GET", prefix + QLatin1String("/-/:file"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       return tarball(ctx, r, nameOf(p), p.value(QStringLiteral("file")));
                   });
        router.add("GET", prefix, [&ctx](const HttpRequest &r, const RouteParams &p) {
            if (p.contains(QStringLiteral("scope"))
                && !p.value(QStringLiteral("scope")).startsWith(QLatin1Char('@')))
                return notFound();
            return packument(ctx, r, nameOf(p));
        });
        router.add("PUT", prefix, [&ctx](const HttpRequest &r, const RouteParams &p) {
            if (p.contains(QStringLiteral("scope"))
                && !p.value(QStringLiteral("scope")).startsWith(QLatin1Char('@')))
                return notFound();
            return publish(ctx, r, nameOf(p));
        });
    }
}

} // namespace td::sandbox
