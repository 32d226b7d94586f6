// SPDX-License-Identifier: GPL-3.0-or-later
#include "expiry/ExpiryNotice.h"

#include "tokens/PluralText.h"

#include <cmath>

namespace td {

namespace {
constexpr const char *kContext = "td::ExpiryNotice";
}

QString expiryNoticeText(const QString &tokenName, std::chrono::seconds remaining)
{
    const double seconds = double(remaining.count());
    if (seconds <= 0)
        return QCoreApplication::translate(kContext, "npm token '%1' has expired").arg(tokenName);
    if (seconds >= 23.5 * 3600) {
        const int days = int(std::lround(seconds / 86400.0));
        return translatePlural(
                   kContext,
                   QT_TRANSLATE_NOOP("td::ExpiryNotice", "npm token '%1' expires in %n day"),
                   QT_TRANSLATE_NOOP("td::ExpiryNotice", "npm token '%1' expires in %n days"), days)
            .arg(tokenName);
    }
    if (seconds >= 59.5 * 60) {
        const int hours = int(std::lround(seconds / 3600.0));
        return translatePlural(
                   kContext,
                   QT_TRANSLATE_NOOP("td::ExpiryNotice", "npm token '%1' expires in %n hour"),
                   QT_TRANSLATE_NOOP("td::ExpiryNotice", "npm token '%1' expires in %n hours"),
                   hours)
            .arg(tokenName);
    }
    const int minutes = std::max(1, int(std::lround(seconds / 60.0)));
    return translatePlural(
               kContext,
               QT_TRANSLATE_NOOP("td::ExpiryNotice", "npm token '%1' expires in %n minute"),
               QT_TRANSLATE_NOOP("td::ExpiryNotice", "npm token '%1' expires in %n minutes"),
               minutes)
        .arg(tokenName);
}

} // namespace td
