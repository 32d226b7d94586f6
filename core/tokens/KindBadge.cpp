// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/KindBadge.h"

#include "core/tokens/Token.h"

#include <QCoreApplication>

namespace td {

namespace {
// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::KindBadge)
};

bool isClassic(TokenKind kind)
{
    return kind == TokenKind::ClassicPublish || kind == TokenKind::ClassicReadOnly
        || kind == TokenKind::ClassicAutomation;
}
} // namespace

QList<KindBadge> kindBadges(const Token &token, bool publishesDirectly)
{
    QList<KindBadge> badges;
    if (token.kind == TokenKind::Session)
        badges.append({BadgeTone::Session, Tr::tr("session")});
    else if (isClassic(token.kind))
        badges.append({BadgeTone::Family, Tr::tr("classic")});
    else if (token.kind != TokenKind::Unknown)
        badges.append({BadgeTone::Family, Tr::tr("granular")});

    // Right after the family: when the column is narrow, the pills after it give way first.
    if (token.bypass2fa || token.kind == TokenKind::GranularBypass2fa
        || token.kind == TokenKind::ClassicAutomation)
        badges.append({BadgeTone::Danger, Tr::tr("bypasses 2FA")});

    switch (token.kind) {
    case TokenKind::GranularReadOnly:
    case TokenKind::ClassicReadOnly:
        badges.append({BadgeTone::ReadOnly, Tr::tr("read-only")});
        break;
    case TokenKind::GranularReadWrite:
    case TokenKind::GranularBypass2fa:
        badges.append({BadgeTone::ReadWrite, Tr::tr("read-write")});
        break;
    case TokenKind::GranularStageOnly:
        badges.append({BadgeTone::StageOnly, Tr::tr("stage only")});
        break;
    case TokenKind::ClassicPublish:
        badges.append({BadgeTone::ReadWrite, Tr::tr("publish")});
        break;
    case TokenKind::ClassicAutomation:
        badges.append({BadgeTone::ReadWrite, Tr::tr("automation")});
        break;
    case TokenKind::Session:
    case TokenKind::Unknown:
        break;
    }

    if (publishesDirectly)
        badges.append({BadgeTone::Cutoff, Tr::tr("ends Jan 2027")});
    return badges;
}

} // namespace td
