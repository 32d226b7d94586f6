// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/TokenTableColumns.h"

#include "core/expiry/ExpiryState.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/mainwindow/TokenColumnFitter.h"
#include "desktop/mainwindow/WindowLayout.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace td {

namespace {
// The widest usual countdown ("expired 30 d ago"), measured in the bold that urgent rows use.
int expiresWidth(const QTableView *table, int em)
{
    QFont bold = table->font();
    bold.setBold(true);
    const QDateTime sample(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC); // any moment: only a width
    const QString longest = countdownText(sample.addSecs(-(30 * 24 + 23) * 3600), sample);
    return std::max(10 * em, QFontMetrics(bold).horizontalAdvance(longest) + 2 * em);
}
} // namespace

TokenColumnFitter *setUpTokenColumns(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    // Most important first: the least important hide first when the table is narrow. Whether a
    // token bypasses 2FA is also a Kind pill, so its own column goes first.
    auto *fitter
        = new TokenColumnFitter(table,
                                {TokenListModel::NameColumn, TokenListModel::ExpiresColumn,
                                 TokenListModel::KindColumn, TokenListModel::ScopeColumn,
                                 TokenListModel::LastUsedColumn, TokenListModel::InKeychainColumn,
                                 TokenListModel::CreatedColumn, TokenListModel::Bypass2faColumn},
                                {TokenListModel::NameColumn, TokenListModel::ScopeColumn});
    const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    table->setColumnWidth(TokenListModel::KindColumn, 19 * em); // two pills, then "…"
    table->setColumnWidth(TokenListModel::ExpiresColumn, expiresWidth(table, em));
    for (int column : {int(TokenListModel::LastUsedColumn), int(TokenListModel::CreatedColumn),
                       int(TokenListModel::Bypass2faColumn), int(TokenListModel::InKeychainColumn)})
        table->setColumnWidth(column, header->sectionSizeHint(column));

    QSettings settings;
    if (restoreTokenHeader(*header, settings)) {
        table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        fitter->relearnWidths();
    } else {
        fitter->fit();
    }
    return fitter;
}

} // namespace td
