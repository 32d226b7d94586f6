// SPDX-License-Identifier: GPL-3.0-or-later
// What the registry signs (issue 21): GET /-/npm/v1/keys, GET /-/npm/v1/attestations/<spec>,
// and the control API's GET /-/sandbox/trusted-root and POST /-/sandbox/publish (a publish "as
// an attacker": by token, from another repository, ref, trigger or runner, without provenance,
// or with a tampered bundle).
#include "Routes.h"

#include "Publishing.h"
#include "sandbox/auth/Access.h"
#include "sandbox/auth/Auth.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/sigstore/SandboxSigstore.h"
#include "sandbox/state/Staging.h"

#include <QJsonDocument>

namespace td::sandbox {

namespace {

// "<name>@<version>", the scope's slash already decoded by the router ("@scope%2fname" →
// "@scope/name"); the version starts after the last '@' that is not the scope's.
HttpResponse attestations(Context &ctx, const HttpRequest &request, const QString &spec)
{
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return HttpResponse::error(404, QStringLiteral("Not found"));
    const QString name = spec.left(at);
    const QString version = spec.mid(at + 1);
    AuthResult a = auth::authenticate(ctx, request, false);
    if (a.error)
        return *a.error;
    const Package *p = ctx.state.package(name);
    const auto document = ctx.state.sigstore.document(name, version);
    if (!p || !access::canRead(ctx, a.identity, *p) || !p->versions.contains(version) || !document)
        return HttpResponse::error(404, QStringLiteral("Not found"));
    return HttpResponse::json(200, *document);
}

QString stringOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The attacker's claims: the package's trust config, then the body's overrides. A new repository
// or ref moves the workflow refs with it unless the body gives them too.
QJsonObject attackerClaims(const Package &p, const QJsonObject &overrides)
{
    QJsonObject claims = sigstore::claimsOfTrustConfig(p);
    if (claims.isEmpty()) { // no trust config: a repository named like the package
        QString repository = p.name.startsWith(QLatin1Char('@')) ? p.name.mid(1) : p.name;
        if (!repository.contains(QLatin1Char('/')))
            repository.prepend(QLatin1String("sandbox/"));
        claims.insert(QStringLiteral("x_sandbox_provider"), QStringLiteral("github"));
        claims.insert(QStringLiteral("repository"), repository);
    }
    QString workflowRef = stringOf(claims, "workflow_ref");
    const QString oldRepository = stringOf(claims, "repository");
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        claims.insert(it.key(), it.value());
    if (overrides.contains(QStringLiteral("workflow_ref")) || workflowRef.isEmpty())
        return claims;
    if (overrides.contains(QStringLiteral("repository")))
        workflowRef = stringOf(claims, "repository") + workflowRef.mid(oldRepository.size());
    if (overrides.contains(QStringLiteral("ref")))
        workflowRef = workflowRef.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@')
            + stringOf(claims, "ref");
    claims.insert(QStringLiteral("workflow_ref"), workflowRef);
    if (!overrides.contains(QStringLiteral("job_workflow_ref")))
        claims.insert(QStringLiteral("job_workflow_ref"), workflowRef);
    return claims;
}

// The version's package.json: the body's `manifest`, then its install-relevant fields (scripts,
// dependencies, optionalDependencies, bin, gypfile); a `gypfile` adds a binding.gyp and a
// binding.gyp in `files` sets `gypfile`, as npm's normalisation does. dist.fileCount and
// dist.unpackedSize count the files (package.json included) unless the body gives unpackedSize.
QJsonObject attackerManifest(const Package &p, const QString &version, const QJsonObject &body,
                             QJsonObject *files)
{
    QJsonObject manifest = body.value(QStringLiteral("manifest")).toObject();
    manifest.insert(QStringLiteral("name"), p.name);
    manifest.insert(QStringLiteral("version"), version);
    if (!manifest.contains(QStringLiteral("description")))
        manifest.insert(QStringLiteral("description"), p.description);
    manifest.insert(QStringLiteral("_id"), QString(p.name + QLatin1Char('@') + version));
    for (const char *field : {"scripts", "dependencies", "optionalDependencies", "bin", "gypfile"})
        if (body.contains(QLatin1String(field)))
            manifest.insert(QLatin1String(field), body.value(QLatin1String(field)));
    const QString gyp = QStringLiteral("package/binding.gyp");
    if (manifest.value(QStringLiteral("gypfile")).toBool() && !files->contains(gyp))
        files->insert(gyp,
                      QStringLiteral("{\"targets\": [{\"target_name\": \"addon\", "
                                     "\"sources\": [\"addon.cc\"]}]}\n"));
    if (files->contains(gyp))
        manifest.insert(QStringLiteral("gypfile"), true);
    qint64 unpacked = QJsonDocument(manifest).toJson(QJsonDocument::Indented).size();
    for (auto it = files->begin(); it != files->end(); ++it)
        unpacked += it.value().toString().toUtf8().size();
    const qsizetype fileCount
        = files->size() + (files->contains(QStringLiteral("package/package.json")) ? 0 : 1);
    manifest.insert(QStringLiteral("dist"),
                    QJsonObject{{QStringLiteral("fileCount"), fileCount},
                                {QStringLiteral("unpackedSize"),
                                 body.value(QStringLiteral("unpackedSize")).toInteger(unpacked)}});
    return manifest;
}

HttpResponse controlPublish(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QString name = stringOf(*body, "package");
    const QString version = stringOf(*body, "version");
    const QString actor
        = body->value(QStringLiteral("actor")).toString(QStringLiteral("trusted-publisher"));
    const QString tamper = stringOf(*body, "tamper");
    Package *p = ctx.state.package(name);
    if (!p)
        return HttpResponse::error(404, QStringLiteral("no package %1").arg(name));
    if (version.isEmpty() || p->versions.contains(version))
        return HttpResponse::error(
            409, QStringLiteral("give a version that %1 does not have yet").arg(name));
    if (actor != QLatin1String("token") && actor != QLatin1String("trusted-publisher"))
        return HttpResponse::error(400, QStringLiteral("actor must be token or trusted-publisher"));
    if (!tamper.isEmpty() && !sigstore::tamperKinds().contains(tamper))
        return HttpResponse::error(400,
                                   QStringLiteral("tamper must be one of: %1")
                                       .arg(sigstore::tamperKinds().join(QStringLiteral(", "))));
    const bool provenance = actor == QLatin1String("trusted-publisher")
        && body->value(QStringLiteral("provenance")).toBool(true);
    if (!tamper.isEmpty() && !provenance)
        return HttpResponse::error(
            400, QStringLiteral("only a publish with provenance can be tampered with"));

    QJsonObject npmUser;
    QJsonObject claims;
    if (actor == QLatin1String("token")) {
        const User *user
            = ctx.state.user(body->value(QStringLiteral("user")).toString(p->maintainers.value(0)));
        if (!user)
            return HttpResponse::error(404, QStringLiteral("no such user"));
        npmUser = publishing::userPublisher(*user);
    } else {
        // CircleCI (the package's first trust config, or "provider") publishes without provenance.
        const bool circleci = body->value(QStringLiteral("provider"))
                                  .toString(p->trust.isEmpty() ? QString() : p->trust.first().type)
            == QLatin1String("circleci");
        claims = circleci
            ? QJsonObject{{QStringLiteral("x_sandbox_provider"), QStringLiteral("circleci")}}
            : attackerClaims(*p, body->value(QStringLiteral("claims")).toObject());
        const QString provider = stringOf(claims, "x_sandbox_provider");
        QString configId;
        for (const TrustConfig &c : p->trust)
            if (c.type == provider && configId.isEmpty())
                configId = c.id;
        npmUser = publishing::trustedPublisher(
            provider, configId.isEmpty() ? QStringLiteral("oidc:") + crypto::newUuid() : configId);
    }
    QJsonObject files = body->value(QStringLiteral("files")).toObject();
    const QJsonObject manifest = attackerManifest(*p, version, *body, &files);
    QJsonObject packageJson = manifest;
    packageJson.remove(QStringLiteral("dist"));
    const QByteArray tarball = staging::tarballFromFiles(files, packageJson);
    publishing::addVersion(
        ctx, *p, version, manifest, tarball,
        QJsonObject{
            {body->value(QStringLiteral("tag")).toString(QStringLiteral("latest")), version}},
        npmUser, provenance ? claims : QJsonObject(), tamper);
    const QJsonObject dist
        = p->versions.value(version).toObject().value(QStringLiteral("dist")).toObject();
    return HttpResponse::json(201,
                              QJsonObject{{QStringLiteral("ok"), true},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("version"), version},
                                          {QStringLiteral("dist"), dist}});
}

} // namespace

void addAttestationRoutes(Router &router, Context &ctx)
{
    router.add("GET", QStringLiteral("/-/npm/v1/keys"),
               [&ctx](const HttpRequest &, const RouteParams &) {
                   return HttpResponse::json(200, ctx.state.sigstore.keysJson());
               });
    router.add("GET", QStringLiteral("/-/npm/v1/attestations/*spec"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return attestations(ctx, r, p.value(QStringLiteral("spec")));
               });
    router.add("GET", QStringLiteral("/-/sandbox/trusted-root"),
               loopbackOnly([&ctx](const HttpRequest &, const RouteParams &) {
                   QString base = ctx.baseUrl.toString();
                   if (base.endsWith(QLatin1Char('/')))
                       base.chop(1);
                   return HttpResponse::json(200, ctx.state.sigstore.trustedRoot(base));
               }));
    router.add("POST", QStringLiteral("/-/sandbox/publish"),
               loopbackOnly([&ctx](const HttpRequest &r, const RouteParams &) {
                   return controlPublish(ctx, r);
               }));
}

} // namespace td::sandbox
