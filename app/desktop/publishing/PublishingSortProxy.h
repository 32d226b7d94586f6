// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace td {

// Sorts PublishingModel on RawValueRole, ties by package name (so "at risk" rows stay in name
// order), and filters on its SearchTextRole, case-insensitively.
class PublishingSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PublishingSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace td
