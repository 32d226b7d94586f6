// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTableView;

namespace td {

// Keeps a table free of horizontal scrolling: the elastic columns (name, scopes) share what the
// others leave, and when even their minimum does not fit, the least important columns hide
// first and come back when there is room again. The user's widths of the other columns are kept.
// Text that no longer fits is elided by the delegates, which then show it whole as a tooltip.
class TokenColumnFitter : public QObject
{
    Q_OBJECT
public:
    // `priority`: every column, most important first; the first `alwaysShown` never hide.
    // `elastic`: columns that stretch, each at least `elasticMinimum` wide (device independent).
    TokenColumnFitter(QTableView *view, QList<int> priority, QList<int> elastic,
                      int alwaysShown = 2, QObject *parent = nullptr);

    // Recomputes which columns show (after a resize, a restored header, a user's resize).
    void fit();
    // Takes the columns' current widths as the wanted ones (after QHeaderView::restoreState).
    void relearnWidths();
    QList<int> hiddenColumns() const;

    static constexpr int kElasticMinimum = 110;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int wantedWidth(int column) const;
    int headerTextWidth(int column) const;

    QPointer<QTableView> m_view;
    QList<int> m_priority;
    QList<int> m_elastic;
    int m_alwaysShown;
    QHash<int, int> m_wanted; // the last width of each non-elastic column while it showed
    bool m_fitting = false;
};

} // namespace td
