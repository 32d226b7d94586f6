// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/publishing/PublishingSortProxy.h"

#include "desktop/publishing/PublishingModel.h"

namespace td {

PublishingSortProxy::PublishingSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PublishingModel::RawValueRole);
    setFilterRole(PublishingModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(0);
}

bool PublishingSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(PublishingModel::RawValueRole);
    const QVariant r = right.data(PublishingModel::RawValueRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    return left.data(PublishingModel::PackageRole).toString()
        < right.data(PublishingModel::PackageRole).toString();
}

} // namespace td
