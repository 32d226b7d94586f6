// SPDX-License-Identifier: GPL-3.0-or-later
// Every registry JSON DTO parser (core/registry/json) and the token cache's JSON, fed what a
// hostile or broken registry could send. The first byte picks the parser; the rest is the body.
// Beyond "no crash": what TokenDesk builds from a parsed answer serialises again, and a
// password or secret put into a request body reads back exactly.
#include "FuzzCheck.h"

#include "core/registry/json/AuthDto.h"
#include "core/registry/json/ErrorBody.h"
#include "core/registry/json/PackageDto.h"
#include "core/registry/json/StageDto.h"
#include "core/registry/json/TokenDto.h"
#include "core/tokenlist/TokenCacheFormat.h"
#include "core/tokens/TokenJson.h"
#include "core/util/JsonStringifyOnePass.h"

#include <QJsonDocument>

#include <nlohmann/json.hpp>

namespace json = td::json;

namespace {

// Invalid sequences become U+FFFD, so only valid UTF-8 survives the round trip unchanged.
bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// A request body with a secret field must be JSON that gives the secret back byte for byte.
void checkSecretBody(const td::SecretBuffer &body, const char *key, QByteArrayView secret)
{
    const auto parsed = nlohmann::json::parse(body.view().begin(), body.view().end(), nullptr,
                                              /*allow_exceptions=*/false);
    TD_FUZZ_CHECK(parsed.is_object() && parsed.contains(key) && parsed.at(key).is_string(),
                  QStringLiteral("secret body is not JSON"));
    const std::string back = parsed.at(key).get<std::string>();
    TD_FUZZ_CHECK(QByteArrayView(back.data(), qsizetype(back.size())) == secret,
                  QStringLiteral("secret changed in the body"));
}

void checkTokenJsonRoundTrip(const td::Token &token)
{
    td::Token again;
    TD_FUZZ_CHECK(td::tokenFromJson(td::tokenToJson(token), &again), token.key);
    TD_FUZZ_CHECK(td::tokenToJson(again) == td::tokenToJson(token), token.key);
}

// The token list read in place must be nlohmann's page exactly, whenever it answers at all.
void checkTokenPageReadersAgree(const QByteArray &body)
{
    const std::optional<td::TokenPage> fast = json::readTokenPageInPlace(body);
    if (!fast)
        return;
    const auto tree = json::readTokenPageTree(body);
    TD_FUZZ_CHECK(tree.ok(), QStringLiteral("the in-place reader read what nlohmann refuses"));
    const td::TokenPage &slow = tree.value();
    TD_FUZZ_CHECK(fast->tokens.size() == slow.tokens.size() && fast->next == slow.next
                      && fast->total == slow.total
                      && fast->anyTokenReportsExpiry == slow.anyTokenReportsExpiry
                      && fast->rawObjects == slow.rawObjects,
                  QStringLiteral("the readers disagree on the page"));
    for (qsizetype i = 0; i < fast->tokens.size(); ++i)
        TD_FUZZ_CHECK(td::tokenToJson(fast->tokens.at(i)) == td::tokenToJson(slow.tokens.at(i)),
                      fast->tokens.at(i).key);
}

// The token cache file read in place must be the tree's list exactly, whenever it answers at all
// (the account is the seeds', tests/data/tokens).
void checkTokenCacheReadersAgree(const QByteArray &body)
{
    const QString account = QStringLiteral("acct");
    const std::optional<td::CachedTokenList> fast = td::readTokenCacheInPlace(body, account);
    if (!fast)
        return;
    const std::variant<td::CachedTokenList, QString> tree = td::readTokenCacheTree(body, account);
    const td::CachedTokenList *slow = std::get_if<td::CachedTokenList>(&tree);
    TD_FUZZ_CHECK(slow != nullptr,
                  QStringLiteral("the in-place reader read what the tree refuses"));
    TD_FUZZ_CHECK(fast->accountId == slow->accountId && fast->syncedAt == slow->syncedAt
                      && fast->syncedAt.timeSpec() == slow->syncedAt.timeSpec()
                      && fast->tokens.size() == slow->tokens.size(),
                  QStringLiteral("the readers disagree on the list"));
    for (qsizetype i = 0; i < fast->tokens.size(); ++i) {
        const td::Token &a = fast->tokens.at(i);
        const td::Token &b = slow->tokens.at(i);
        TD_FUZZ_CHECK(td::tokenToJson(a) == td::tokenToJson(b) && a.redacted == b.redacted
                          && a.accountId == b.accountId,
                      a.key);
    }
}

// `token list --json` writes each object in one pass where it can: the same bytes as the writer
// that reads each object's members first, with and without the `id` it adds.
void checkStringifyPassesAgree(const QByteArray &body)
{
    const td::jsontext::StringMember id{QStringLiteral("id"), QStringLiteral("abc123")};
    for (const td::jsontext::StringMember *set : {&id, static_cast<decltype(&id)>(nullptr)}) {
        std::string fast, slow;
        if (!td::jsontext::appendStringifiedInOnePass(fast, body, 1, set))
            continue;
        TD_FUZZ_CHECK(td::jsontext::detail::appendStringifiedByMembers(slow, body, 1, set),
                      QStringLiteral("the single pass wrote text the reader by members refuses"));
        TD_FUZZ_CHECK(fast == slow, QStringLiteral("the writers disagree on the text"));
    }
}

// The stage API (selector bytes 0xf0-0xff). What `stage view --json` prints of an item must
// read back as the same staged version, with the same lines `stage list` shows.
void checkStage(uint8_t which, const QByteArray &body)
{
    if (which & 0x08) {
        if (const auto last = json::parseLastRelease(body, QStringLiteral("1.0.0")); last.ok())
            TD_FUZZ_CHECK(last.value().version != QLatin1String("0.0.0-stage")
                              && last.value().version != QLatin1String("1.0.0"),
                          last.value().version);
        return;
    }
    const auto page = json::parseStagePage(body);
    if (!page.ok())
        return;
    for (const td::StagedRelease &item : page.value().items) {
        const auto again = json::parseStagedRelease(json::stageItemJson(item));
        TD_FUZZ_CHECK(again.ok(), QStringLiteral("stage item JSON"));
        TD_FUZZ_CHECK(again.value().id == item.id && again.value().version == item.version
                          && again.value().packageName == item.packageName
                          && again.value().npmFields == item.npmFields,
                      item.id);
    }
    (void)json::stageItemsJson(page.value().items);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t which = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    if (which >= 0xf0) {
        checkStage(which, body);
        return 0;
    }

    switch (which % 16) {
    case 0:
        (void)json::parseWhoami(body);
        break;
    case 1:
        (void)json::parseWebLoginUrls(body);
        break;
    case 2:
        (void)json::parseTokenAnswer(body);
        break;
    case 3:
        (void)json::parseProfile(body);
        break;
    case 4:
        (void)json::serverMessage(body);
        break;
    case 5:
        (void)json::otpChallengeUrls(body);
        break;
    case 6:
        (void)json::parseStringMap(body);
        break;
    case 7:
        (void)json::parseSearch(body);
        break;
    case 8:
        (void)json::parsePackument(body);
        break;
    case 9:
        if (const auto access = json::parsePackageAccess(body); access.ok()) {
            // What TokenDesk sends back must read as the same settings.
            const auto again = json::parsePackageAccess(json::packageAccessBody(access.value()));
            TD_FUZZ_CHECK(again.ok(), QStringLiteral("package access body"));
            TD_FUZZ_CHECK(again.value().publishRequiresTfa == access.value().publishRequiresTfa
                              && again.value().automationTokenOverridesTfa
                                  == access.value().automationTokenOverridesTfa
                              && again.value().isPublic == access.value().isPublic,
                          QStringLiteral("package access round trip"));
        }
        break;
    case 10:
        if (const auto configs = json::parseTrustConfigs(body); configs.ok()) {
            for (const td::TrustConfig &config : configs.value()) {
                const auto again = json::parseTrustConfigs(json::trustCreateBody(config));
                TD_FUZZ_CHECK(again.ok() && again.value().size() == 1,
                              QStringLiteral("trust create body"));
                TD_FUZZ_CHECK(again.value().first().type == config.type
                                  && again.value().first().claims == config.claims
                                  && again.value().first().permissions == config.permissions,
                              QStringLiteral("trust config round trip"));
            }
        }
        break;
    case 11:
        if (const auto page = json::parseTokenPage(body); page.ok()) {
            for (const td::Token &token : page.value().tokens)
                checkTokenJsonRoundTrip(token);
        }
        checkTokenPageReadersAgree(body);
        checkStringifyPassesAgree(body);
        break;
    case 12:
        if (const auto created = json::parseCreatedToken(body); created.ok()) {
            TD_FUZZ_CHECK(!created.value().secret.isEmpty(), QStringLiteral("empty secret"));
            checkTokenJsonRoundTrip(created.value().token);
        }
        break;
    case 13: { // the token cache: a whole file (tokenlist/TokenCacheFormat), one entry (TokenJson)
        checkTokenCacheReadersAgree(body);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        td::Token token;
        if (doc.isObject() && td::tokenFromJson(doc.object(), &token))
            checkTokenJsonRoundTrip(token);
        (void)td::looksLikeNpmSecret(QString::fromUtf8(body));
        (void)td::maskNpmSecret(QString::fromUtf8(body));
        break;
    }
    case 14: { // sign-in body: name and password from the input, split at the first NUL
        const qsizetype split = body.indexOf('\0');
        const QByteArray name = split < 0 ? QByteArray() : body.left(split);
        const QByteArray password = split < 0 ? body : body.mid(split + 1);
        if (!isValidUtf8(password))
            break; // a JSON body can only carry UTF-8; the sign-in dialog gives QString text
        const td::SecretBuffer secret{QByteArrayView(password)};
        const td::SecretBuffer login = json::couchLoginBody(
            QString::fromUtf8(name), secret, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        checkSecretBody(login, "password", password);
        break;
    }
    case 15: { // token create body with the password and a name from the input
        const qsizetype split = body.indexOf('\0');
        const QByteArray password = split < 0 ? body : body.left(split);
        if (!isValidUtf8(password))
            break;
        td::TokenCreateRequest request;
        request.name = QString::fromUtf8(split < 0 ? QByteArray() : body.mid(split + 1));
        request.classic = (which & 0x10) != 0;
        request.cidr = {request.name};
        request.packages = {request.name};
        checkSecretBody(json::createTokenBody(request, td::SecretBuffer{QByteArrayView(password)}),
                        "password", password);
        break;
    }
    }
    return 0;
}
