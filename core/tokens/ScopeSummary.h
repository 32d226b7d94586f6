// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace td {

struct Token;

// What a token can reach, in a few words for a table cell: "all packages", "left-pad",
// "3 packages, @acme", "@acme, acme (org)". Translated.
QString scopeSummary(const Token &token);
// How many grants the summary stands for; "all packages" counts as the most (for sorting).
int scopeWeight(const Token &token);

} // namespace td
