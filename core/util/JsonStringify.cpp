// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/JsonStringify.h"

#include "core/util/JsonText.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <locale.h>
#include <string>

namespace td::jsontext {

namespace {

// The writer appends to a std::string: its append and push_back are inline, QByteArray's are
// calls into Qt, and a token list makes about 40,000 of them.
void indent(std::string &out, int depth)
{
    out.append(2 * std::size_t(depth), ' ');
}

void put(std::string &out, QByteArrayView text)
{
    out.append(text.data(), std::size_t(text.size()));
}

// An array index in JavaScript's sense ("0", "17"; not "01", not 2^32 - 1): such keys come
// first in an object's own-property order, ascending.
std::optional<quint32> arrayIndex(QByteArrayView canonical)
{
    const QByteArrayView digits = canonical.sliced(1, canonical.size() - 2);
    if (digits.isEmpty() || digits.size() > 10 || (digits.size() > 1 && digits.front() == '0'))
        return std::nullopt;
    quint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (value >= 0xFFFFFFFFull)
        return std::nullopt;
    return quint32(value);
}

struct Entry
{
    QByteArrayView key; // canonical: the text as written, or `ownKey` when that had escapes
    QByteArray ownKey;
    QByteArrayView value; // JSON text, or null when `setValue` holds the value
    QByteArray setValue;  // an already written string
};

// The members as JavaScript holds them after JSON.parse, plus `set`.
QList<Entry> objectEntries(const QList<Member> &members, const StringMember *set)
{
    QList<Entry> entries;
    entries.reserve(members.size() + 1);
    QHash<QByteArrayView, qsizetype> where; // only for large objects
    const auto put = [&entries, &where](Entry entry) {
        qsizetype at = -1;
        if (!where.isEmpty()) {
            at = where.value(entry.key, -1);
        } else {
            for (qsizetype i = 0; i < entries.size() && at < 0; ++i)
                if (entries.at(i).key == entry.key)
                    at = i;
        }
        if (at >= 0) {
            entries[at].value = entry.value;
            entries[at].setValue = std::move(entry.setValue);
            return;
        }
        if (where.isEmpty() && entries.size() == 32)
            for (qsizetype i = 0; i < entries.size(); ++i)
                where.insert(entries.at(i).key, i);
        entries.append(std::move(entry));
        if (!where.isEmpty())
            where.insert(entries.constLast().key, entries.size() - 1);
    };
    // A key as JSON.stringify writes it; equal keys give equal bytes, so it also names the
    // member. The views point into the text or into an entry's own key, which moves with it.
    const auto keyed = [](QByteArray own, QByteArrayView written) {
        Entry entry;
        entry.ownKey = std::move(own);
        entry.key = entry.ownKey.isNull() ? written : QByteArrayView(entry.ownKey);
        return entry;
    };
    bool anyIndex = false;
    for (const Member &m : members) {
        Entry entry
            = keyed(hasEscape(m.key) ? quoteString(decodeString(m.key)) : QByteArray(), m.key);
        anyIndex = anyIndex
            || (entry.key.size() > 2 && entry.key.at(1) >= '0' && entry.key.at(1) <= '9');
        entry.value = m.value;
        put(std::move(entry));
    }
    if (set != nullptr) {
        Entry entry = keyed(quoteString(set->key), {});
        entry.setValue = quoteString(set->value);
        put(std::move(entry));
    }
    if (anyIndex)
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            const auto ia = arrayIndex(a.key), ib = arrayIndex(b.key);
            if (ia && ib)
                return *ia < *ib;
            return ia.has_value() && !ib.has_value();
        });
    return entries;
}

bool write(std::string &out, QByteArrayView value, int depth, const StringMember *set);

bool writeObject(std::string &out, QByteArrayView object, int depth, const StringMember *set)
{
    const std::optional<QList<Member>> read = members(object);
    if (!read)
        return false;
    const QList<Entry> entries = objectEntries(*read, set);
    if (entries.isEmpty()) {
        out.append("{}");
        return true;
    }
    out.append("{\n");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        indent(out, depth + 1);
        put(out, entries.at(i).key);
        out.append(": ");
        if (entries.at(i).value.isNull())
            put(out, entries.at(i).setValue);
        else if (!write(out, entries.at(i).value, depth + 1, nullptr))
            return false;
        out.append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.push_back('}');
    return true;
}

