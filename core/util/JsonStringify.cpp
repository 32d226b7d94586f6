// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/JsonStringify.h"

#include "core/util/JavaScriptText.h"
#include "core/util/JsonStringifyOnePass.h"
#include "core/util/JsonText.h"

#include <QHash>

#include <algorithm>
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
    const auto keep = [&entries, &where](Entry entry) {
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
        keep(std::move(entry));
    }
    if (set != nullptr) {
        Entry entry = keyed(quoteString(set->key), {});
        entry.setValue = quoteString(set->value);
        keep(std::move(entry));
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

} // namespace

bool detail::appendStringifiedByMembers(std::string &out, QByteArrayView value, int depth,
                                        const StringMember *set)
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

bool appendStringified(std::string &out, QByteArrayView value, int depth, const StringMember *set)
{
    // Most objects need none of JavaScript's re-ordering: one pass writes them as it checks them.
    // Where it gives up (or the text is broken), the reader by members decides.
    const std::size_t before = out.size();
    if (appendStringifiedInOnePass(out, value, depth, set))
        return true;
    out.resize(before);
    return detail::appendStringifiedByMembers(out, value, depth, set);
}

bool appendStringified(QByteArray &out, QByteArrayView value, int depth, const StringMember *set)
{
    std::string text;
    if (!appendStringified(text, value, depth, set))
        return false;
    out.append(text.data(), qsizetype(text.size()));
    return true;
}

} // namespace td::jsontext
