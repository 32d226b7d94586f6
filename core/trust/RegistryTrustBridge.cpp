// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/RegistryTrustBridge.h"

#include <QJsonArray>

namespace td {

TrustConfig toRegistryConfig(const TrustedPublisher &publisher)
{
    const QJsonObject json = publisher.toJson();
    TrustConfig config;
    config.id = publisher.id;
    config.type = json.value(QLatin1String("type")).toString();
    config.claims = json.value(QLatin1String("claims")).toObject();
    for (const QJsonArray entries = json.value(QLatin1String("permissions")).toArray();
         const QJsonValue &p : entries)
        config.permissions << p.toString();
    return config;
}

std::optional<TrustedPublisher> fromRegistryConfig(const TrustConfig &config)
{
    QJsonObject json{{QLatin1String("id"), config.id},
                     {QLatin1String("type"), config.type},
                     {QLatin1String("claims"), config.claims}};
    if (!config.permissions.isEmpty())
        json.insert(QLatin1String("permissions"), QJsonArray::fromStringList(config.permissions));
    return TrustedPublisher::fromJson(json);
}

QList<TrustedPublisher> fromRegistryConfigs(const QList<TrustConfig> &configs)
{
    QList<TrustedPublisher> out;
    for (const TrustConfig &config : configs)
        if (auto publisher = fromRegistryConfig(config))
            out << *publisher;
    return out;
}

PublishPath publishPathOf(const Packument &packument, const QString &version)
{
    // Rebuild only the members checkPublishPath reads, so both inputs get one verdict and one text.
    QJsonObject versions;
    for (const PackumentVersion &v : packument.versions) {
        QJsonObject npmUser{{QLatin1String("name"), v.publisher}};
        if (v.trustedPublisher)
            npmUser.insert(QLatin1String("trustedPublisher"),
                           QJsonObject{{QLatin1String("present"), true}});
        QJsonObject dist;
        if (v.hasAttestations)
            dist.insert(QLatin1String("attestations"),
                        QJsonObject{{QLatin1String("present"), true}});
        versions.insert(v.version,
                        QJsonObject{{QLatin1String("version"), v.version},
                                    {QLatin1String("_npmUser"), npmUser},
                                    {QLatin1String("dist"), dist}});
    }
    QJsonObject tags;
    for (auto it = packument.distTags.cbegin(); it != packument.distTags.cend(); ++it)
        tags.insert(it.key(), it.value());
    return TrustVerifier::checkPublishPath(
        QJsonObject{{QLatin1String("dist-tags"), tags}, {QLatin1String("versions"), versions}},
        version);
}

} // namespace td
