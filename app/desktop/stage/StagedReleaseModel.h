// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace td {

// The Staged releases table (design §6): one row per staged version. DisplayRole is the text,
// RawValueRole the value behind it for sorting (a QDateTime for "Staged", the status's rank),
// and the semantic roles say what a row is, never how it looks. npm's "0.0.0-stage"
// placeholders stay in the table, flagged, and are never shown or acted on as a release.
// A row that was approved or rejected stays, with its result, until the next action, so the
// user sees what a batch did after the inbox has forgotten the version.
class StagedReleaseModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PackageColumn,
        VersionColumn,
        TagColumn,
        StagedByColumn,
        WhenColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // the value behind the text, for sorting
        StageIdRole,                 // any column: the stage id
        PlaceholderRole,             // any column: bool, npm's placeholder (never a release)
        ActionableRole,              // any column: bool, may be approved or rejected now
        OutcomeRole,                 // any column: td::StagedReleaseModel::Outcome
    };
    Q_ENUM(Role)

    // What happened to a row in this session (shown in the Status column).
    enum class Outcome { None, Working, Approved, Rejected, Failed, NotAttempted };
    Q_ENUM(Outcome)

    explicit StagedReleaseModel(QObject *parent = nullptr);

    // The inbox's list; rows already approved or rejected here stay with their result.
    void setReleases(const QList<StagedRelease> &releases);
    void setOutcome(const QString &stageId, Outcome outcome, const QString &message = {});
    void clearFinishedOutcomes(); // before a new action: settled rows go, failures are reset

    int rowOfId(const QString &stageId) const;
    const StagedRelease &releaseAt(int row) const { return m_rows.at(row).release; }
    Outcome outcomeAt(int row) const { return m_rows.at(row).outcome; }
    QList<StagedRelease> actionableReleases() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        StagedRelease release;
        bool gone = false; // no longer on the registry's list (approved or rejected here)
        Outcome outcome = Outcome::None;
        QString message;
    };
    bool actionable(const Row &row) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;
    QString statusText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace td
