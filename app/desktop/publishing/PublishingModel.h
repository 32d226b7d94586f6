// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publishing/PublishPath.h"

#include <QAbstractTableModel>
#include <QList>

namespace td {

// The Publishing tab's table (design §6): one row per package with its publish path, the
// January 2027 verdict, the reason in plain words, and the way out. DisplayRole is the text,
// RawValueRole the value behind it for sorting (the verdict's severity rank, then the name via
// PublishingSortProxy); the semantic roles say what a row is, never how it looks (the tab's
// delegate turns VerdictRole into the palette's colour and an icon).
class PublishingModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PackageColumn, PathColumn, VerdictColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // the value behind the text, for sorting
        VerdictRole,                 // any column: int(td::PublishVerdict)
        WayOutRole,                  // any column: int(td::WayOut)
        WayOutLabelRole,             // any column: the way-out button's text (empty: none)
        PackageRole,                 // any column: the package name
        AccountRole,                 // any column: the account id
        DetailsRole,                 // any column: HTML for the details area (escaped)
        SearchTextRole,              // any column: lower-case text the filter box searches
    };
    Q_ENUM(Role)

    explicit PublishingModel(QObject *parent = nullptr);

    void setPaths(const QList<PackagePublishPath> &paths);
    const PackagePublishPath &pathAt(int row) const { return m_paths.at(row); }
    int rowOf(const QString &account, const QString &package) const;
    int count(PublishVerdict verdict) const;

    // Most severe first: at risk, no path, unknown, ready.
    static int severityRank(PublishVerdict verdict);
    static QString verdictLabel(PublishVerdict verdict);
    static QString routeLabel(PublishRoute route);
    static QString wayOutLabel(WayOut wayOut);
    static QString pathSummary(const PackagePublishPath &path);
    static QString detailsHtml(const PackagePublishPath &path);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayValue(const PackagePublishPath &path, int column) const;
    QVariant rawValue(const PackagePublishPath &path, int column) const;

    QList<PackagePublishPath> m_paths;
};

} // namespace td
