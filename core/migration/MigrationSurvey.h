// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/ReplacementPlanner.h"
#include "core/npmconfig/CredentialScanner.h"
#include "core/npmconfig/TokenMatcher.h"

#include <functional>

namespace td {

class Clock;
class MigrationBackend;

// Scan -> match -> plan, the part of flows 4 and 5 that changes nothing. Shared by the CLI
// (doctor, migrate, token rotate) and the migration dialog.
struct SurveyInput
{
    QString accountRegistry; // the account's registry URL (any form; nerf-darted inside)
    QString accountUser;
    QList<Token> tokens;            // the account's listed tokens
    QStringList maintainedPackages; // for the replacements' grants
};

struct Survey
{
    ScanResult scan;
    QList<TokenUse> uses; // one per finding, in scan order
    QList<PlanRow> plan;

    // Rows whose old token is classic, dead, or expires within the planner's "soon".
    int needsAttention(const QDateTime &now) const;
};

// Liveness through the backend's whoami: 401 = dead, a user name = alive, anything else unknown.
LivenessCheck livenessThrough(MigrationBackend &backend);

// `done` is called once, possibly synchronously.
void runSurvey(const NpmConfigLocator &locator, const QStringList &projectFolders,
               const SurveyInput &input, const Clock &clock, LivenessCheck liveness,
               std::function<void(Survey)> done);

// The findings that use `token` (classic: key = SHA-512 of the secret; granular: the redacted
// form), for a rotation plan.
QList<CredentialFinding> referencesOf(const Token &token, const QList<TokenUse> &uses);

} // namespace td
