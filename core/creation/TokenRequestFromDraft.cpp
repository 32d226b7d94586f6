// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/creation/TokenRequestFromDraft.h"

#include "core/creation/TokenDraft.h"

namespace td {

TokenCreateRequest tokenRequestFromDraft(const TokenDraft &draft)
{
    TokenCreateRequest request;
    request.grants() = draft.grants();
    if (draft.allPackages()) { // the draft keeps the lists in case "all" is unticked again
        request.packages.clear();
        request.scopes.clear();
    }
    request.bypass2fa = draft.bypass2fa() && draft.isWrite();
    request.name = draft.name().trimmed();
    request.description = draft.description().trimmed();
    request.expiresDays = draft.expiryDays();
    return request;
}

} // namespace td
