// SPDX-License-Identifier: GPL-3.0-or-later
// readTokenCacheInPlace: the cache file read by jsontext's scanner, giving exactly what the tree
// reader (TokenCacheFormat.cpp, tokenFromJson and TokenGrants::fromJson over QJsonObject) gives,
// or nothing. Each rule below is the tree's rule for the text TokenDesk writes; anything else is
// left to the tree.
#include "core/tokenlist/TokenCacheFormat.h"

#include "core/registry/json/TextObject.h"
#include "core/util/IsoDate.h"
#include "core/util/JsonText.h"

namespace td {

namespace {

using json::optString; // a string member as QJsonValue::toString() reads it ("" otherwise)
using json::TextObject;

// packages, scopes, orgs and cidr: absent, or an array of strings (the tree refuses the entry
// otherwise).
std::optional<QStringList> strings(const TextObject &o, const char *key)
{
    const std::optional<QByteArrayView> value = o.find(key);
    if (!value)
        return QStringList();
    if (!value->startsWith('['))
        return std::nullopt;
    const std::optional<QList<QByteArrayView>> items = jsontext::elements(*value);
    if (!items)
        return std::nullopt;
    QStringList out;
    out.reserve(items->size());
    for (const QByteArrayView item : *items) {
        std::optional<QString> string = json::stringValue(item);
        if (!string)
            return std::nullopt;
        out.append(std::move(*string));
    }
    return out;
}

// A date as the tree reads it: absent, null or "" is no date; a string must read as an ISO date.
// A date with an escape is left to the tree (TokenDesk writes none).
bool date(const TextObject &o, const char *key, QDateTime *out)
{
    const std::optional<QByteArrayView> value = o.find(key);
    if (!value || *value == QByteArrayView("null") || *value == QByteArrayView("\"\"")) {
        *out = {};
        return true;
    }
    if (!value->startsWith('"') || jsontext::hasEscape(*value))
        return false;
    *out = readIsoDateTime(std::string_view(value->data() + 1, std::size_t(value->size() - 2)));
    return out->isValid();
}

std::optional<Token> token(const TextObject &o, const QString &accountId)
{
    Token t;
    t.key = optString(o, "key");
    if (t.key.isEmpty())
        return std::nullopt;
    t.accountId = accountId;
    t.redacted = optString(o, "redacted");
    t.name = optString(o, "name");
    t.description = optString(o, "description");
    t.kind = tokenKindFromId(optString(o, "kind"));
    t.readOnly = json::optBool(o, "readOnly");
    // TokenGrants::fromJson's fields.
    t.packagesPermission = permissionFromId(optString(o, "packagesPermission"));
    t.orgsPermission = permissionFromId(optString(o, "orgsPermission"));
    t.allPackages = json::optBool(o, "allPackages");
    t.bypass2fa = json::optBool(o, "bypass2fa");
    std::optional<QStringList> packages = strings(o, "packages");
    std::optional<QStringList> scopes = strings(o, "scopes");
    std::optional<QStringList> orgs = strings(o, "orgs");
    std::optional<QStringList> cidr = strings(o, "cidr");
    if (!packages || !scopes || !orgs || !cidr)
        return std::nullopt;
    t.packages = std::move(*packages);
    t.scopes = std::move(*scopes);
    t.orgs = std::move(*orgs);
    t.cidr = std::move(*cidr);
    const bool dates = date(o, "created", &t.created) && date(o, "updated", &t.updated)
        && date(o, "lastUsed", &t.lastUsed) && date(o, "expires", &t.expires)
        && date(o, "revoked", &t.revoked);
    if (!dates)
        return std::nullopt;
    return t;
}

} // namespace

std::optional<CachedTokenList> readTokenCacheInPlace(QByteArrayView text, const QString &accountId)
{
    if (jsontext::hasSurrogateEscape(text))
        return std::nullopt;
    // One pass reads the root's members, the elements of `tokens` and their members.
    QList<jsontext::Member> rootMembers;
    std::optional<QList<jsontext::Element>> entries
        = jsontext::memberObjects(text, "tokens", &rootMembers);
    if (!entries)
        return std::nullopt;
    const TextObject root(std::move(rootMembers));
    // The version as written ("1"); 1.0 or 1e0 would read as 1 in the tree too, but are left to it.
    if (root.find("version") != QByteArrayView(QByteArray::number(kTokenCacheFormatVersion)))
        return std::nullopt;
    CachedTokenList list;
    list.accountId = json::optString(root, "accountId");
    const std::optional<QByteArrayView> synced = root.find("syncedAt");
    if (list.accountId != accountId || !synced || !synced->startsWith('"')
        || jsontext::hasEscape(*synced))
        return std::nullopt;
    list.syncedAt
        = readIsoDateTime(std::string_view(synced->data() + 1, std::size_t(synced->size() - 2)));
    if (!list.syncedAt.isValid())
        return std::nullopt;
    list.tokens.reserve(entries->size());
    for (jsontext::Element &entry : *entries) {
        if (!entry.members)
            return std::nullopt;
        std::optional<Token> t = token(TextObject(std::move(*entry.members)), accountId);
        if (!t)
            return std::nullopt;
        list.tokens.append(std::move(*t));
    }
    return list;
}

} // namespace td
