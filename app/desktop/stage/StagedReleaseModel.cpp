// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/stage/StagedReleaseModel.h"

#include <QLocale>

namespace td {

StagedReleaseModel::StagedReleaseModel(QObject *parent) : QAbstractTableModel(parent) { }

void StagedReleaseModel::setReleases(const QList<StagedRelease> &releases)
{
    // Nothing staged before or now (most polls): a reset would still wake the hidden view's
    // layout timer, once a poll, in the tray (issue 18).
    if (releases.isEmpty() && m_rows.isEmpty())
        return;
    beginResetModel();
    QList<Row> rows;
    QHash<QString, Row> previous;
    for (const Row &row : std::as_const(m_rows))
        previous.insert(row.release.id, row);
    for (const StagedRelease &release : releases) {
        Row row = previous.take(release.id);
        row.release = release;
        row.gone = false; // a poll that started before the approval may still list it
        rows.append(row);
    }
    // Approved or rejected here and gone from the registry's list: keep the row with its result.
    for (const Row &row : std::as_const(m_rows))
        if (previous.contains(row.release.id)
            && (row.outcome == Outcome::Approved || row.outcome == Outcome::Rejected)) {
            Row settled = row;
            settled.gone = true;
            rows.append(settled);
        }
    m_rows = rows;
    endResetModel();
}

void StagedReleaseModel::setOutcome(const QString &stageId, Outcome outcome, const QString &message)
{
    const int row = rowOfId(stageId);
    if (row < 0)
        return;
    m_rows[row].outcome = outcome;
    m_rows[row].message = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StagedReleaseModel::clearFinishedOutcomes()
{
    beginResetModel();
    m_rows.removeIf([](const Row &row) { return row.gone; });
    for (Row &row : m_rows) {
        row.outcome = Outcome::None;
        row.message.clear();
    }
    endResetModel();
}

int StagedReleaseModel::rowOfId(const QString &stageId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).release.id == stageId)
            return row;
    return -1;
}

QList<StagedRelease> StagedReleaseModel::actionableReleases() const
{
    QList<StagedRelease> out;
    for (const Row &row : m_rows)
        if (actionable(row))
            out.append(row.release);
    return out;
}

bool StagedReleaseModel::actionable(const Row &row) const
{
    return !row.gone && !row.release.isPlaceholder() && row.outcome != Outcome::Working
        && row.outcome != Outcome::Approved && row.outcome != Outcome::Rejected;
}

int StagedReleaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StagedReleaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StagedReleaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !row.message.isEmpty())
            return row.message;
        if (row.release.isPlaceholder())
            return tr("npm created this placeholder when the package was first staged. It is "
                      "not a release and cannot be approved.");
        return {};
    case RawValueRole:
        return rawValue(row, index.column());
    case StageIdRole:
        return row.release.id;
    case PlaceholderRole:
        return row.release.isPlaceholder();
    case ActionableRole:
        return actionable(row);
    case OutcomeRole:
        return QVariant::fromValue(row.outcome);
    default:
        return {};
    }
}

QVariant StagedReleaseModel::displayValue(const Row &row, int column) const
{
    const StagedRelease &r = row.release;
    switch (column) {
    case PackageColumn:
        return r.packageName;
    case VersionColumn:
        return r.isPlaceholder() ? tr("placeholder, not a release") : r.version;
    case TagColumn:
        return r.isPlaceholder() ? QString() : r.tag;
    case StagedByColumn:
        if (r.stagedByAutomation())
            return tr("%1 (trusted automation)").arg(r.actor);
        return r.actorType.isEmpty() ? r.actor : tr("%1 (user)").arg(r.actor);
    case WhenColumn:
        return r.created.isValid()
            ? QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat)
            : r.createdAt;
    case StatusColumn:
        return statusText(row);
    default:
        return {};
    }
}

QString StagedReleaseModel::statusText(const Row &row) const
{
    switch (row.outcome) {
    case Outcome::Working:
        return tr("Working…");
    case Outcome::Approved:
        return tr("Approved (tag %1)").arg(row.release.tag);
    case Outcome::Rejected:
        return tr("Rejected and deleted");
    case Outcome::Failed:
        return tr("Failed: %1").arg(row.message);
    case Outcome::NotAttempted:
        return tr("Not attempted (an earlier one failed)");
    case Outcome::None:
        break;
    }
    if (row.release.isPlaceholder())
        return tr("Not a release");
    if (row.release.isValidating())
        return tr("Validating on the registry");
    return tr("Waiting for your review");
}

QVariant StagedReleaseModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case WhenColumn:
        return row.release.created;
    case StatusColumn:
        // Waiting first, then validating, then settled rows, placeholders last.
        if (row.release.isPlaceholder())
            return 4;
        if (row.outcome != Outcome::None)
            return 3;
        return row.release.isValidating() ? 2 : 1;
    case VersionColumn:
        return row.release.isPlaceholder() ? QString() : row.release.version;
    default:
        return displayValue(row, column);
    }
}

QVariant StagedReleaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PackageColumn:
        return tr("Package");
    case VersionColumn:
        return tr("Version");
    case TagColumn:
        return tr("Tag");
    case StagedByColumn:
        return tr("Staged by");
    case WhenColumn:
        return tr("Staged");
    case StatusColumn:
        return tr("Review status");
    default:
        return {};
    }
}

} // namespace td
