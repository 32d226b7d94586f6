// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace td {

// The account's packages as one checkable list, grouped by scope: each scope gets a row of its
// own ("@acme: the whole scope") followed by its packages, then the unscoped packages. A model,
// not widgets, so ten thousand packages cost ten thousand small structs and a proxy filters them.
class PackageChecklistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, // "@acme", "@acme/widgets", "left-pad"
        IsScopeRole,
    };

    explicit PackageChecklistModel(QObject *parent = nullptr);

    void setPackages(const QStringList &packages);
    int packageCount() const { return m_packageCount; }

    // The names checked (packages and "@scope" rows together). Changing it only repaints the
    // rows whose state changes.
    void setChecked(const QSet<QString> &names);
    QSet<QString> checked() const { return m_checked; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The user ticked or unticked a row.
    void toggled(const QString &name, bool isScope, bool checked);

private:
    struct Entry
    {
        QString name;
        bool isScope = false;
    };
    QList<Entry> m_entries;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_checked;
    int m_packageCount = 0;
};

} // namespace td
