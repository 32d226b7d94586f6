// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/ExpiryNotice.h"

#include <QCoreApplication>

#include <cmath>

namespace td {

QString expiryNoticeText(const QString &tokenName, std::chrono::seconds remaining)
{
    const double seconds = double(remaining.count());
    if (seconds <= 0)
        return QCoreApplication::translate("td::ExpiryNotice", "npm token '%1' has expired")
            .arg(tokenName);
    if (seconds >= 23.5 * 3600) {
        const int days = int(std::lround(seconds / 86400.0));
        return QCoreApplication::translate("td::ExpiryNotice",
                                           "npm token '%1' expires in %n day(s)", nullptr, days)
            .arg(tokenName);
    }
    if (seconds >= 59.5 * 60) {
        const int hours = int(std::lround(seconds / 3600.0));
        return QCoreApplication::translate("td::ExpiryNotice",
                                           "npm token '%1' expires in %n hour(s)", nullptr, hours)
            .arg(tokenName);
    }
    const int minutes = std::max(1, int(std::lround(seconds / 60.0)));
    return QCoreApplication::translate("td::ExpiryNotice", "npm token '%1' expires in %n minute(s)",
                                       nullptr, minutes)
        .arg(tokenName);
}

} // namespace td
