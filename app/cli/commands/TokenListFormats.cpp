// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenListFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli::tokenlist {

namespace {

// The registry's object for token `i`. A page built without them (a registry client that did
// not keep them) falls back to the fields TokenDesk read, under the registry's names.
QJsonObject registryObject(const TokenPage &page, qsizetype i)
{
    if (i < page.rawObjects.size())
        return QJsonDocument::fromJson(page.rawObjects.at(i)).object();
    const Token &t = page.tokens.at(i);
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

// Every token's registry object, parsed together; empty unless each token has one and all are
// objects (then registryObject() answers token by token, as it always did).
QJsonArray registryObjects(const TokenPage &page)
{
    if (page.tokens.isEmpty() || page.rawObjects.size() < page.tokens.size())
        return {};
    qsizetype size = 2;
    for (qsizetype i = 0; i < page.tokens.size(); ++i)
        size += page.rawObjects.at(i).size() + 1;
    QByteArray all;
    all.reserve(size);
    all.append('[');
    for (qsizetype i = 0; i < page.tokens.size(); ++i) {
        if (i > 0)
            all.append(',');
        all.append(page.rawObjects.at(i));
    }
    all.append(']');
    QJsonParseError error{};
    QJsonArray array = QJsonDocument::fromJson(all, &error).array();
    if (error.error != QJsonParseError::NoError || array.size() != page.tokens.size())
        return {};
    for (const QJsonValue &value : std::as_const(array))
        if (!value.isObject())
            return {};
    return array;
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

QByteArray npmJson(const TokenPage &page, const QHash<QString, QString> &ids)
{
    // The registry's objects are read in one parse, not one per token (a third of the time this
    // took for 1,000 tokens); objects that do not parse together fall back to one at a time.
    QJsonArray array = registryObjects(page);
    for (qsizetype i = 0; i < page.tokens.size(); ++i) {
        QJsonObject o = i < array.size() ? array.at(i).toObject() : registryObject(page, i);
        o.insert(QStringLiteral("id"), ids.value(page.tokens.at(i).key));
        if (i < array.size())
            array.replace(i, o);
        else
            array.append(o);
    }

    return QJsonDocument(array).toJson(QJsonDocument::Indented);
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
