// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenListFormats.h"

#include "core/util/JsonStringify.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <string>

namespace td::cli::tokenlist {

namespace {

// The fields TokenDesk read, under the registry's names: for a page built without the registry's
// objects (a registry client that did not keep them) or with one that does not read.
QJsonObject ownFields(const Token &t)
{
    QJsonObject o{{QStringLiteral("key"), t.key},
                  {QStringLiteral("token"), t.redacted},
                  {QStringLiteral("readonly"), t.readOnly}};
    if (!t.name.isEmpty())
        o.insert(QStringLiteral("name"), t.name);
    if (t.created.isValid())
        o.insert(QStringLiteral("created"), t.created.toUTC().toString(Qt::ISODateWithMs));
    if (!t.cidr.isEmpty())
        o.insert(QStringLiteral("cidr_whitelist"), QJsonArray::fromStringList(t.cidr));
    return o;
}

// The registry's object for token `i`, or TokenDesk's fields.
QJsonObject registryObject(const TokenPage &page, qsizetype i)
{
    if (i < page.rawObjects.size()) {
        const QJsonDocument parsed = QJsonDocument::fromJson(page.rawObjects.at(i));
        if (parsed.isObject())
            return parsed.object();
    }
    return ownFields(page.tokens.at(i));
}

// A value as JavaScript's Array.prototype.join writes it: null and absent are empty.
QString joinText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonArray array = value.toArray(); const QJsonValue &v : array)
            parts << joinText(v);
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// JavaScript truthiness, for npm's `token.readonly ? 'true' : 'false'`.
bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

} // namespace

namespace {

// npmJson's bytes, handed to `flush` whenever `chunk` bytes are ready (and at the end): the
// output of 1,000 tokens is over half a megabyte, and a buffer that is written out and reused
// touches a tenth of the memory a whole copy does.
template<typename Flush>
void buildNpmJson(const TokenPage &page, const QHash<QString, QString> &ids, std::size_t chunk,
                  Flush flush)
{
    // JSON.stringify(tokens, null, 2), written from the registry's own text: no tree is built and
    // the members keep the registry's order (issue 18).
    std::string out;
    if (page.tokens.isEmpty()) {
        out = "[]\n";
        return flush(out);
    }
    std::size_t size = 4;
    for (const QByteArray &raw : page.rawObjects)
        size += std::size_t(raw.size()) * 3 / 2 + 32; // the indentation and "id"
    out.reserve(std::min(size, chunk + 4096));
    out.append("[\n");
    for (qsizetype i = 0; i < page.tokens.size(); ++i) {
        const Token &token = page.tokens.at(i);
        const jsontext::StringMember id{QStringLiteral("id"), ids.value(token.key)};
        out.append("  ");
        if (i >= page.rawObjects.size()
            || !jsontext::appendStringified(out, page.rawObjects.at(i), 1, &id))
            jsontext::appendStringified(
                out, QJsonDocument(ownFields(token)).toJson(QJsonDocument::Compact), 1, &id);
        out.append(i + 1 < page.tokens.size() ? ",\n" : "\n");
        if (out.size() >= chunk) {
            flush(out);
            out.clear(); // the capacity stays: the next chunk reuses the same memory
        }
    }
    out.append("]\n");
    flush(out);
}

} // namespace

QByteArray npmJson(const TokenPage &page, const QHash<QString, QString> &ids)
{
    QByteArray all;
    buildNpmJson(
        page, ids, std::numeric_limits<std::size_t>::max(),
        [&all](const std::string &part) { all.append(part.data(), qsizetype(part.size())); });
    return all;
}

void writeNpmJson(QIODevice &device, const TokenPage &page, const QHash<QString, QString> &ids)
{
    buildNpmJson(page, ids, std::size_t(64) * 1024, [&device](const std::string &part) {
        device.write(part.data(), qint64(part.size()));
    });
}

QByteArray npmParseable(const TokenPage &page, const QHash<QString, QString> &ids)
{
    // A machine format: npm's column names, never translated.
    QString text = QStringLiteral("key\ttoken\tid\tname\tcreated\treadonly\tCIDR whitelist\n");
    for (qsizetype i = 0; i < page.tokens.size(); ++i) {
        const QJsonObject o = registryObject(page, i);
        const QJsonValue cidr = o.value(QLatin1String("cidr_whitelist"));
        const QStringList fields{joinText(o.value(QLatin1String("key"))),
                                 joinText(o.value(QLatin1String("token"))),
                                 ids.value(page.tokens.at(i).key),
                                 joinText(o.value(QLatin1String("name"))),
                                 joinText(o.value(QLatin1String("created"))),
                                 truthy(o.value(QLatin1String("readonly")))
                                     ? QStringLiteral("true")
                                     : QStringLiteral("false"),
                                 truthy(cidr) ? joinText(cidr) : QString()};
        text += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace td::cli::tokenlist
