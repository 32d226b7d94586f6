// SPDX-License-Identifier: GPL-3.0-or-later
// Packuments, tarballs and publishing (PUT /<name> with a base64 tarball attachment).
#include "Routes.h"

#include "PackageWrites.h"
#include "Packument.h"
#include "Publishing.h"
#include "sandbox/auth/Access.h"
#include "sandbox/auth/Auth.h"
#include "sandbox/auth/Crypto.h"

#include <QJsonArray>

namespace td::sandbox {

namespace {

// npmjs's answers to a publish that may only be staged (docs/staged-publishing-and-2027.md §4).
constexpr auto kStageRequired = "E_STAGE_REQUIRED: this token can only stage a publish. Run npm "
                                "stage publish and approve the staged version with 2FA.";
constexpr auto kOidcDenied = "OIDC permission denied for this action";
// The January 2027 cut-over (--era 2027-01): npm has announced the end of direct publishing with
// bypass-2FA tokens but no wording of the refusal; this one names the code, the reason and the way
// out (the token keeps staging), and npm prints it after "403 Forbidden - PUT <url> - ".
constexpr auto kBypassPublishEnded
    = "E_BYPASS_PUBLISH_ENDED: since January 2027, granular tokens with bypass 2FA can no longer "
      "publish directly. This token can still stage: run npm stage publish and approve the staged "
      "version with 2FA, or publish with trusted publishing (OIDC).";

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

HttpResponse getPackument(Context &ctx, const HttpRequest &request, const QString &name)
{
    AuthResult a = auth::authenticate(ctx, request, false);
    if (a.error)
        return *a.error;
    Package *p = ctx.state.package(name);
    if (!p || !access::canRead(ctx, a.identity, *p))
        return notFound();
    if (packument::wantsAbbreviated(request))
        return packument::conditionalJson(request, packument::abbreviated(ctx, *p),
                                          packument::kAbbreviatedType);
    return packument::conditionalJson(request, packument::full(ctx, *p), "application/json");
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
    if (t->kind == TokenKind::Oidc) { // package-scoped; 2FA comes from the CI's identity
        if (!existing || t->oidcPackage != name)
            return notFound();
        if (!t->oidcPermissions.contains(QStringLiteral("createPackage")))
            return HttpResponse::error(403, QLatin1String(kOidcDenied));
        return std::nullopt;
    }
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
        return HttpResponse::json(
            403,
            QJsonObject{{QStringLiteral("error"), QLatin1String(kStageRequired)},
                        {QStringLiteral("code"), QStringLiteral("E_STAGE_REQUIRED")}});
    if (ctx.era == Era::Jan2027 && t->kind == TokenKind::Granular && t->bypass2fa)
        return HttpResponse::json(
            403,
            QJsonObject{{QStringLiteral("error"), QLatin1String(kBypassPublishEnded)},
                        {QStringLiteral("code"), QStringLiteral("E_BYPASS_PUBLISH_ENDED")}});
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
    // npm deprecate sends the packument back without attachments: a metadata write.
    if (!body->contains(QStringLiteral("_attachments")))
        return writes::updateMetadata(ctx, request, a.identity, name, *body);
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

    QString problem;
    const auto data = publishing::tarballFromBody(*body, name, version, &problem);
    if (!data)
        return HttpResponse::error(400, problem);
    if (!existing) {
        Package created;
        created.name = name;
        created.description = body->value(QStringLiteral("description")).toString();
        created.maintainers = {a.identity.user->name};
        created.access = publishing::accessForNewPackage(
            name, body->value(QStringLiteral("access")).toString());
        ctx.state.packages.insert(name, created);
        existing = ctx.state.package(name);
    }
    const Token *t = a.identity.token;
    publishing::addVersion(ctx, *existing, version, versions.value(version).toObject(), *data,
                           body->value(QStringLiteral("dist-tags")).toObject(),
                           t->kind == TokenKind::Oidc
                               ? publishing::trustedPublisher(t->oidcProvider, t->oidcConfigId)
                               : publishing::userPublisher(*a.identity.user),
                           t->kind == TokenKind::Oidc ? t->oidcClaims : QJsonObject());
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
            return getPackument(ctx, r, nameOf(p));
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
