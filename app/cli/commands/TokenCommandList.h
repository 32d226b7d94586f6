// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/tokens/Token.h"

#include <QDateTime>
#include <QHash>

namespace td::cli {

// tokendesk-cli token list: every token of the signed-in account (all pages), as a table or,
// with --json / --parseable, in npm token list's own formats (TokenListFormats).
class TokenListCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
    // It only reads: the session from the keychain, the list from the registry (both answered
    // before it finishes), and writes to stdout.
    bool leavesNothingToTearDown() const override { return true; }

    // npm's short id: the shortest unique key prefix, at least 6 characters.
    static QHash<QString, QString> shortIds(const QList<Token> &tokens);
    // "in 6 d 4 h", "in 3 h 10 min", "expired 2 d ago", "never".
    static QString expiresIn(const Token &token, const QDateTime &now, bool registryReportsExpiry);

private:
    bool m_parseable = false; // --parseable / -p: npm's tab-separated columns
};

} // namespace td::cli
