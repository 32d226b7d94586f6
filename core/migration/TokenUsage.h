// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/ReplacementPlanner.h"

namespace td {

// Where a token is used on this machine, for the dashboard's details pane (design.md §6).
//
// A token is used where its secret is (matched by key / redacted form, see referencesOf), and
// also by every CI workflow that reads a secret of the same name as a variable holding it here:
// when ~/.profile exports NPM_TOKEN=<this token> and release.yml uses secrets.NPM_TOKEN, the CI
// secret is almost certainly a copy of it. CI files carry no value, so this is the best evidence
// a local scan has.
QList<CredentialFinding> placesOf(const Token &token, const QList<TokenUse> &uses);

// One short line per place: "~/.npmrc, line 3", "~/work/app/.npmrc, line 1",
// "environment variable NPM_TOKEN", "CI uses secret NPM_TOKEN (.github/workflows/release.yml)".
// Paths under `homeDir` start with "~/". Never a secret.
QString usagePlaceText(const CredentialFinding &finding, const QString &homeDir);
QStringList usageLines(const Token &token, const QList<TokenUse> &uses, const QString &homeDir);

} // namespace td
