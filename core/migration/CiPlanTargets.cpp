// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/CiPlanTargets.h"

#include <algorithm>

namespace td {

void attachCiTargets(QList<PlanRow> &rows, const QList<CiResolvedTarget> &resolved,
                     const CiSecretLedger &ledger, const QList<TokenUse> &uses)
{
    for (PlanRow &row : rows) {
        if (!row.oldToken || !planActionCreatesToken(row.action))
            continue;
        row.ciTargets
            = ciTargetsHolding(resolved, *row.oldToken, ledger, placesOf(*row.oldToken, uses));
        for (const CiResolvedTarget &store : resolved) {
            if (!row.ciTargets.contains(store.target))
                continue;
            const bool listed = std::any_of(row.references.cbegin(), row.references.cend(),
                                            [&store](const CredentialFinding &f) {
                                                return f.file == store.finding.file
                                                    && f.line == store.finding.line;
                                            });
            if (!listed)
                row.references.append(store.finding);
        }
    }
}

} // namespace td
