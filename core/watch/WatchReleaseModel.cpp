// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/WatchReleaseModel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace td::watch {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::WatchReleaseModel)
};

QDateTime when(const WatchRelease &release)
{
    return release.at.isValid() ? release.at : release.seenAt;
}
} // namespace

WatchReleaseModel::WatchReleaseModel(QObject *parent) : QAbstractTableModel(parent) { }

void WatchReleaseModel::setReleases(const QList<WatchRelease> &releases)
{
    beginResetModel();
    m_releases = releases;
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

const WatchRelease *WatchReleaseModel::release(int row) const
{
    return row >= 0 && row < m_releases.size() ? &m_releases.at(row) : nullptr;
}

int WatchReleaseModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_releases.size(); ++row)
        if (m_releases.at(row).key() == key)
            return row;
    return -1;
}

int WatchReleaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_releases.size());
}

int WatchReleaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WatchReleaseModel::eventText(const WatchRelease &release)
{
    switch (release.kind) {
    case WatchEvent::Kind::NewVersion:
        return Tr::tr("new version");
    case WatchEvent::Kind::TagMoved:
        if (release.fromVersion.isEmpty())
            return Tr::tr("tag %1 added").arg(release.tag);
        if (release.version.isEmpty())
            return Tr::tr("tag %1 removed").arg(release.tag);
        return Tr::tr("%1 moved from %2").arg(release.tag, release.fromVersion);
    case WatchEvent::Kind::Deprecated:
        return Tr::tr("deprecated");
    case WatchEvent::Kind::VersionRemoved:
        return Tr::tr("removed");
    case WatchEvent::Kind::MaintainerAdded:
        return Tr::tr("maintainer %1 added").arg(release.actor);
    case WatchEvent::Kind::MaintainerRemoved:
        return Tr::tr("maintainer %1 removed").arg(release.actor);
    case WatchEvent::Kind::StagedByNewActor:
        return Tr::tr("staged by %1").arg(release.actor);
    }
    return {};
}

QString WatchReleaseModel::pathText(const WatchRelease &release)
{
    QString text = release.publishPath.isEmpty() ? eventText(release) : release.publishPath;
    if (release.publisher) {
        const QString workflow = release.publisher->workflowFile();
        const QString who = workflow.isEmpty()
            ? release.publisher->repository()
            : Tr::tr("%1, %2").arg(release.publisher->repository(), workflow);
        if (!who.isEmpty() && !text.contains(release.publisher->repository()))
            text = Tr::tr("%1 · %2").arg(text, who);
    } else if (!release.actor.isEmpty() && !text.contains(release.actor)) {
        text = Tr::tr("%1 · by %2").arg(text, release.actor);
    }
    return text;
}

QVariant WatchReleaseModel::rawValue(const WatchRelease &release, int column) const
{
    switch (column) {
    case VerdictColumn:
        return int(release.level);
    case PackageColumn:
        return release.package;
    case VersionColumn:
        return release.version;
    case WhenColumn:
        return when(release);
    case PathColumn:
        return pathText(release);
    case ReasonColumn:
        return release.reasons.value(0);
    default:
        return {};
    }
}

QVariant WatchReleaseModel::data(const QModelIndex &index, int role) const
{
    const WatchRelease *r = index.isValid() ? release(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case VerdictColumn: {
            QString words = levelWords(r->level);
            if (r->baseline)
                words = Tr::tr("%1 (history)").arg(words);
            else if (r->acknowledged && r->level == WatchVerdict::Level::Alarm)
                words = Tr::tr("%1 (answered)").arg(words);
            return words;
        }
        case WhenColumn:
            return QLocale().toString(when(*r).toLocalTime(), QLocale::ShortFormat);
        case ReasonColumn:
            return r->reasons.isEmpty() ? r->note : r->reasons.first();
        default:
            return rawValue(*r, index.column());
        }
    case LevelRole:
        return int(r->level);
    case OpenAlarmRole:
        return r->isOpenAlarm();
    case AtRole:
        return when(*r);
    case KeyRole:
        return r->key();
    case SortRole:
        return rawValue(*r, index.column());
    default:
        return {};
    }
}

QVariant WatchReleaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VerdictColumn:
        return Tr::tr("Verdict");
    case PackageColumn:
        return Tr::tr("Package");
    case VersionColumn:
        return Tr::tr("Version");
    case WhenColumn:
        return Tr::tr("When");
    case PathColumn:
        return Tr::tr("Publish path and identity");
    case ReasonColumn:
        return Tr::tr("Reason");
    default:
        return {};
    }
}

void WatchReleaseModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // A reset, not a layout change: the view re-selects by key (WatchRelease::key()).
    beginResetModel();
    std::stable_sort(m_releases.begin(), m_releases.end(),
                     [this, column, order](const WatchRelease &a, const WatchRelease &b) {
                         if (a.isOpenAlarm() != b.isOpenAlarm())
                             return a.isOpenAlarm(); // pinned on top in either order
                         const QVariant x = rawValue(a, column);
                         const QVariant y = rawValue(b, column);
                         const auto c = QVariant::compare(x, y);
                         if (c == QPartialOrdering::Equivalent || c == QPartialOrdering::Unordered)
                             return false;
                         const bool less = c == QPartialOrdering::Less;
                         return order == Qt::AscendingOrder ? less : !less;
                     });
    endResetModel();
}

} // namespace td::watch
