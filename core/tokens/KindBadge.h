// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace td {

struct Token;

// What a badge means, not how it looks (core names no colours): the view picks the colour.
enum class BadgeTone {
    Family,    // "classic", "granular": what npmjs.com shows first
    ReadOnly,  // can only read
    ReadWrite, // can publish
    StageOnly, // can stage, a human approves with 2FA
    Danger,    // bypasses 2FA
    Session,   // a login session
    Cutoff,    // direct publishing ends in January 2027
};

// One pill in the Kind column: its words (translated) and its tone.
struct KindBadge
{
    BadgeTone tone = BadgeTone::Family;
    QString text;
    friend bool operator==(const KindBadge &, const KindBadge &) = default;
};

// The badges of a token, most telling first: family, "bypasses 2FA", access, and the January
// 2027 cut-off when `publishesDirectly`.
QList<KindBadge> kindBadges(const Token &token, bool publishesDirectly);

} // namespace td

Q_DECLARE_METATYPE(td::KindBadge)
