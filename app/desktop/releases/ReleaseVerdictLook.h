// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace td {

// The Releases view's look over core's WatchReleaseModel: an icon and the palette's colour for
// each verdict (alarm red, notable amber, expected green; always beside the words), and a red
// tint on the rows of open alarms.
class ReleaseVerdictLook : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace td
