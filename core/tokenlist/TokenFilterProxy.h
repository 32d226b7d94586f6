// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace td {

class TokenListModel;

// Sorts the token table on raw values (a date, not "in 3 d") and filters it by a search text
// and by the "show revoked / expired" toggle (off by default: the table shows live tokens).
class TokenFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TokenFilterProxy(QObject *parent = nullptr);

    void setSourceTokenModel(TokenListModel *model);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setShowInactive(bool show);
    bool showInactive() const { return m_showInactive; }

    // Ticks the countdowns of the proxy rows first..last (what the view shows).
    void tickVisible(int firstRow, int lastRow);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TokenListModel *m_tokens = nullptr;
    QString m_searchText; // lower case
    bool m_showInactive = false;
};

} // namespace td
