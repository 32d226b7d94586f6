// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/json/TokenDto.h"

#include "core/registry/json/JsonSupport.h"
#include "core/registry/json/SecretJson.h"
#include "core/registry/json/TextObject.h"
#include "core/util/JsonText.h"

namespace td::json {

namespace {

Permission permissionFromAction(const QString &action)
{
    if (action == QLatin1String("write"))
        return Permission::ReadWrite;
    if (action == QLatin1String("stage") || action == QLatin1String("stage_only")
        || action == QLatin1String("write-stage-only"))
        return Permission::ReadWriteStageOnly;
    if (action == QLatin1String("read"))
        return Permission::ReadOnly;
    return Permission::NoAccess;
}

Permission stronger(Permission a, Permission b)
{
    const auto rank = [](Permission p) {
        switch (p) {
        case Permission::NoAccess:
            return 0;
        case Permission::ReadOnly:
            return 1;
        case Permission::ReadWriteStageOnly:
            return 2;
        case Permission::ReadWrite:
            return 3;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

// Classic objects have neither `permissions` nor `scopes` nor `expiry`; Verdaccio's also lack
// them (and say `cidr`, not `cidr_whitelist`).
template<typename Object>
bool isGranular(const Object &j)
{
    return has(j, "permissions") || has(j, "scopes") || has(j, "expiry") || has(j, "bypass_2fa");
}

template<typename Object>
void readGrants(const Object &j, Token &token)
{
    forEachItem(j, "permissions", [&token](const auto &p) {
        const QString name = optString(p, "name");
        const Permission action = permissionFromAction(optString(p, "action"));
        if (name == QLatin1String("org"))
            token.orgsPermission = stronger(token.orgsPermission, action);
        else
            token.packagesPermission = stronger(token.packagesPermission, action);
    });
    if (optString(j, "publish_policy") == QLatin1String("stage_only")
        && token.packagesPermission == Permission::ReadWrite)
        token.packagesPermission = Permission::ReadWriteStageOnly;
    forEachItem(j, "scopes", [&token](const auto &s) {
        const QString type = optString(s, "type");
        const QString name = optString(s, "name");
        const bool bareScope
            = name.startsWith(QLatin1Char('@')) && !name.contains(QLatin1Char('/'));
        if (type == QLatin1String("org"))
            token.orgs.append(name);
        else if (name == QLatin1String("*"))
            token.allPackages = true;
        else if (type == QLatin1String("scope") || bareScope)
            token.scopes.append(name.startsWith(QLatin1Char('@')) ? name : QLatin1Char('@') + name);
        else
            token.packages.append(name);
    });
    if (optBool(j, "packages_all"))
        token.allPackages = true;
}

TokenKind granularKind(const Token &token)
{
    const Permission strongest = stronger(token.packagesPermission, token.orgsPermission);
    if (token.readOnly || strongest == Permission::ReadOnly || strongest == Permission::NoAccess)
        return TokenKind::GranularReadOnly;
    if (strongest == Permission::ReadWriteStageOnly)
        return TokenKind::GranularStageOnly;
    return token.bypass2fa ? TokenKind::GranularBypass2fa : TokenKind::GranularReadWrite;
}

// One token object, from nlohmann's tree or from the registry's text (TextObject): the same rules
// for both.
template<typename Object>
Token tokenFromJson(const Object &j)
{
    if (!isObject(j))
        throw json::type_error::create(302, "token entry is not an object", nullptr);
    Token token;
    token.key = requiredString(j, "key"); // the one field every registry sends
    // Without a key a token can be neither revoked nor told apart from another (nor cached).
    // A created token's answer without one goes the way of any broken answer: the lost-token
    // recovery finds the token by name and revokes it.
    if (token.key.isEmpty())
        throw json::other_error::create(501, "a token entry has an empty key", nullptr);
    token.redacted = optString(j, "token");
    token.name = optString(j, "name");
    token.description = optString(j, "description");
    if (token.description.isEmpty())
        token.description = optString(j, "token_description");
    token.cidr = has(j, "cidr") ? optStrings(j, "cidr") : optStrings(j, "cidr_whitelist");
    token.bypass2fa = optBool(j, "bypass_2fa");
    token.readOnly = optBool(j, "readonly");
    token.created = optDate(j, "created");
    token.updated = optDate(j, "updated");
    token.lastUsed = optDate(j, "accessed");
    token.expires = optDate(j, "expiry");
    if (!token.expires.isValid())
        token.expires = optDate(j, "expires");
    token.revoked = optDate(j, "revoked");
    if (isGranular(j)) {
        readGrants(j, token);
        token.kind = granularKind(token);
    } else {
        token.kind = optBool(j, "automation") ? TokenKind::ClassicAutomation
            : token.readOnly                  ? TokenKind::ClassicReadOnly
                                              : TokenKind::ClassicPublish;
        token.allPackages = true; // classic tokens act for everything the user can touch
        token.packagesPermission = token.readOnly ? Permission::ReadOnly : Permission::ReadWrite;
    }
    return token;
}

// The text of each element of the body's `objects` member, as the registry wrote it: `token
// list --json` prints them with their members in the registry's order, as npm does, and a copy of
// the bytes is much cheaper than dump() (issue 18). The last `objects` wins, as in the parser.
std::optional<QList<QByteArrayView>> objectTexts(const QByteArray &body)
{
    return jsontext::memberElements(body, "objects");
}

// The body as a page keeps it for its raw objects' views: shared with the caller, or copied when
// the caller's bytes are not owned by the array (QByteArray::fromRawData) and may go first.
QByteArray ownedSource(const QByteArray &body)
{
    QByteArray source = body;
    if (source.data_ptr().d_ptr() == nullptr)
        source = QByteArray(body.constData(), body.size());
    return source;
}

// `text`, a part of `body`, as a view into `source` (ownedSource(body)) at the same place.
QByteArray viewInto(const QByteArray &source, const QByteArray &body, QByteArrayView text)
{
    return QByteArray::fromRawData(source.constData() + (text.data() - body.constData()),
                                   text.size());
}

// `total` as nlohmann's is_number_integer() and get<int>() read it.
std::optional<int> totalOf(const TextObject &root)
{
    const std::optional<QByteArrayView> value = root.find("total");
    if (!value || value->isEmpty() || !(value->front() == '-' || value->front() >= '0')
        || value->front() > '9')
        return std::nullopt; // not a number
    if (value->contains('.') || value->contains('e') || value->contains('E'))
        return std::nullopt; // a float for nlohmann
    if (value->size() > 9)
        throw NotForTextReader(); // nlohmann's int64 narrowing: not worth copying
    return value->toInt();
}

} // namespace

// The page read from the registry's text in place, by the same rules as readTokenPageTree, in
// about a fifth of the time nlohmann takes to build and free its tree for 1,000 tokens (issue 18).
// Nullopt for anything it might not answer exactly as nlohmann would; nlohmann then reads the
// body and words any error.
std::optional<TokenPage> readTokenPageInPlace(const QByteArray &body)
{
    // nlohmann refuses an escaped lone surrogate anywhere; the text reader keeps it as JavaScript
    // does. A body with any surrogate escape (a pair too: they are rare) goes to nlohmann.
    if (jsontext::hasSurrogateEscape(body))
        return std::nullopt;
    // One pass reads the root's members, the elements of its `objects` and their members.
    QList<jsontext::Member> rootMembers;
    std::optional<QList<jsontext::Element>> items
        = jsontext::memberObjects(body, "objects", &rootMembers);
    if (!items)
        return std::nullopt;
    const TextObject root(std::move(rootMembers));
    try {
        TokenPage page;
        page.rawSources.append(ownedSource(body));
        page.tokens.reserve(items->size());
        page.rawObjects.reserve(items->size());
        for (jsontext::Element &item : *items) {
            if (!item.members)
                return std::nullopt; // not an object
            const TextObject object(std::move(*item.members));
            page.tokens.append(tokenFromJson(object));
            page.rawObjects.append(viewInto(page.rawSources.constFirst(), body, item.text));
            if (object.contains("expiry"))
                page.anyTokenReportsExpiry = true;
        }
        if (const std::optional<QByteArrayView> urls = root.find("urls");
            urls && urls->startsWith('{'))
            if (const std::optional<TextObject> u = TextObject::read(*urls))
                page.next = optString(*u, "next");
        page.total = totalOf(root);
        return page;
    } catch (const std::exception &) { // NotForTextReader, or a rule's json::exception
        return std::nullopt;
    }
}

Result<TokenPage> parseTokenPage(const QByteArray &body)
{
    if (std::optional<TokenPage> page = readTokenPageInPlace(body))
        return std::move(*page);
    return readTokenPageTree(body);
}

Result<TokenPage> readTokenPageTree(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        const json &objects = j.at("objects");
        std::optional<QList<QByteArrayView>> texts;
        if (objects.is_array())
            texts = objectTexts(body);
        if (texts && texts->size() != qsizetype(objects.size()))
            texts.reset(); // a body only nlohmann reads (a byte-order mark): written out again
        TokenPage page;
        if (texts)
            page.rawSources.append(ownedSource(body));
        qsizetype i = 0;
        for (const auto &object : objects) {
            page.tokens.append(tokenFromJson(object));
            page.rawObjects.append(
                texts ? viewInto(page.rawSources.constFirst(), body, texts->at(i++))
                      : QByteArray::fromStdString(object.dump()));
            if (object.contains("expiry"))
                page.anyTokenReportsExpiry = true;
        }
        if (const auto urls = j.find("urls"); urls != j.end() && urls->is_object())
            page.next = optString(*urls, "next");
        if (const auto total = j.find("total"); total != j.end() && total->is_number_integer())
            page.total = total->get<int>();
        return page;
    } catch (const json::exception &e) {
        return malformed("token list", e);
    }
}

Result<CreatedToken> parseCreatedToken(const QByteArray &body)
{
    try {
        json j = parseBody(body);
        CreatedToken created;
        created.secret = takeSecretString(j, "token");
        if (created.secret.isEmpty())
            throw json::other_error::create(502, "the answer has no token", nullptr);
        j.erase("token");
        created.token = tokenFromJson(j);
        // The list shows "npm_abcd...wxyz"; give the new token the same face.
        const QByteArrayView s = created.secret.view();
        if (s.size() > 12)
            created.token.redacted = QString::fromLatin1(s.first(8)) + QStringLiteral("...")
                + QString::fromLatin1(s.last(4));
        return created;
    } catch (const json::exception &e) {
        return malformed("created token", e);
    }
}

SecretBuffer createTokenBody(const TokenCreateRequest &request, const SecretBuffer &password)
{
    const auto strings = [](const QStringList &list) {
        json array = json::array();
        for (const QString &s : list)
            array.push_back(s.toStdString());
        return array;
    };
    json fields = json::object();
    if (request.classic) {
        // Verdaccio and old npmjs: {password, readonly, cidr_whitelist}.
        fields["readonly"] = request.classicReadOnly;
        fields["cidr_whitelist"] = strings(request.cidr);
        if (!request.name.isEmpty())
            fields["name"] = request.name.toStdString();
        return withSecretField(fields, "password", password);
    }
    fields["name"] = request.name.toStdString();
    if (!request.description.isEmpty())
        fields["description"] = request.description.toStdString();
    // The grants, in the registry's shape: string lists, booleans and permission ids.
    const QJsonObject grants = request.grants().toRegistryJson();
    for (auto it = grants.begin(); it != grants.end(); ++it) {
        const std::string key = it.key().toStdString();
        const QJsonValue value = it.value();
        if (value.isArray())
            fields[key] = strings(value.toVariant().toStringList());
        else if (value.isBool())
            fields[key] = value.toBool();
        else
            fields[key] = value.toString().toStdString();
    }
    if (request.expiresDays)
        fields["expires"] = *request.expiresDays;
    return withSecretField(fields, "password", password);
}

} // namespace td::json
