// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/NpmrcLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace td {

namespace {

bool isQuoted(const QString &value)
{
    // Mirrors the ini package exactly, including its quirk that a lone quote counts as quoted.
    return (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')));
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
}

// JavaScript's String.prototype.trim(), which npm's ini reader uses: it also drops a byte
// order mark, which QString::trimmed() keeps.
QString jsTrim(const QString &text)
{
    auto isJsSpace = [](QChar c) { return c.isSpace() || c == QChar(0xFEFF); };
    qsizetype begin = 0, end = text.size();
    while (begin < end && isJsSpace(text.at(begin)))
        ++begin;
    while (end > begin && isJsSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

QString decodeNpmrcValue(const QString &raw)
{
    QString value = jsTrim(raw);
    if (isQuoted(value)) {
        if (value.startsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray('[' + value.toUtf8() + ']'), &error);
        if (error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1)
            return jsonValueText(doc.array().at(0));
        return value;
    }
    // Unquoted: the first unescaped ; or # starts a comment; "\;" "\#" "\\" are escapes.
    QString out;
    bool escaped = false;
    for (const QChar c : std::as_const(value)) {
        if (escaped) {
            if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char('#'))
                out += c;
            else
                out += QLatin1Char('\\') + c;
            escaped = false;
        } else if (c == QLatin1Char(';') || c == QLatin1Char('#')) {
            break;
        } else if (c == QLatin1Char('\\')) {
            escaped = true;
        } else {
            out += c;
        }
    }
    if (escaped)
        out += QLatin1Char('\\');
    return jsTrim(out);
}

QByteArray quoteNpmrcValue(const QString &value)
{
    QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    // Qt's JSON reader drops a raw U+FEFF inside a string; the escape survives (and npm's
    // JSON.parse reads both the same).
    array.replace("\xEF\xBB\xBF", "\\ufeff");
    return array.mid(1, array.size() - 2);
}

QByteArray encodeNpmrcValue(const QString &value)
{
    // Beyond the ini package's rules: a lone quote (ini reads "'" as an empty value), a
    // backslash ("a\\;" would read back as "a\\") and a leading or trailing byte order mark
    // (npm trims it) also need the JSON form to read back.
    const bool needsJson = value.contains(QLatin1Char('=')) || value.contains(QLatin1Char('\r'))
        || value.contains(QLatin1Char('\n')) || value.startsWith(QLatin1Char('['))
        || isQuoted(value) || value != value.trimmed() || value.contains(QLatin1Char('\\'))
        || value != jsTrim(value);
    if (needsJson)
        return quoteNpmrcValue(value);
    QByteArray out = value.toUtf8();
    out.replace(';', "\\;");
    out.replace('#', "\\#");
    return out;
}

} // namespace td
