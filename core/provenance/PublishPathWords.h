// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/PublishHistory.h"
#include "core/provenance/Verdict.h"

namespace td::provenance {

// One line for people, for the CLI and the desktop: "Published by GitHub Actions from acme/ui,
// release.yml on refs/tags/v2.4.0 — provenance verified".
QString publishPathInWords(const ReleaseEvidence &release, Level level);
QString levelWords(Level level); // translated: "provenance verified", "suspicious", …
QString levelName(Level level);  // stable machine word: "verified", "unverified", …
// The CI that holds an identity's issuer, for people: "GitHub Actions", "GitLab CI", …
QString ciNameOf(const PublisherIdentity &identity);

} // namespace td::provenance
