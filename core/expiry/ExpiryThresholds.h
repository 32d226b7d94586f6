// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <chrono>

namespace td {

// When TokenDesk warns (notifyBefore: 14 d, 7 d, 3 d, 1 d, 1 h, plus always at expiry) and how a
// token's state is named (ExpiringSoon from `soon`, Critical from `critical`). Settings edits
// these; everything else reads them.
struct ExpiryThresholds
{
    QList<std::chrono::seconds> notifyBefore; // any order; sorted() gives largest first
    std::chrono::seconds soon{};
    std::chrono::seconds critical{};

    static ExpiryThresholds defaults();
    // notifyBefore largest first, duplicates and non-positive values dropped; 0 (= at expiry)
    // appended last.
    QList<std::chrono::seconds> noticePoints() const;
};

} // namespace td
