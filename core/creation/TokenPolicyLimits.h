// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

namespace td {

// Every number npmjs enforces on a new granular token, in ONE place: when npm changes a limit,
// this table is the only edit. Sources: npm-registry-api.md §2b/§8 (expiry, counts) and
// npm-landscape.md §1.4 (the website's form constants for name and description).
struct TokenPolicyLimits
{
    int nameMaxLength = 40;
    int descriptionMaxLength = 120;
    // Name and description may hold only these, plus ASCII letters and digits (npmjs form rule).
    const char *textExtraCharacters = "_- ";

    int writeMinDays = 1;
    int writeMaxDays = 90; // read-write and stage-only tokens
    int writeDefaultDays = 7;
    int readOnlyMinDays = 1;
    int readOnlyMaxDays = 0; // 0 = no maximum
    int readOnlyDefaultDays = 30;
    int customExpiryMinAheadSeconds = 24 * 60 * 60; // "at least 1 day in the future"
    std::array<int, 4> expiryPresetsDays{7, 30, 60, 90};

    int maxPackagesAndScopes = 50; // combined
    int maxOrgs = 50;
    int packageNameMaxLength = 214; // longer names are "old package" names only
};

// The limits of registry.npmjs.org as of late 2026.
inline constexpr TokenPolicyLimits kNpmjsTokenPolicy{};

} // namespace td
