// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/PackageChecklistModel.h"

#include <QFont>
#include <QMap>

namespace td {

PackageChecklistModel::PackageChecklistModel(QObject *parent) : QAbstractListModel(parent) { }

void PackageChecklistModel::setPackages(const QStringList &packages)
{
    QMap<QString, QStringList> byScope; // sorted by scope
    QStringList unscoped;
    for (const QString &raw : packages) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        if (name.startsWith(u'@') && name.contains(u'/'))
            byScope[name.section(u'/', 0, 0)] << name;
        else
            unscoped << name;
    }
    beginResetModel();
    m_entries.clear();
    m_rowOf.clear();
    m_packageCount = 0;
    const auto add = [this](const QString &name, bool isScope) {
        if (m_rowOf.contains(name))
            return;
        m_rowOf.insert(name, int(m_entries.size()));
        m_entries.append(Entry{name, isScope});
        if (!isScope)
            ++m_packageCount;
    };
    for (auto it = byScope.begin(); it != byScope.end(); ++it) {
        add(it.key(), true);
        it.value().sort();
        for (const QString &name : std::as_const(it.value()))
            add(name, false);
    }
    unscoped.sort();
    for (const QString &name : std::as_const(unscoped))
        add(name, false);
    endResetModel();
}

void PackageChecklistModel::setChecked(const QSet<QString> &names)
{
    if (names == m_checked)
        return;
    const QSet<QString> changed = (names - m_checked) + (m_checked - names);
    m_checked = names;
    for (const QString &name : changed) {
        const int row = m_rowOf.value(name, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {Qt::CheckStateRole});
    }
}

int PackageChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PackageChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.isScope ? tr("%1 (the whole scope, new packages too)").arg(entry.name)
                             : entry.name;
    case Qt::AccessibleTextRole:
        return entry.isScope ? tr("Scope %1").arg(entry.name) : entry.name;
    case Qt::CheckStateRole:
        return m_checked.contains(entry.name) ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (entry.isScope) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case NameRole:
        return entry.name;
    case IsScopeRole:
        return entry.isScope;
    default:
        return {};
    }
}

bool PackageChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Entry &entry = m_entries.at(index.row());
    const bool check = value.toInt() == int(Qt::Checked);
    if (check == m_checked.contains(entry.name))
        return true;
    if (check)
        m_checked.insert(entry.name);
    else
        m_checked.remove(entry.name);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT toggled(entry.name, entry.isScope, check);
    return true;
}

Qt::ItemFlags PackageChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemNeverHasChildren;
}

} // namespace td
