// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/JsonStringifyOnePass.h"

#include "core/util/JavaScriptText.h"
#include "core/util/JsonText.h"
#include "core/util/JsonTextCursor.h"

#include <QVarLengthArray>

#include <algorithm>

namespace td::jsontext {

namespace {

using detail::Cursor;

// An object with more keys than this goes by members, where large objects have a hash.
constexpr qsizetype kMaxKeys = 64;

// `set`, written once for the whole value.
struct SetText
{
    QByteArray key;
    QByteArray value;
};

class OnePassWriter
{
public:
    OnePassWriter(std::string &out, int baseDepth) : m_out(out), m_base(baseDepth) { }

    // The value at the cursor, `nest` levels below the outermost one; `set` only for that one.
    bool value(Cursor &c, int nest, const SetText *set)
    {
        c.skipSpace();
        const char *start = c.position();
        switch (c.peek()) {
        case '{':
            return object(c, nest, set);
        case '[':
            return array(c, nest);
        case '"': {
            if (!c.skipString())
                return false;
            const QByteArrayView text(start, c.position() - start);
            if (hasEscape(text))
                put(quoteString(decodeString(text)));
            else
                put(text);
            return true;
        }
        case 't':
        case 'f':
        case 'n':
            if (!c.skipValue(nest))
                return false;
            put(QByteArrayView(start, c.position() - start));
            return true;
        default:
            if (!c.skipValue(nest))
                return false;
            put(formatNumber(QByteArrayView(start, c.position() - start)));
            return true;
        }
    }

private:
    // A key JavaScript would move (an array index), decode (an escape) or merge (a repeat, or
    // the member `set` writes) ends the pass.
    static bool keepsItsPlace(QByteArrayView key, const QVarLengthArray<QByteArrayView, 24> &seen,
                              const SetText *set)
    {
        if (key.size() > 2 && detail::isDigit(key.at(1)))
            return false;
        if (hasEscape(key) || seen.size() >= kMaxKeys || (set != nullptr && key == set->key))
            return false;
        return std::find(seen.cbegin(), seen.cend(), key) == seen.cend();
    }

    bool object(Cursor &c, int nest, const SetText *set)
    {
        QVarLengthArray<QByteArrayView, 24> seen;
        const bool ok = c.walk('{', '}', nest, [&](QByteArrayView key, Cursor &v) {
            if (!keepsItsPlace(key, seen, set))
                return false;
            seen.append(key);
            openMember(seen.size() == 1 ? "{\n" : ",\n", nest, key);
            return value(v, nest + 1, nullptr);
        });
        if (!ok)
            return false;
        if (set != nullptr) {
            openMember(seen.isEmpty() ? "{\n" : ",\n", nest, set->key);
            put(set->value);
        } else if (seen.isEmpty()) {
            m_out.append("{}");
            return true;
        }
        close('}', nest);
        return true;
    }

    bool array(Cursor &c, int nest)
    {
        bool any = false;
        const bool ok = c.walk('[', ']', nest, [&](QByteArrayView, Cursor &v) {
            m_out.append(any ? ",\n" : "[\n");
            any = true;
            indent(nest + 1);
            return value(v, nest + 1, nullptr);
        });
        if (!ok)
            return false;
        if (!any) {
            m_out.append("[]");
            return true;
        }
        close(']', nest);
        return true;
    }

    void openMember(const char *separator, int nest, QByteArrayView key)
    {
        m_out.append(separator);
        indent(nest + 1);
        put(key);
        m_out.append(": ");
    }

    void close(char bracket, int nest)
    {
        m_out.push_back('\n');
        indent(nest);
        m_out.push_back(bracket);
    }

    void indent(int nest) { m_out.append(2 * std::size_t(m_base + nest), ' '); }
    void put(QByteArrayView text) { m_out.append(text.data(), std::size_t(text.size())); }

    std::string &m_out;
    const int m_base;
};

} // namespace

bool appendStringifiedInOnePass(std::string &out, QByteArrayView value, int depth,
                                const StringMember *set)
{
    // A lone scalar is rare and goes by members (wholeValue checks it).
    const QByteArrayView trimmed = value.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return false;
    SetText setText;
    if (set != nullptr)
        setText = SetText{quoteString(set->key), quoteString(set->value)};
    Cursor c(trimmed.data(), trimmed.data() + trimmed.size());
    OnePassWriter writer(out, depth);
    if (!writer.value(c, 0, set != nullptr && trimmed.startsWith('{') ? &setText : nullptr))
        return false;
    c.skipSpace();
    return c.atEnd();
}

} // namespace td::jsontext
