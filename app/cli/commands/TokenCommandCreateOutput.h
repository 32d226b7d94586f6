// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/creation/TokenCreationService.h"

namespace td::cli {

struct CliContext;

// Prints a new token: the secret exactly once on stdout (as npm does, "Created token npm_…", or in
// the --json object), then what it grants. When the keychain refused it, stderr says so plainly:
// the printed copy is then the only one, so it is printed all the same.
void printCreatedToken(const TokenCreation &creation, CliContext &context);

} // namespace td::cli
