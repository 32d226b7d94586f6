// SPDX-License-Identifier: GPL-3.0-or-later
// JsonText's checking cursor (internal to core/util's JSON readers and writers: JsonText.cpp and
// JsonStringifyOnePass.cpp): what it skips, it has checked against RFC 8259. A header of its own
// so that JsonText.cpp keeps to the API, and inline so that its small steps inline into the loops.
#pragma once

#include "core/util/JsonText.h"

#include <QByteArrayView>

#include <array>
#include <cstring>

namespace td::jsontext::detail {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The bytes that end a run of plain string text: the quote, the backslash, control characters
// and the start of a multi-byte UTF-8 sequence (which is checked).
inline constexpr auto kStringStop = [] {
    std::array<bool, 256> stop{};
    for (int c = 0; c < 256; ++c)
        stop[std::size_t(c)] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
    return stop;
}();

// A cursor that checks what it skips. Each skip…() starts on the value's first character and
// returns false on anything RFC 8259 does not allow.
class Cursor
{
public:
    Cursor(const char *begin, const char *end) : m_p(begin), m_end(end) { }

    const char *position() const { return m_p; }
    bool atEnd() const { return m_p == m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool skipValue(int depth)
    {
        skipSpace();
        switch (peek()) {
        case '{':
            return skipContainer('}', depth);
        case '[':
            return skipContainer(']', depth);
        case '"':
            return skipString();
        case 't':
            return skipWord("true");
        case 'f':
            return skipWord("false");
        case 'n':
            return skipWord("null");
        default:
            return skipNumber();
        }
    }

    bool skipString()
    {
        ++m_p; // the opening quote
        bool ascii = true;
        const char *start = m_p;
        for (;;) {
            // Most of a registry's text is plain string bytes: one table look-up each.
            while (m_p < m_end && !kStringStop[static_cast<unsigned char>(*m_p)])
                ++m_p;
            if (m_p == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                const bool ok = ascii || QByteArrayView(start, m_p).isValidUtf8();
                ++m_p;
                return ok;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                ascii = false;
                ++m_p;
            } else if (!skipEscape()) {
                return false;
            }
        }
    }

    // The container `open`…`close` at the cursor (space before it allowed), calling
    // `item(keyText, *this)` once per item with the cursor on the item's value, which `item`
    // must read past; an array's items have an empty key.
    template<typename Item>
    bool walk(char open, char close, int depth, Item item)
    {
        if (depth >= kMaxDepth || !take(open))
            return false;
        if (take(close))
            return true;
        do {
            QByteArrayView key;
            if (open == '{') {
                skipSpace();
                const char *keyStart = m_p;
                if (peek() != '"' || !skipString())
                    return false;
                key = QByteArrayView(keyStart, m_p - keyStart);
                if (!take(':'))
                    return false;
            }
            skipSpace();
            if (!item(key, *this))
                return false;
        } while (take(','));
        return take(close);
    }

    // Reads past one value, handing its text to `found`.
    template<typename Found>
    bool readValue(int depth, Found found)
    {
        skipSpace();
        const char *start = m_p;
        if (!skipValue(depth))
            return false;
        found(QByteArrayView(start, m_p - start));
        return true;
    }

private:
    bool skipEscape()
    {
        ++m_p; // the backslash
        if (m_p == m_end)
            return false;
        const char c = *m_p++;
        if (std::strchr("\"\\/bfnrt", c) != nullptr && c != '\0')
            return true;
        if (c != 'u' || m_end - m_p < 4)
            return false;
        for (int i = 0; i < 4; ++i)
            if (hexValue(*m_p++) < 0)
                return false;
        return true;
    }

    bool skipWord(const char *word)
    {
        const auto n = static_cast<qsizetype>(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    bool skipDigits()
    {
        const char *start = m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return m_p != start;
    }

    bool skipNumber()
    {
        if (peek() == '-')
            ++m_p;
        if (peek() == '0')
            ++m_p;
        else if (!skipDigits())
            return false;
        if (peek() == '.') {
            ++m_p;
            if (!skipDigits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_p;
            if (peek() == '+' || peek() == '-')
                ++m_p;
            if (!skipDigits())
                return false;
        }
        return true;
    }

    bool skipContainer(char close, int depth)
    {
        return walk(close == '}' ? '{' : '[', close, depth,
                    [depth](QByteArrayView, Cursor &c) { return c.skipValue(depth + 1); });
    }

    const char *m_p;
    const char *m_end;
};

} // namespace td::jsontext::detail
