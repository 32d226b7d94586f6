// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageChanges.h"

#include "Packument.h"

#include <QRegularExpression>

namespace td::sandbox::changes {

namespace {

// What npm's semver.validRange accepts, near enough for tag names: versions, ranges and wildcards
// ("1", "1.2.x", "^2", ">=1 <2", "*"). Tags such as "latest", "next" or "beta" pass.
bool looksLikeSemverRange(const QString &tag)
{
    static const QRegularExpression range(QStringLiteral(
        R"(^\s*(([<>=~^]*\s*v?(\d+|[xX*])(\.(\d+|[xX*]))?(\.(\d+|[xX*]))?(-[0-9A-Za-z.-]+)?)\s*)+$)"));
    return tag == QLatin1String("*") || range.match(tag).hasMatch();
}

} // namespace

std::optional<Problem> setTag(Context &ctx, Package &p, const QString &tag, const QString &version)
{
    if (tag.trimmed().isEmpty() || looksLikeSemverRange(tag))
        return Problem{400,
                       QStringLiteral("Tag name must not be a valid SemVer range: %1").arg(tag)};
    if (!p.versions.contains(version))
        return Problem{404, QStringLiteral("version not found: %1").arg(version)};
    p.distTags.insert(tag, version);
    packument::touch(ctx, p);
    return std::nullopt;
}

std::optional<Problem> removeTag(Context &ctx, Package &p, const QString &tag)
{
    if (tag == QLatin1String("latest"))
        return Problem{400, QStringLiteral("The latest tag cannot be removed.")};
    if (!p.distTags.contains(tag))
        return Problem{404, QStringLiteral("%1 is not a dist-tag on %2").arg(tag, p.name)};
    p.distTags.remove(tag);
    packument::touch(ctx, p);
    return std::nullopt;
}

std::optional<Problem> setMaintainers(Context &ctx, Package &p, const QStringList &maintainers)
{
    if (maintainers.isEmpty())
        return Problem{400, QStringLiteral("Cannot remove all owners of a package.")};
    for (const QString &m : maintainers)
        if (!ctx.state.user(m))
            return Problem{404, QStringLiteral("User not found: %1").arg(m)};
    if (maintainers == p.maintainers)
        return std::nullopt;
    p.maintainers = maintainers;
    packument::touch(ctx, p);
    return std::nullopt;
}

std::optional<Problem> deprecate(Context &ctx, Package &p, const QString &version,
                                 const QString &message)
{
    if (!p.versions.contains(version))
        return Problem{404, QStringLiteral("version not found: %1").arg(version)};
    QJsonObject manifest = p.versions.value(version).toObject();
    if (manifest.value(QStringLiteral("deprecated")).toString() == message)
        return std::nullopt;
    if (message.isEmpty())
        manifest.remove(QStringLiteral("deprecated"));
    else
        manifest.insert(QStringLiteral("deprecated"), message);
    p.versions.insert(version, manifest);
    packument::touch(ctx, p);
    return std::nullopt;
}

std::optional<Problem> unpublish(Context &ctx, Package &p, const QString &version)
{
    if (!p.versions.contains(version))
        return Problem{404, QStringLiteral("version not found: %1").arg(version)};
    p.versions.remove(version);
    p.tarballs.remove(p.name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + version
                      + QLatin1String(".tgz"));
    const QStringList tags = p.distTags.keys();
    for (const QString &tag : tags)
        if (p.distTags.value(tag).toString() == version)
            p.distTags.remove(tag);
    if (!p.distTags.contains(QStringLiteral("latest"))) {
        QString newest;
        for (auto it = p.versions.begin(); it != p.versions.end(); ++it)
            if (newest.isEmpty()
                || p.time.value(it.key()).toString() > p.time.value(newest).toString())
                newest = it.key();
        if (!newest.isEmpty())
            p.distTags.insert(QStringLiteral("latest"), newest);
    }
    packument::touch(ctx, p);
    return std::nullopt;
}

} // namespace td::sandbox::changes
