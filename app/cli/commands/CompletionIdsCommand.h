// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace td::cli {

// tokendesk-cli completion-ids tokens: the ids of the tokens the app last synced, one per line
// as "<id>\t<name>", for the shell completions (packaging/completions). It reads only the token
// cache (metadata, never a secret) and never the network or the keychain, so a Tab press stays
// instant and silent.
class CompletionIdsCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

} // namespace td::cli
