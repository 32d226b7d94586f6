// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"

#include <QList>

namespace td {

struct Account;

// What the expiry notices watch for an account: the tokens its registry lists, plus — where the
// registry lists none but TokenDesk knows when the account's own token ends (the date the user
// entered, GitHub's header, CodeArtifact's 12 hours) — that token, so it is warned about like
// any other. Its key carries the expiry: a newly entered date starts its notices afresh.
QList<Token> tokensToWatch(const Account &account, QList<Token> listed);

} // namespace td
