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
    for (const QString &version : badVersions) {
        if (versions.value(version).toObject().contains(QStringLiteral("deprecated")))
            p.deprecatedBadVersions.append(version);
        const QJsonObject npmUser
            = versions.value(version).toObject().value(QStringLiteral("_npmUser")).toObject();
        if (versions.contains(version))
            p.badVersionTrustIds.insert(version,
                                        npmUser.value(QStringLiteral("trustedPublisher"))
                                            .toObject()
                                            .value(QStringLiteral("oidcConfigId"))
                                            .toString());
    }
    // npmjs stores the maintainers of the day in each version: the last good one's are those
    // before the attack (a registry that does not leaves them unknown).
    const QJsonArray before = versions.value(p.lastGoodVersion)
                                  .toObject()
                                  .value(QStringLiteral("maintainers"))
                                  .toArray();
    for (const QJsonValue &m : before)
        p.expectedMaintainers.append(m.toObject().value(QStringLiteral("name")).toString());
    return p;
}

} // namespace td
