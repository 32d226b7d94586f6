// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/json/StageDto.h"

#include "core/registry/json/JsonSupport.h"

#include <cmath>
#include <limits>

namespace td::json {

namespace {

// Stage items keep the registry's key order: npm prints the fields it does not know in that
// order, and `--json` output must match npm's byte for byte.
using ojson = nlohmann::ordered_json;

// JavaScript's String(value), which is what npm's `${value}` and chalk print.
std::string jsString(const ojson &value)
{
    switch (value.type()) {
    case ojson::value_t::string:
        return value.get<std::string>();
    case ojson::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case ojson::value_t::number_integer:
    case ojson::value_t::number_unsigned:
        return value.dump();
    case ojson::value_t::number_float: {
        const double d = value.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e21)
            return std::to_string(static_cast<long long>(d));
        return value.dump();
    }
    case ojson::value_t::array: {
        std::string out;
        bool first = true;
        for (const auto &element : value) {
            if (!first)
                out += ',';
            first = false;
            if (!element.is_null())
                out += jsString(element);
        }
        return out;
    }
    case ojson::value_t::object:
        return "[object Object]";
    default:
        return {};
    }
}

bool jsTruthy(const ojson &value)
{
    switch (value.type()) {
    case ojson::value_t::null:
    case ojson::value_t::discarded:
        return false;
    case ojson::value_t::string:
        return !value.get<std::string>().empty();
    case ojson::value_t::boolean:
        return value.get<bool>();
    case ojson::value_t::number_integer:
    case ojson::value_t::number_unsigned:
    case ojson::value_t::number_float:
        return value.get<double>() != 0;
    default:
        return true;
    }
}

QString field(const ojson &item, const char *key)
{
    const auto it = item.find(key);
    return it != item.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

// npm's logStageItem (lib/utils/key-values.js): the known fields first under friendlier names,
// then everything else; null and missing values print nothing.
QList<QPair<QString, QString>> npmFieldsOf(const ojson &item)
{
    static const std::vector<std::pair<const char *, const char *>> known = {
        {"id", "id"},   {"packageName", "package name"}, {"version", "version"},
        {"tag", "tag"}, {"createdAt", "date staged"},
    };
    QList<QPair<QString, QString>> out;
    const auto add = [&out, &item](const char *key, const QString &label) {
        const auto it = item.find(key);
        if (it != item.end() && !it->is_null())
            out.append({label, qs(jsString(*it))});
    };
    for (const auto &[key, label] : known)
        add(key, QString::fromLatin1(label));
    const auto actor = item.find("actor");
    const auto actorType = item.find("actorType");
    if (actorType != item.end() && jsTruthy(*actorType)) {
        const std::string who = actor == item.end() ? "undefined"
            : actor->is_null()                      ? "null"
                                                    : jsString(*actor);
        out.append({QStringLiteral("staged by"), qs(who + " (" + jsString(*actorType) + ")")});
    } else {
        add("actor", QStringLiteral("staged by"));
    }
    add("shasum", QStringLiteral("shasum"));
    static const std::vector<std::string> consumed
        = {"id", "packageName", "version", "tag", "createdAt", "actor", "actorType", "shasum"};
    for (auto it = item.begin(); it != item.end(); ++it)
        if (std::find(consumed.begin(), consumed.end(), it.key()) == consumed.end()
            && !it->is_null())
            out.append({qs(it.key()), qs(jsString(*it))});
    return out;
}

StagedRelease releaseFrom(const ojson &item)
{
    if (!item.is_object())
        throw ojson::type_error::create(302, "a staged item is not an object", nullptr);
    for (const char *required : {"id", "packageName", "version"})
        if (!item.contains(required) || !item.at(required).is_string()
            || item.at(required).get<std::string>().empty())
            throw ojson::out_of_range::create(403, std::string("a staged item has no ") + required,
                                              nullptr);
    StagedRelease release;
    release.id = field(item, "id");
    release.packageName = field(item, "packageName");
    release.version = field(item, "version");
    release.tag = field(item, "tag");
    release.createdAt = field(item, "createdAt");
    release.created = QDateTime::fromString(release.createdAt, Qt::ISODateWithMs).toUTC();
    release.actor = field(item, "actor");
    release.actorType = field(item, "actorType");
    release.access = field(item, "access");
    release.shasum = field(item, "shasum");
    release.status = field(item, "status");
    release.npmFields = npmFieldsOf(item);
    const std::string compact = item.dump();
    release.json = QByteArray(compact.data(), qsizetype(compact.size()));
    return release;
}

ojson parseOrdered(const QByteArray &body)
{
    return ojson::parse(body.constBegin(), body.constEnd());
}

QByteArray toBytes(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

Result<StagePage> parseStagePage(const QByteArray &body)
{
    try {
        const ojson j = parseOrdered(body);
        const ojson &items = j.at("items");
        if (!items.is_array())
            throw ojson::type_error::create(302, "items is not an array", nullptr);
        StagePage page;
        for (const auto &item : items)
            page.items.append(releaseFrom(item));
        const auto total = j.find("total");
        page.total = total != j.end() && total->is_number_integer()
            ? int(std::clamp<long long>(total->get<long long>(), 0, 1 << 30))
            : std::numeric_limits<int>::max(); // npm: `length >= undefined` is false, read on
        return page;
    } catch (const ojson::exception &e) {
        return malformed("staged versions", e);
    }
}

Result<StagedRelease> parseStagedRelease(const QByteArray &body)
{
    try {
        return releaseFrom(parseOrdered(body));
    } catch (const ojson::exception &e) {
        return malformed("staged version", e);
    }
}

QByteArray stageItemsJson(const QList<StagedRelease> &items)
{
    ojson array = ojson::array();
    for (const StagedRelease &item : items)
        array.push_back(parseOrdered(item.json));
    return toBytes(array.dump(2));
}

QByteArray stageItemJson(const StagedRelease &item)
{
    return toBytes(parseOrdered(item.json).dump(2));
}

Result<PublishedRelease> parseLastRelease(const QByteArray &body, const QString &excludeVersion)
{
    try {
        const json j = parseBody(body);
        PublishedRelease best;
        best.packageName = optString(j, "name");
        const json &versions = j.at("versions");
        const auto times = j.find("time");
        for (const auto &[version, manifest] : versions.items()) {
            const QString v = qs(version);
            if (v == excludeVersion || v == QLatin1String("0.0.0-stage") || !manifest.is_object())
                continue;
            const QDateTime when = times != j.end() && times->is_object()
                ? optDate(*times, version.c_str())
                : QDateTime();
            const bool newer = best.version.isEmpty()
                || (when.isValid() && (!best.published.isValid() || when > best.published));
            if (!newer)
                continue;
            best.version = v;
            best.published = when;
            const auto dist = manifest.find("dist");
            best.tarballUrl = dist != manifest.end() && dist->is_object()
                ? optString(*dist, "tarball")
                : QString();
        }
        if (best.version.isEmpty())
            return makeError(ErrorCode::E404,
                             QCoreApplication::translate("td::RegistryClient",
                                                         "%1 has no published release yet.")
                                 .arg(best.packageName));
        return best;
    } catch (const json::exception &e) {
        return malformed("package document", e);
    }
}

} // namespace td::json
