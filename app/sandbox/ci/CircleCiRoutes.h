// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Context.h"
#include "sandbox/Router.h"

namespace td::sandbox {

// CircleCI's API v2 under /-/ci/circleci/api/v2: GET /me; project environment variables
// (/project/{vcs}/{org}/{repo}/envvar, values answered masked "xxxx1234"); contexts by owner slug
// and their environment variables, paged with next_page_token (app/sandbox/README.md §CI). Called
// by addCiRoutes.
void addCircleCiRoutes(Router &router, Context &ctx);

// The CircleCI demo (README §CI): the personal token below, the project gh/acme/widgets and the
// context "release" of gh/acme.
void seedCircleCiDemo(CiState &ci);

// A personal API token of "maintainer" (permission "all").
inline constexpr char kCircleCiDemoToken[] = "CCIPAT_sandboxMaintainer_000000000000000";

// How many items one page of a CircleCI listing holds.
inline constexpr int kCircleCiPageSize = 10;

} // namespace td::sandbox
