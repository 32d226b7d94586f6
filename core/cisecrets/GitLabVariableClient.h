// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"

#include <memory>

namespace td {

// GitLab CI/CD variables of projects and groups (REST API v4, `account.apiBase` such as
// "https://gitlab.com/api/v4"): whoami is GET /user's username; describe reads the variable back
// (GitLab returns the value of variables that are not hidden) for the target's
// environment_scope; push updates with PUT, which keeps masked/protected/raw/environment_scope,
// and creates with POST when the variable does not exist (masked when the value qualifies, raw so
// a "$" is never expanded); verify reads the value back and compares. The project or group path
// is sent URL-encoded as GitLab's :id.
std::unique_ptr<CiSecretClient>
makeGitLabVariableClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                         const CiClientServices &services);

// GitLab's rule for a value it can mask: one line, no whitespace, at least 8 characters.
bool gitLabValueMaskable(const SecretBuffer &value);

} // namespace td
