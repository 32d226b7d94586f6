// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/TokenColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

namespace td {

TokenColumnFitter::TokenColumnFitter(QTableView *view, QList<int> priority, QList<int> elastic,
                                     int alwaysShown, QObject *parent)
    : QObject(parent ? parent : view),
      m_view(view),
      m_priority(std::move(priority)),
      m_elastic(std::move(elastic)),
      m_alwaysShown(alwaysShown)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : std::as_const(m_elastic))
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    // Columns hide instead; a scroll bar would only ever show a sliver.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (!m_fitting && size > 0 && !m_elastic.contains(column)) {
            m_wanted.insert(column, size);
            fit();
        }
    });
}

int TokenColumnFitter::headerTextWidth(int column) const
{
    QHeaderView *header = m_view->horizontalHeader();
    const QString title = m_view->model()
        ? m_view->model()->headerData(column, Qt::Horizontal).toString()
        : QString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    return header->fontMetrics().horizontalAdvance(title) + 4 * margin + arrow;
}

int TokenColumnFitter::wantedWidth(int column) const
{
    if (m_elastic.contains(column))
        return std::max({kElasticMinimum, m_view->horizontalHeader()->minimumSectionSize(),
                         headerTextWidth(column)});
    return m_wanted.value(column, headerTextWidth(column));
}

void TokenColumnFitter::fit()
{
    // Before the table shows, its viewport has no real width: fitting then would hide columns
    // for nothing (a Resize event follows the Show).
    if (!m_view || !m_view->model() || m_fitting || !m_view->isVisible())
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    for (int column : std::as_const(m_priority))
        if (!m_elastic.contains(column) && !m_wanted.contains(column)
            && !header->isSectionHidden(column) && header->sectionSize(column) > 0)
            m_wanted.insert(column, header->sectionSize(column));

    const int available = m_view->viewport()->width();
    QList<int> shown = m_priority;
    auto total = [&] {
        int sum = 0;
        for (int column : std::as_const(shown))
            sum += wantedWidth(column);
        return sum;
    };
    // Each width is asked for once here: a header's text width is a text layout, and asking for
    // every width again after each hidden column doubled what fitting costs at start-up.
    for (int wanted = total(); shown.size() > m_alwaysShown && wanted > available;)
        wanted -= wantedWidth(shown.takeLast());

    for (int column : std::as_const(m_priority)) {
        const bool show = shown.contains(column);
        if (!show) {
            if (!header->isSectionHidden(column))
                header->hideSection(column);
            continue;
        }
        if (header->isSectionHidden(column))
            header->showSection(column); // QHeaderView gives it back the width it had
        if (!m_elastic.contains(column) && !m_wanted.contains(column)
            && header->sectionSize(column) <= header->minimumSectionSize())
            m_wanted.insert(column, headerTextWidth(column)); // it had none worth keeping
        if (m_elastic.contains(column))
            continue;
        if (!m_wanted.contains(column))
            m_wanted.insert(column, header->sectionSize(column));
        else if (header->sectionSize(column) != m_wanted.value(column))
            header->resizeSection(column, m_wanted.value(column)); // back from a squeeze
    }
    // The columns that always show shrink (their text elides) rather than scroll; what the
    // user wanted stays in m_wanted for when there is room again.
    int overflow = total() - available;
    for (qsizetype i = shown.size() - 1; overflow > 0 && i >= 0; --i) {
        const int column = shown.at(i);
        if (m_elastic.contains(column))
            continue;
        const int width = header->sectionSize(column);
        const int smaller = std::max(header->minimumSectionSize(), width - overflow);
        header->resizeSection(column, smaller);
        overflow -= width - smaller;
    }
    m_fitting = false;
}

void TokenColumnFitter::relearnWidths()
{
    m_wanted.clear();
    fit();
}

QList<int> TokenColumnFitter::hiddenColumns() const
{
    QList<int> hidden;
    for (int column : m_priority)
        if (m_view->horizontalHeader()->isSectionHidden(column))
            hidden.append(column);
    return hidden;
}

bool TokenColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::Resize || event->type() == QEvent::Show)
        && watched == m_view->viewport())
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace td
