// SPDX-License-Identifier: GPL-3.0-or-later
#include "creation/TokenRequestFromDraft.h"

#include "creation/TokenDraft.h"

namespace td {

TokenCreateRequest tokenRequestFromDraft(const TokenDraft &draft)
{
    TokenCreateRequest request;
    request.name = draft.name().trimmed();
    request.description = draft.description().trimmed();
    request.expiresDays = draft.expiryDays();
    request.allPackages = draft.allPackages();
    if (!draft.allPackages()) {
        request.packages = draft.packages();
        request.scopes = draft.scopes();
    }
    if (draft.allPackages() || !request.packages.isEmpty() || !request.scopes.isEmpty())
        request.packagesAndScopesPermission = draft.packagesPermission();
    request.orgs = draft.orgs();
    if (!request.orgs.isEmpty())
        request.orgsPermission = draft.orgsPermission();
    request.cidr = draft.cidrRanges();
    request.bypass2fa = draft.bypass2fa() && draft.isWrite();
    return request;
}

} // namespace td
