// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace td {

class TokenColumnFitter;

// The token table's columns once its model is set: their first widths (from the font, so they
// scale), their priorities for a narrow window, and the layout the user left last time
// (sort order, order and widths of the columns; WindowLayout). Returns the fitter, owned by
// the table.
TokenColumnFitter *setUpTokenColumns(QTableView *table);

} // namespace td
