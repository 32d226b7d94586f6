// SPDX-License-Identifier: GPL-3.0-or-later
#include "Publishing.h"

#include "sandbox/auth/Access.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/sigstore/CiIdentity.h"
#include "sandbox/state/Staging.h"

namespace td::sandbox::publishing {

std::optional<QByteArray> tarballFromBody(const QJsonObject &body, const QString &name,
                                          const QString &version, QString *problem)
{
    const QJsonObject attachments = body.value(QStringLiteral("_attachments")).toObject();
    const QString file
        = name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + version + QLatin1String(".tgz");
    const QJsonObject attachment
        = attachments.value(attachments.contains(file) ? file : attachments.keys().value(0))
              .toObject();
    const QByteArray data
        = QByteArray::fromBase64(attachment.value(QStringLiteral("data")).toString().toLatin1());
    if (data.isEmpty()) {
        *problem = QStringLiteral("The tarball attachment is missing.");
        return std::nullopt;
    }
    if (attachment.contains(QStringLiteral("length"))
        && attachment.value(QStringLiteral("length")).toInt() != data.size()) {
        *problem = QStringLiteral("The tarball attachment length does not match its data.");
        return std::nullopt;
    }
    return data;
}

QString accessForNewPackage(const QString &name, const QString &requested)
{
    return requested == QLatin1String("public") || access::scopeOf(name).isEmpty()
        ? QStringLiteral("public")
        : QStringLiteral("restricted");
}

QJsonObject userPublisher(const User &user)
{
    return {{QStringLiteral("name"), user.name}, {QStringLiteral("email"), user.email}};
}

QJsonObject trustedPublisher(const QString &provider, const QString &oidcConfigId)
{
    return {{QStringLiteral("name"), staging::oidcLabel(provider)},
            {QStringLiteral("email"), QStringLiteral("npm-oidc-no-reply@%1.com").arg(provider)},
            {QStringLiteral("trustedPublisher"),
             QJsonObject{{QStringLiteral("id"), provider},
                         {QStringLiteral("oidcConfigId"), oidcConfigId}}}};
}

void addVersion(Context &ctx, Package &package, const QString &version, QJsonObject manifest,
                const QByteArray &tarball, const QJsonObject &tags, const QJsonObject &npmUser,
                const QJsonObject &provenanceClaims, const QString &tamper)
{
    const QString file = package.name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + version
        + QLatin1String(".tgz");
    QJsonObject dist = manifest.value(QStringLiteral("dist")).toObject();
    dist.insert(QStringLiteral("tarball"),
                ctx.url(QLatin1Char('/') + package.name + QLatin1String("/-/") + file));
    dist.insert(QStringLiteral("shasum"), crypto::sha1Hex(tarball));
    dist.insert(QStringLiteral("integrity"),
                QString(QLatin1String("sha512-")
                        + QString::fromLatin1(crypto::sha512(tarball).toBase64())));
    // CircleCI's trusted publishing makes no provenance (npm's client does not support it).
    const QString provider
        = provenanceClaims.value(QStringLiteral("x_sandbox_provider")).toString();
    if (!provenanceClaims.isEmpty() && provider != QLatin1String("circleci")) {
        QString registry = ctx.baseUrl.toString();
        if (registry.endsWith(QLatin1Char('/')))
            registry.chop(1);
        dist.insert(QStringLiteral("attestations"),
                    ctx.state.sigstore.attest({package.name, version,
                                               dist.value(QStringLiteral("integrity")).toString(),
                                               registry, sigstore::completeClaims(provenanceClaims),
                                               ctx.state.now().toSecsSinceEpoch(), tamper}));
    } else {
        dist.remove(QStringLiteral("attestations")); // a client cannot claim provenance itself
    }
    manifest.insert(QStringLiteral("dist"), dist);
    manifest.insert(QStringLiteral("_npmUser"), npmUser);
    ctx.state.sigstore.signVersion(package.name, version, manifest);
    package.versions.insert(version, manifest);
    package.tarballs.insert(file, tarball);
    package.time.insert(version, iso(ctx.state.now()));
    package.time.insert(QStringLiteral("modified"), iso(ctx.state.now()));
    for (auto it = tags.begin(); it != tags.end(); ++it)
        package.distTags.insert(it.key(), it.value());
    if (!package.distTags.contains(QStringLiteral("latest")))
        package.distTags.insert(QStringLiteral("latest"), version);
}

} // namespace td::sandbox::publishing
