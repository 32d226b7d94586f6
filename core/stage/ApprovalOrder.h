// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace td {

struct ApprovalPlan
{
    QList<StagedRelease> releases; // in the order to approve
    bool workspaceOrder = false;   // dependency order of `folder`'s workspace; else oldest first
    QString folder;
};

// The order in which a batch of staged versions is approved. When every package of the batch
// belongs to one repository folder the user added (the trusted-publishing wizard's and the
// migration's project folders), a package is approved after the workspace packages it depends
// on (dependencies, optional, peer and dev dependencies), so nothing is ever installable before
// what it needs; ties, cycles and everything else go oldest first (date staged).
class ApprovalOrder
{
public:
    static ApprovalPlan plan(QList<StagedRelease> batch, const QStringList &repositoryFolders);
};

} // namespace td
