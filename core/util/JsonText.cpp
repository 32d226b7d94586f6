// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/JsonText.h"

#include "core/util/JsonTextCursor.h"

#include <QString>

#include <cstring>

namespace td::jsontext {

namespace {

using detail::Cursor;
using detail::hexValue;

QByteArrayView between(const char *from, const char *to)
{
    return QByteArrayView(from, to - from);
}

// Runs `read` on a cursor over `text` and checks that only space follows what it read.
template<typename Read>
bool readWhole(QByteArrayView text, Read read)
{
    Cursor c(text.data(), text.data() + text.size());
    if (!read(c))
        return false;
    c.skipSpace();
    return c.atEnd();
}

} // namespace

std::optional<QByteArrayView> wholeValue(QByteArrayView text)
{
    QByteArrayView value;
    if (!readWhole(text, [&value](Cursor &c) {
            return c.readValue(0, [&value](QByteArrayView v) { value = v; });
        }))
        return std::nullopt;
    return value;
}

std::optional<QList<Member>> members(QByteArrayView object)
{
    QList<Member> out;
    out.reserve(16); // a registry's token object has about 15: one allocation, not five
    if (!readWhole(object, [&out](Cursor &c) {
            return c.walk('{', '}', 0, [&out](QByteArrayView key, Cursor &v) {
                return v.readValue(1, [&](QByteArrayView value) {
                    out.append(Member{key, value});
                });
            });
        }))
        return std::nullopt;
    return out;
}

std::optional<QList<QByteArrayView>> elements(QByteArrayView array)
{
    QList<QByteArrayView> out;
    if (!readWhole(array, [&out](Cursor &c) {
            return c.walk('[', ']', 0, [&out](QByteArrayView, Cursor &v) {
                return v.readValue(1, [&](QByteArrayView value) { out.append(value); });
            });
        }))
        return std::nullopt;
    return out;
}

namespace {

// The pass memberElements() and memberObjects() share: `readElement(cursor, found)` reads each
// element of the array member `name` (the cursor on it, at depth 2) into `found`.
template<typename Found, typename ReadElement>
std::optional<QList<Found>> readArrayMember(QByteArrayView object, QByteArrayView name,
                                            QList<Member> *members, ReadElement readElement)
{
    std::optional<QList<Found>> found;
    const auto member = [&](QByteArrayView key, Cursor &v) {
        const char *start = v.position();
        bool ok = true;
        if (!keyIs(key, name)) {
            ok = v.skipValue(1);
        } else if (v.peek() != '[') {
            found.reset(); // a repeated member: the last one counts, as in JSON.parse
            ok = v.skipValue(1);
        } else {
            found.emplace();
            ok = v.walk('[', ']', 1,
                        [&](QByteArrayView, Cursor &e) { return readElement(e, *found); });
        }
        if (ok && members != nullptr)
            members->append(Member{key, between(start, v.position())});
        return ok;
    };
    if (!readWhole(object, [&member](Cursor &c) { return c.walk('{', '}', 0, member); }))
        return std::nullopt;
    return found;
}

} // namespace

std::optional<QList<QByteArrayView>> memberElements(QByteArrayView object, QByteArrayView name,
                                                    QList<Member> *members)
{
    return readArrayMember<QByteArrayView>(
        object, name, members, [](Cursor &e, QList<QByteArrayView> &found) {
            return e.readValue(2, [&found](QByteArrayView value) { found.append(value); });
        });
}

std::optional<QList<Element>> memberObjects(QByteArrayView object, QByteArrayView name,
                                            QList<Member> *members)
{
    return readArrayMember<Element>(object, name, members, [](Cursor &e, QList<Element> &found) {
        const char *start = e.position();
        Element element;
        if (e.peek() == '{') {
            QList<Member> inner;
            inner.reserve(16); // a registry's token object has about 15: one allocation
            if (!e.walk('{', '}', 2, [&inner](QByteArrayView key, Cursor &v) {
                    return v.readValue(3, [&](QByteArrayView value) {
                        inner.append(Member{key, value});
                    });
                }))
                return false;
            element.members = std::move(inner);
        } else if (!e.skipValue(2)) {
            return false;
        }
        element.text = between(start, e.position());
        found.append(std::move(element));
        return true;
    });
}

bool keyIs(QByteArrayView keyText, QByteArrayView name)
{
    if (keyText.size() == name.size() + 2 && keyText.sliced(1, name.size()) == name)
        return true;
    return hasEscape(keyText) && decodeString(keyText) == QLatin1StringView(name);
}

bool hasEscape(QByteArrayView string)
{
    return string.indexOf('\\') >= 0;
}

bool hasSurrogateEscape(QByteArrayView text)
{
    if (text.isEmpty())
        return false; // an empty view may have no data pointer, and memchr must not see null
    const char *p = text.data();
    const char *end = p + text.size();
    while ((p = static_cast<const char *>(std::memchr(p, '\\', std::size_t(end - p)))) != nullptr) {
        if (end - p >= 4 && p[1] == 'u' && (p[2] == 'd' || p[2] == 'D'))
            return true;
        p += 2; // an escaped character never starts another escape
        if (p >= end)
            break;
    }
    return false;
}

QString decodeString(QByteArrayView string)
{
    const QByteArrayView inner = string.sliced(1, string.size() - 2);
    QString out;
    out.reserve(inner.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] != '\\')
            continue;
        out += QString::fromUtf8(inner.sliced(runStart, i - runStart));
        const char e = inner[++i];
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 1; k <= 4; ++k)
                unit = char16_t(unit * 16 + hexValue(inner[i + k]));
            out += QChar(unit); // pairs join by sitting next to each other, as in JavaScript
            i += 4;
            break;
        }
        default: // " \ /
            out += QLatin1Char(e);
        }
        runStart = i + 1;
    }
    out += QString::fromUtf8(inner.sliced(runStart));
    return out;
}

} // namespace td::jsontext
