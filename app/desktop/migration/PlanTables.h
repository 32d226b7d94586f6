// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/MigrationJournal.h"
#include "core/migration/ReplacementPlanner.h"

#include <functional>

class QTableWidget;
class QWidget;

namespace td {

// The migration dialog's tables, kept out of the dialog's flow code.
QTableWidget *makeScanTable(QWidget *parent); // kind, status, match, where
void fillScanTable(QTableWidget *table, const QList<TokenUse> &uses);
QTableWidget *makePlanTable(QWidget *parent); // token, action (a choice), used in, notes
void fillPlanTable(QTableWidget *table, const QList<PlanRow> &rows,
                   std::function<void(int row, PlanAction action)> chosen);

// "Creating the new token…", "Done", …: a journal stage in words.
QString migrationStageText(const QString &stage);
// A journal row's CI secrets and how far each got, one per line: "secret NPM_TOKEN in
// acme/widgets: pushing the new token…" (empty when the row has none).
QStringList ciProgressLines(const QJsonObject &journalRow);
// Per row result, then every backup TokenDesk made.
QString summaryHtml(const MigrationJournal &journal, bool completed, const QString &error);

} // namespace td
