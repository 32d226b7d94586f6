// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lockdown/PackumentFacts.h"

#include <QJsonArray>

namespace td {

LockdownPackage lockdownPackageFromPackument(const QJsonObject &packument,
                                             const QStringList &badVersions)
{
    LockdownPackage p;
    p.name = packument.value(QStringLiteral("name")).toString();
    p.badVersions = badVersions;
    const QJsonArray maintainers = packument.value(QStringLiteral("maintainers")).toArray();
    for (const QJsonValue &m : maintainers)
        p.maintainers.append(m.toObject().value(QStringLiteral("name")).toString());
    const QJsonObject tags = packument.value(QStringLiteral("dist-tags")).toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        p.distTags.insert(it.key(), it.value().toString());
    const QJsonObject times = packument.value(QStringLiteral("time")).toObject();
    const QJsonObject versions = packument.value(QStringLiteral("versions")).toObject();
    QDateTime firstBad;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
        const QDateTime at = QDateTime::fromString(times.value(it.key()).toString(), Qt::ISODate);
        if (at.isValid())
            p.publishedAt.insert(it.key(), at);
        if (badVersions.contains(it.key()) && at.isValid()
            && (!firstBad.isValid() || at < firstBad))
            firstBad = at;
    }
    QDateTime newestGood;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
        const QDateTime at = p.publishedAt.value(it.key());
        const QJsonObject manifest = it.value().toObject();
        const bool prerelease = it.key().contains(QLatin1Char('-'));
        if (!at.isValid() || badVersions.contains(it.key()) || prerelease
            || manifest.contains(QStringLiteral("deprecated"))
            || (firstBad.isValid() && at >= firstBad))
            continue;
        if (!newestGood.isValid() || at > newestGood) {
            newestGood = at;
            p.lastGoodVersion = it.key();
        }
    }
    return p;
}

} // namespace td
