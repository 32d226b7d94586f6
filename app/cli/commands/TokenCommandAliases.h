// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace td::cli {

// The other names npm 11's `npm token` accepts for its subcommands (lib/commands/token.js):
// `ls` for list; `rm`, `delete` and `remove` for revoke. Any other name comes back unchanged.
QString canonicalTokenSubcommand(const QString &name);

} // namespace td::cli
