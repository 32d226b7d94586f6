// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/json/PackageDto.h"

#include "core/registry/json/JsonSupport.h"

#include <QJsonDocument>

#include <limits>

namespace td::json {

namespace {

// The search's `total` as nlohmann's value() reads it (absent: the hits counted; a wrong type
// throws), except that a number beyond int is refused: converting it was undefined behaviour
// (fuzz_registry_json sent 1.4e64).
int searchTotal(const json &j, int counted)
{
    const auto total = j.find("total");
    if (total == j.end())
        return counted;
    // Every number compares as a double: int's range is exact there, and a 64-bit count beyond
    // it stays beyond it.
    if (total->is_number()
        && !(total->get<double>() >= std::numeric_limits<int>::min()
             && total->get<double>() <= std::numeric_limits<int>::max()))
        throw json::out_of_range::create(406, "the total is out of range", &*total);
    return total->get<int>();
}

} // namespace

Result<AccessMap> parseStringMap(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        if (!j.is_object())
            throw json::type_error::create(302, "expected an object", nullptr);
        AccessMap map;
        for (const auto &[key, value] : j.items())
            map.insert(qs(key), value.is_string() ? qs(value.get<std::string>()) : QString());
        return map;
    } catch (const json::exception &e) {
        return malformed("listing", e);
    }
}

Result<SearchResult> parseSearch(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        SearchResult result;
        for (const auto &object : j.at("objects")) {
            const json &package = object.at("package");
            SearchHit hit;
            hit.name = qs(package.at("name").get<std::string>());
            hit.version = optString(package, "version");
            hit.description = optString(package, "description");
            hit.date = optDate(package, "date");
            if (const auto m = package.find("maintainers"); m != package.end() && m->is_array())
                for (const auto &maintainer : *m)
                    hit.maintainers.append(optString(maintainer, "username"));
            result.hits.append(hit);
        }
        result.total = searchTotal(j, int(result.hits.size()));
        return result;
    } catch (const json::exception &e) {
        return malformed("search", e);
    }
}

Result<Packument> parsePackument(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        Packument packument;
        packument.name = qs(j.at("name").get<std::string>());
        if (const auto tags = j.find("dist-tags"); tags != j.end() && tags->is_object())
            for (const auto &[tag, version] : tags->items())
                if (version.is_string())
                    packument.distTags.insert(qs(tag), qs(version.get<std::string>()));
        if (const auto versions = j.find("versions");
            versions != j.end() && versions->is_object()) {
            for (const auto &[number, manifest] : versions->items()) {
                PackumentVersion v;
                v.version = qs(number);
                if (const auto user = manifest.find("_npmUser");
                    user != manifest.end() && user->is_object()) {
                    v.publisher = optString(*user, "name");
                    v.trustedPublisher = user->contains("trustedPublisher");
                }
                if (const auto dist = manifest.find("dist");
                    dist != manifest.end() && dist->is_object())
                    v.hasAttestations = dist->contains("attestations");
                if (manifest.is_object()) {
                    v.stagedId = optString(manifest, "_stagedId");
                    if (const auto repo = manifest.find("repository"); repo != manifest.end())
                        v.repository = repo->is_object() ? optString(*repo, "url")
                            : repo->is_string()          ? qs(repo->get<std::string>())
                                                         : QString();
                }
                if (const auto time = j.find("time"); time != j.end() && time->is_object())
                    v.published = optDate(*time, number.c_str());
                packument.versions.append(v);
            }
        }
        if (const auto m = j.find("maintainers"); m != j.end() && m->is_array())
            for (const auto &maintainer : *m)
                packument.maintainers.append(optString(maintainer, "name"));
        if (const auto time = j.find("time"); time != j.end() && time->is_object())
            packument.modified = optDate(*time, "modified");
        return packument;
    } catch (const json::exception &e) {
        return malformed("package document", e);
    }
}

Result<PackageAccess> parsePackageAccess(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        if (!j.is_object())
            throw json::type_error::create(302, "expected an object", nullptr);
        PackageAccess access;
        const auto optionalBool = [&j](const char *key) -> std::optional<bool> {
            const auto it = j.find(key);
            if (it == j.end() || !it->is_boolean())
                return std::nullopt;
            return it->get<bool>();
        };
        access.publishRequiresTfa = optionalBool("publish_requires_tfa");
        access.automationTokenOverridesTfa = optionalBool("automation_token_overrides_tfa");
        access.isPublic = optionalBool("public");
        if (!access.isPublic) {
            const QString level = optString(j, "access");
            if (!level.isEmpty())
                access.isPublic = level == QLatin1String("public");
        }
        return access;
    } catch (const json::exception &e) {
        return malformed("package access", e);
    }
}

QByteArray packageAccessBody(const PackageAccess &change)
{
    json body = json::object();
    if (change.publishRequiresTfa)
        body["publish_requires_tfa"] = *change.publishRequiresTfa;
    if (change.automationTokenOverridesTfa)
        body["automation_token_overrides_tfa"] = *change.automationTokenOverridesTfa;
    if (change.isPublic)
        body["access"] = *change.isPublic ? "public" : "restricted";
    return QByteArray::fromStdString(body.dump());
}

namespace {
TrustConfig trustFromJson(const json &j)
{
    TrustConfig config;
    config.id = optString(j, "id");
    config.type = qs(j.at("type").get<std::string>());
    // Claims differ per provider; hand them on as Qt JSON untouched.
    const std::string claims = j.value("claims", json::object()).dump();
    config.claims = QJsonDocument::fromJson(QByteArray::fromStdString(claims)).object();
    config.permissions = optStrings(j, "permissions");
    return config;
}
} // namespace

Result<QList<TrustConfig>> parseTrustConfigs(const QByteArray &body)
{
    try {
        QList<TrustConfig> configs;
        if (body.trimmed().isEmpty())
            return configs;
        const json j = parseBody(body);
        if (j.is_array()) {
            for (const auto &item : j)
                configs.append(trustFromJson(item));
        } else if (j.is_object() && !j.empty()) {
            configs.append(trustFromJson(j));
        }
        return configs;
    } catch (const json::exception &e) {
        return malformed("trust configuration", e);
    }
}

QByteArray trustCreateBody(const TrustConfig &config)
{
    json item = json::object();
    item["type"] = config.type.toStdString();
    item["claims"]
        = json::parse(QJsonDocument(config.claims).toJson(QJsonDocument::Compact).toStdString());
    json permissions = json::array();
    for (const QString &p : config.permissions)
        permissions.push_back(p.toStdString());
    item["permissions"] = permissions;
    return QByteArray::fromStdString(json::array({item}).dump());
}

} // namespace td::json