bool writeArray(std::string &out, QByteArrayView array, int depth)
{
    const std::optional<QList<QByteArrayView>> items = elements(array);
    if (!items)
        return false;
    if (items->isEmpty()) {
        out.append("[]");
        return true;
    }
    out.append("[\n");
    for (qsizetype i = 0; i < items->size(); ++i) {
        indent(out, depth + 1);
        if (!write(out, items->at(i), depth + 1, nullptr))
            return false;
        out.append(i + 1 < items->size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.push_back(']');
    return true;
}

// `value` is one checked value with no space around it.
bool write(std::string &out, QByteArrayView value, int depth, const StringMember *set)
{
    switch (value.front()) {
    case '{':
        return writeObject(out, value, depth, set);
    case '[':
        return writeArray(out, value, depth);
    case '"':
        if (hasEscape(value))
            put(out, quoteString(decodeString(value)));
        else
            put(out, value);
        return true;
    case 't':
    case 'f':
    case 'n':
        put(out, value);
        return true;
    default:
        put(out, formatNumber(value));
        return true;
    }
}

void appendHex4(QByteArray &out, char16_t unit)
{
    static const char hex[] = "0123456789abcdef";
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out.append(hex[(unit >> shift) & 0xF]);
}

// JavaScript's Number::toString for a finite, non-zero double.
QByteArray javascriptNumber(double d)
{
    char buf[40];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const QByteArrayView text(buf, end - buf); // "-1.2345e+21"
    const bool negative = text.front() == '-';
    const qsizetype ePos = text.indexOf('e');
    QByteArray digits = text.sliced(negative ? 1 : 0, ePos - (negative ? 1 : 0)).toByteArray();
    digits.replace(".", "");
    const int exponent = std::atoi(text.sliced(ePos + 1).toByteArray().constData());
    const qsizetype k = digits.size();
    const qsizetype n = exponent + 1; // the value is 0.digits × 10^n
    QByteArray out = negative ? QByteArray("-") : QByteArray();
    if (k <= n && n <= 21) {
        out.append(digits).append(QByteArray::size_type(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits.left(n)).append('.').append(digits.mid(n));
    } else if (-6 < n && n <= 0) {
        out.append("0.").append(QByteArray::size_type(-n), '0').append(digits);
    } else {
        out.append(digits.at(0));
        if (k > 1)
            out.append('.').append(digits.mid(1));
        out.append('e').append(n - 1 >= 0 ? '+' : '-').append(QByteArray::number(std::abs(n - 1)));
    }
    return out;
}

} // namespace

bool appendStringified(std::string &out, QByteArrayView value, int depth, const StringMember *set)
{
    const std::size_t before = out.size();
    // An object or an array is checked whole as it is read; only a lone scalar needs wholeValue.
    const QByteArrayView trimmed = value.trimmed();
    const bool container = trimmed.startsWith('{') || trimmed.startsWith('[');
    const std::optional<QByteArrayView> one = container ? trimmed : wholeValue(value);
    if (one && write(out, *one, depth, set))
        return true;
    out.resize(before);
    return false;
}

bool appendStringified(QByteArray &out, QByteArrayView value, int depth, const StringMember *set)
{
    std::string text;
    if (!appendStringified(text, value, depth, set))
        return false;
    out.append(text.data(), qsizetype(text.size()));
    return true;
}

QByteArray quoteString(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    qsizetype runStart = 0; // characters written as UTF-8, in one conversion per run
    const auto flush = [&](qsizetype upTo) {
        if (upTo > runStart)
            out.append(text.sliced(runStart, upTo - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const bool high = QChar::isHighSurrogate(u), low = QChar::isLowSurrogate(u);
        if (high && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i; // a pair: UTF-8 in the run
            continue;
        }
        if (u >= 0x20 && u != '"' && u != '\\' && !high && !low)
            continue;
        flush(i);
        runStart = i + 1;
        switch (u) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: // other control characters and lone surrogates
            appendHex4(out, u);
        }
    }
    flush(text.size());
    out.append('"');
    return out;
}

QByteArray formatNumber(QByteArrayView number)
{
    // Integers of up to 15 digits are exact in a double and JavaScript writes them as they are.
    const qsizetype sign = number.startsWith('-') ? 1 : 0;
    const qsizetype digits = number.size() - sign;
    bool plain = digits > 0 && digits <= 15;
    for (qsizetype i = sign; plain && i < number.size(); ++i)
        plain = number.at(i) >= '0' && number.at(i) <= '9';
    if (plain)
        return number == "-0" ? QByteArray("0") : number.toByteArray();
    // strtod in the C locale: the JSON grammar is its grammar, and it answers infinity or zero
    // beyond the double range as JSON.parse does.
    static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    const QByteArray text = number.toByteArray();
    const double d = strtod_l(text.constData(), nullptr, c);
    if (!std::isfinite(d))
        return QByteArrayLiteral("null");
    if (d == 0)
        return QByteArrayLiteral("0");
    return javascriptNumber(d);
}

} // namespace td::jsontext
