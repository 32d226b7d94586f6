// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/JavaScriptText.h"

#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <locale.h>

namespace td::jsontext {

namespace {

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
