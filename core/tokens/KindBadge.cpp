// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokens/KindBadge.h"

#include "tokens/Token.h"

#include <QCoreApplication>

namespace td {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("td::KindBadge", text);
}

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
        badges.append({BadgeTone::Session, tr("session")});
    else if (isClassic(token.kind))
        badges.append({BadgeTone::Family, tr("classic")});
    else if (token.kind != TokenKind::Unknown)
        badges.append({BadgeTone::Family, tr("granular")});

    // Right after the family: when the column is narrow, the pills after it give way first.
    if (token.bypass2fa || token.kind == TokenKind::GranularBypass2fa
        || token.kind == TokenKind::ClassicAutomation)
        badges.append({BadgeTone::Danger, tr("bypasses 2FA")});

    switch (token.kind) {
    case TokenKind::GranularReadOnly:
    case TokenKind::ClassicReadOnly:
        badges.append({BadgeTone::ReadOnly, tr("read-only")});
        break;
    case TokenKind::GranularReadWrite:
    case TokenKind::GranularBypass2fa:
        badges.append({BadgeTone::ReadWrite, tr("read-write")});
        break;
    case TokenKind::GranularStageOnly:
        badges.append({BadgeTone::StageOnly, tr("stage only")});
        break;
    case TokenKind::ClassicPublish:
        badges.append({BadgeTone::ReadWrite, tr("publish")});
        break;
    case TokenKind::ClassicAutomation:
        badges.append({BadgeTone::ReadWrite, tr("automation")});
        break;
    case TokenKind::Session:
    case TokenKind::Unknown:
        break;
    }

    if (publishesDirectly)
        badges.append({BadgeTone::Cutoff, tr("ends Jan 2027")});
    return badges;
}

} // namespace td
