// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"

namespace td {

class TokenDraft;

// The registry request a draft stands for (npm token create's fields). Permissions are sent only
// for the grants the draft actually names, so the registry sees exactly what the review showed.
TokenCreateRequest tokenRequestFromDraft(const TokenDraft &draft);

} // namespace td
