// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/watch/WatchRelease.h"

#include <QAbstractTableModel>
#include <QList>

namespace td::watch {

// The Releases view's rows (design §6): one per WatchRelease, in WatchService's order (open
// alarms on top, then newest). Pure data: the desktop adds icons and colours. Sorting by a column
// keeps the open alarms pinned on top and compares raw values (dates as dates, levels by rank).
class WatchReleaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VerdictColumn,
        PackageColumn,
        VersionColumn,
        WhenColumn,
        PathColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        LevelRole = Qt::UserRole, // int (WatchVerdict::Level)
        OpenAlarmRole,            // bool
        AtRole,                   // QDateTime (UTC): when it happened, else when it was seen
        KeyRole,                  // WatchRelease::key()
        SortRole,                 // the column's raw value
    };

    explicit WatchReleaseModel(QObject *parent = nullptr);

    void setReleases(const QList<WatchRelease> &releases);
    const QList<WatchRelease> &releases() const { return m_releases; }
    const WatchRelease *release(int row) const;
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // "Published by … · acme/ui, .github/workflows/release.yml" or what happened (tags, owners).
    static QString pathText(const WatchRelease &release);
    // What happened, in words: "new version", "latest moved 1.1.0 → 0.9.0", …
    static QString eventText(const WatchRelease &release);

private:
    QVariant rawValue(const WatchRelease &release, int column) const;

    QList<WatchRelease> m_releases;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace td::watch
