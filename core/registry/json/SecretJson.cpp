// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/json/SecretJson.h"

#include <openssl/crypto.h>

namespace td::json {

namespace {
void appendEscaped(QByteArray &out, QByteArrayView value)
{
    static const char hex[] = "0123456789abcdef";
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
}
} // namespace

SecretBuffer withSecretField(const nlohmann::json &fields, const char *key,
                             const SecretBuffer &secret)
{
    const std::string others = fields.dump(); // "{...}" without the secret
    QByteArray out;
    out.reserve(qsizetype(others.size()) + secret.size() * 2 + 32);
    out.append(others.data(), qsizetype(others.size()) - 1); // drop the closing brace
    if (others.size() > 2)
        out.append(',');
    out.append('"').append(key).append("\":\"");
    appendEscaped(out, secret.view());
    out.append("\"}");
    SecretBuffer result{QByteArrayView(out)};
    OPENSSL_cleanse(out.data(), size_t(out.size()));
    return result;
}

SecretBuffer takeSecretString(nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    auto &text = it->get_ref<std::string &>();
    SecretBuffer result{QByteArrayView(text.data(), qsizetype(text.size()))};
    OPENSSL_cleanse(text.data(), text.size());
    return result;
}

} // namespace td::json
