// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/migration/MigrationProgressPage.h"

#include "core/util/Clock.h"
#include "desktop/ci/CiTexts.h"
#include "desktop/migration/PlanTables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace td {

MigrationProgressPage::MigrationProgressPage(const Clock *clock, QWidget *parent)
    : QWidget(parent), m_clock(clock)
{
    auto *text = new QLabel(tr("Migrating… Every step is saved, so closing TokenDesk now "
                               "loses nothing."),
                            this);
    text->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Migration progress"));
    m_table->setHorizontalHeaderLabels({tr("Token"), tr("Step"), tr("CI secrets")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The step column fits the grace countdown; the CI secrets take the rest.
    const QDateTime sample = QDateTime::currentDateTimeUtc();
    m_table->setColumnWidth(
        1, fontMetrics().horizontalAdvance(ciGraceCountdown(sample.addSecs(599), sample)) + 24);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MigrationProgressPage::tick);
}

void MigrationProgressPage::clear()
{
    stopCountdown();
    m_table->setRowCount(0);
}

void MigrationProgressPage::stopCountdown()
{
    m_graceUntil.clear();
    m_ticker->stop();
}

// One line per journal row, filled from the journal the first time the run says something (a
// resumed run may first say "waiting out the grace period", without a stage change).
void MigrationProgressPage::fillRows(const MigrationJournal &journal, int row)
{
    if (m_table->rowCount() > row)
        return;
    m_table->setRowCount(journal.rowCount());
    for (int i = 0; i < journal.rowCount(); ++i) {
        const QJsonObject r = journal.row(i);
        m_table->setItem(i, 0,
                         new QTableWidgetItem(r.value(QStringLiteral("oldRedacted")).toString()));
        m_table->setItem(i, 1, new QTableWidgetItem(migrationStageText(journal.stage(i))));
        m_table->setItem(i, 2, new QTableWidgetItem(ciProgressLines(r).join(QLatin1Char('\n'))));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();
}

void MigrationProgressPage::showStage(const MigrationJournal &journal, int row,
                                      const QString &stage)
{
    fillRows(journal, row);
    if (stage != QLatin1String("grace"))
        m_graceUntil.erase(row);
    m_table->item(row, 1)->setText(migrationStageText(stage));
    m_table->item(row, 2)->setText(ciProgressLines(journal.row(row)).join(QLatin1Char('\n')));
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();
    Q_EMIT changed();
}

void MigrationProgressPage::showGrace(const MigrationJournal &journal, int row,
                                      const QDateTime &revokeAfter)
{
    fillRows(journal, row);
    m_graceUntil[row] = revokeAfter;
    tick();
    m_ticker->start();
}

void MigrationProgressPage::tick()
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    for (const auto &[row, until] : m_graceUntil)
        if (row < m_table->rowCount() && m_table->item(row, 1))
            m_table->item(row, 1)->setText(ciGraceCountdown(until, now));
    if (m_graceUntil.empty())
        m_ticker->stop();
    Q_EMIT changed();
}

} // namespace td
