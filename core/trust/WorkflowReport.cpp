// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/WorkflowReport.h"

namespace td {

bool WorkflowReport::hasFinding(const QString &id) const
{
    return finding(id) != nullptr;
}

const WorkflowFinding *WorkflowReport::finding(const QString &id) const
{
    for (const WorkflowFinding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace td
