// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTokens.h"

namespace td::test {

namespace {
Token make(const QString &name, TokenKind kind, const QDateTime &created, const QDateTime &expires)
{
    Token t;
    t.accountId = QStringLiteral("maintainer@registry.npmjs.org");
    t.key = QStringLiteral("key-") + name;
    t.name = name;
    t.redacted
        = QStringLiteral("npm_%1...wxyz").arg(name.left(4).leftJustified(4, QLatin1Char('x')));
    t.kind = kind;
    t.created = created;
    t.expires = expires;
    t.packagesPermission
        = kind == TokenKind::GranularReadOnly ? Permission::ReadOnly : Permission::ReadWrite;
    return t;
}
} // namespace

QList<Token> demoTokens(const QDateTime &now, int count)
{
    constexpr qint64 day = 24 * 3600;
    QList<Token> tokens;
    tokens << make(QStringLiteral("ci-publish"), TokenKind::GranularBypass2fa,
                   now.addSecs(-4 * day), now.addSecs(3 * day));
    tokens.last().bypass2fa = true;
    tokens.last().scopes = {QStringLiteral("@acme")};
    tokens << make(QStringLiteral("laptop-publish"), TokenKind::GranularReadWrite,
                   now.addSecs(-6 * day), now.addSecs(5 * 3600));
    tokens.last().packages = {QStringLiteral("left-pad"), QStringLiteral("@acme/widgets")};
    tokens << make(QStringLiteral("install-private"), TokenKind::GranularReadOnly,
                   now.addSecs(-20 * day), now.addSecs(40 * day));
    tokens.last().allPackages = true;
    tokens << make(QStringLiteral("expired-one"), TokenKind::GranularReadWrite,
                   now.addSecs(-30 * day), now.addSecs(-3 * day));
    tokens << make(QStringLiteral("read-forever"), TokenKind::GranularReadOnly,
                   now.addSecs(-60 * day), QDateTime());
    tokens << make(QStringLiteral("stage-only"), TokenKind::GranularStageOnly,
                   now.addSecs(-2 * day), now.addSecs(12 * day));
    tokens << make(QStringLiteral("old-classic"), TokenKind::ClassicPublish,
                   now.addSecs(-400 * day), QDateTime());
    tokens << make(QStringLiteral("revoked-one"), TokenKind::GranularReadWrite,
                   now.addSecs(-10 * day), now.addSecs(20 * day));
    tokens.last().revoked = now.addSecs(-day);
    for (int i = int(tokens.size()); i < count; ++i)
        tokens << make(QStringLiteral("token-%1").arg(i, 4, 10, QLatin1Char('0')),
                       i % 3 ? TokenKind::GranularReadWrite : TokenKind::GranularReadOnly,
                       now.addSecs(-(i % 50) * day), now.addSecs((i % 89 + 1) * day));
    return tokens;
}

} // namespace td::test
