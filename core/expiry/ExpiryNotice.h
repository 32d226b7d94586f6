// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace td {

// One notice for the tray: "npm token 'ci-publish' expires in 3 days".
struct ExpiryNotice
{
    QString tokenKey;
    QString tokenName;
    std::chrono::seconds threshold{}; // the threshold it is for; 0 = at expiry
    std::chrono::seconds remaining{}; // at the moment it fired; <= 0 once expired
    QDateTime expires;                // the token's expiry it is about
    QString text;                     // translated
    bool catchUp = false;             // a threshold passed while TokenDesk was not running
};

// The translated sentence for a token and the time left, rounded to the nearest day, hour or
// minute (a notice fired a second late still says "3 days").
QString expiryNoticeText(const QString &tokenName, std::chrono::seconds remaining);

} // namespace td

Q_DECLARE_METATYPE(td::ExpiryNotice)
