// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"

#include <memory>

namespace td {

// CircleCI environment variables of projects and contexts (API v2, `account.apiBase` such as
// "https://circleci.com/api/v2", header Circle-Token: a personal API token). whoami is GET /me's
// login. Project variables: POST /project/{slug}/envvar creates or overwrites, GET
// /project/{slug}/envvar/{name} answers the masked value ("xxxx1234"). Context variables: the
// context's id is found by name in GET /context?owner-slug={org} (following next_page_token), then
// PUT /context/{id}/environment-variable/{name}; describe lists the context's variables for
// updated_at and the masked last four. verify compares the last four characters (a context
// variable without them: updated_at at or after the push).
std::unique_ptr<CiSecretClient>
makeCircleCiVariableClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                           const CiClientServices &services);

} // namespace td
