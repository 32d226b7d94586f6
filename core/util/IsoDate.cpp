// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/IsoDate.h"

#include <QString>

#include <optional>

namespace td {

namespace {

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

// "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ"; anything else is for Qt to judge.
template<typename Text>
std::optional<QDateTime> readUtcFastPath(const Text &text)
{
    const qsizetype size = qsizetype(text.size());
    const auto at = [&](qsizetype i) { return unit(text[i]); };
    if ((size != 20 && size != 24) || at(size - 1) != u'Z')
        return std::nullopt;
    bool digits = true;
    const auto number = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9')
                digits = false;
            value = value * 10 + int(c - u'0');
        }
        return value;
    };
    if (at(4) != u'-' || at(7) != u'-' || at(10) != u'T' || at(13) != u':' || at(16) != u':'
        || (size == 24 && at(19) != u'.'))
        return std::nullopt;
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), size == 24 ? number(20, 3) : 0);
    // Qt reads some odd values its own way (24:00:00 is the next day's midnight): leave them to it.
    if (!digits || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime readIsoDateTime(QStringView text)
{
    if (std::optional<QDateTime> fast = readUtcFastPath(text))
        return *fast;
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QDateTime readIsoDateTime(std::string_view utf8)
{
    if (std::optional<QDateTime> fast = readUtcFastPath(utf8))
        return *fast;
    return QDateTime::fromString(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())),
                                 Qt::ISODateWithMs);
}

} // namespace td
