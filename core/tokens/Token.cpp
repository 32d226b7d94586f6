// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/Token.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace td {

namespace {
constexpr std::array<std::pair<TokenKind, const char *>, 9> kKindIds{{
    {TokenKind::GranularReadOnly, "granular-read-only"},
    {TokenKind::GranularReadWrite, "granular-read-write"},
    {TokenKind::GranularStageOnly, "granular-stage-only"},
    {TokenKind::GranularBypass2fa, "granular-bypass-2fa"},
    {TokenKind::ClassicPublish, "classic-publish"},
    {TokenKind::ClassicReadOnly, "classic-read-only"},
    {TokenKind::ClassicAutomation, "classic-automation"},
    {TokenKind::Session, "session"},
    {TokenKind::Unknown, "unknown"},
}};

} // namespace

QString tokenKindId(TokenKind kind)
{
    for (const auto &[k, id] : kKindIds)
        if (k == kind)
            return QString::fromLatin1(id);
    return QStringLiteral("unknown");
}

TokenKind tokenKindFromId(const QString &id)
{
    for (const auto &[k, name] : kKindIds)
        if (id == QLatin1String(name))
            return k;
    return TokenKind::Unknown;
}

QString tokenKindLabel(TokenKind kind)
{
    const char *text = "unknown";
    switch (kind) {
    case TokenKind::GranularReadOnly:
        text = QT_TRANSLATE_NOOP("td::Token", "read-only");
        break;
    case TokenKind::GranularReadWrite:
        text = QT_TRANSLATE_NOOP("td::Token", "read and write");
        break;
    case TokenKind::GranularStageOnly:
        text = QT_TRANSLATE_NOOP("td::Token", "stage only");
        break;
    case TokenKind::GranularBypass2fa:
        text = QT_TRANSLATE_NOOP("td::Token", "publish (bypasses 2FA)");
        break;
    case TokenKind::ClassicPublish:
        text = QT_TRANSLATE_NOOP("td::Token", "classic publish");
        break;
    case TokenKind::ClassicReadOnly:
        text = QT_TRANSLATE_NOOP("td::Token", "classic read-only");
        break;
    case TokenKind::ClassicAutomation:
        text = QT_TRANSLATE_NOOP("td::Token", "classic automation");
        break;
    case TokenKind::Session:
        text = QT_TRANSLATE_NOOP("td::Token", "login session");
        break;
    case TokenKind::Unknown:
        text = QT_TRANSLATE_NOOP("td::Token", "unknown");
        break;
    }
    return QCoreApplication::translate("td::Token", text);
}

} // namespace td
