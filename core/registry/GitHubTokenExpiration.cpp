// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/GitHubTokenExpiration.h"

#include <QRegularExpression>

namespace td {

std::optional<QDateTime> parseGitHubTokenExpiration(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (?:(UTC|GMT)|([+-])(\d{2}):?(\d{2}))$)"));
    // Most registries send no such header: then the expression is not even compiled.
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), Qt::ISODate);
    int offsetSeconds = 0;
    if (match.hasCaptured(4)) {
        offsetSeconds = match.captured(5).toInt() * 3600 + match.captured(6).toInt() * 60;
        if (match.captured(4) == QLatin1String("-"))
            offsetSeconds = -offsetSeconds;
    }
    const QDateTime local(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (!date.isValid() || !time.isValid() || !local.isValid())
        return std::nullopt;
    return local.toUTC();
}

} // namespace td
