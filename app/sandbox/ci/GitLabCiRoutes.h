// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Context.h"
#include "sandbox/Router.h"

namespace td::sandbox {

// GitLab's REST API v4 for CI/CD variables under /-/ci/gitlab/api/v4 (GET /user; list, get, create,
// update, delete of project and group variables, with filter[environment_scope]) and its OAuth
// device flow under /-/ci/gitlab/oauth/ (approved through POST /-/sandbox/ci/device). Statuses and
// bodies as gitlab.com answers them (app/sandbox/README.md §CI). Called by addCiRoutes.
void addGitLabCiRoutes(Router &router, Context &ctx);

// The GitLab demo (README §CI): the two tokens below, the project acme/widgets and the group acme.
void seedGitLabCiDemo(CiState &ci);

// A token of "maintainer" with the Maintainer role (project variables, not group ones).
inline constexpr char kGitLabDemoMaintainerToken[] = "glpat-sandboxMaintainer00000000000";
// A token of "reporter", who may read the projects but not their variables (403).
inline constexpr char kGitLabDemoReporterToken[] = "glpat-sandboxReporterOnly000000000";

} // namespace td::sandbox
