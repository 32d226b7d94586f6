// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/timeline/TimelineView.h"

#include "core/expiry/ExpiryState.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/mainwindow/StatePalette.h"
#include "desktop/util/ThemeColors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <functional>

namespace td {

namespace {
constexpr qint64 kDay = 24 * 3600;
constexpr int kMargin = 12;
} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Token timeline"));
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(kRowHeight);
    setThresholds(ExpiryThresholds::defaults().notifyBefore);
}

void TimelineView::setThresholds(const QList<std::chrono::seconds> &notifyBefore)
{
    m_thresholds.clear();
    // Under a day (the 1 h notice) a line would sit on today's marker at any readable scale.
    for (const std::chrono::seconds before : notifyBefore)
        if (before.count() >= kDay && !m_thresholds.contains(before))
            m_thresholds.append(before);
    std::sort(m_thresholds.begin(), m_thresholds.end(), std::greater<>());
    viewport()->update();
}

int TimelineView::thresholdX(std::chrono::seconds before) const
{
    const QDateTime now = m_model ? m_model->now() : QDateTime::currentDateTimeUtc();
    return xFor(now.addSecs(before.count()), timeRange());
}

int TimelineView::todayX() const
{
    return xFor(m_model ? m_model->now() : QDateTime::currentDateTimeUtc(), timeRange());
}

void TimelineView::setModel(TokenListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        const auto refresh = [this] {
            updateScrollBar();
            viewport()->update();
        };
        connect(model, &QAbstractItemModel::modelReset, this, refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    updateScrollBar();
    viewport()->update();
}

TimelineView::Range TimelineView::timeRange() const
{
    // From a week before now (or the oldest live token, at most 90 days back) to the last expiry
    // (at least 30 days ahead, at most a year): long-lived read-only tokens do not squash the
    // weeks that matter.
    const QDateTime now = m_model ? m_model->now() : QDateTime::currentDateTimeUtc();
    QDateTime from = now.addSecs(-7 * kDay);
    QDateTime to = now.addSecs(30 * kDay);
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const Token &token = m_model->tokenAt(row);
        if (token.created.isValid() && token.created < from)
            from = token.created;
        if (token.expires.isValid() && token.expires > to)
            to = token.expires;
    }
    from = std::max(from, now.addSecs(-90 * kDay));
    to = std::min(to, now.addSecs(365 * kDay));
    return {from, to};
}

int TimelineView::xFor(const QDateTime &when, const Range &range) const
{
    const int left = kLabelWidth;
    const int width = std::max(1, viewport()->width() - kLabelWidth - kMargin);
    const double span = std::max<qint64>(1, range.from.secsTo(range.to));
    const double at = double(range.from.secsTo(when)) / span;
    return left + int(std::clamp(at, -0.02, 1.02) * width);
}

QRect TimelineView::barRect(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const Range range = timeRange();
    const Token &token = m_model->tokenAt(row);
    const int top = kAxisHeight + row * kRowHeight - verticalScrollBar()->value() + 5;
    const int start = xFor(token.created.isValid() ? token.created : range.from, range);
    const int end
        = token.expires.isValid() ? xFor(token.expires, range) : viewport()->width() - kMargin;
    return QRect(QPoint(start, top), QPoint(std::max(start + 2, end), top + kRowHeight - 10));
}

int TimelineView::rowAt(const QPoint &pos) const
{
    if (!m_model || pos.y() < kAxisHeight)
        return -1;
    const int row = (pos.y() - kAxisHeight + verticalScrollBar()->value()) / kRowHeight;
    return row < m_model->rowCount() ? row : -1;
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    const int row = rowAt(pos);
    if (row < 0)
        return {};
    const Token &token = m_model->tokenAt(row);
    const QLocale locale;
    const QString created = token.created.isValid()
        ? locale.toString(token.created.toLocalTime(), QLocale::ShortFormat)
        : tr("unknown");
    const QString expires = token.expires.isValid()
        ? locale.toString(token.expires.toLocalTime(), QLocale::ShortFormat)
        : tr("never");
    return tr("%1\nCreated: %2\nExpires: %3 (%4)")
        .arg(token.name.isEmpty() ? token.redacted : token.name, created, expires,
             countdownText(token.expires, m_model->now()));
}

void TimelineView::updateScrollBar()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int content = kAxisHeight + rows * kRowHeight;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, content - viewport()->height()));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void TimelineView::paintAxis(QPainter &painter, const Range &range) const
{
    painter.setPen(palette().color(QPalette::Text));
    const QLocale locale;
    // Ticks are at least a label's width apart: a day, a week, or several weeks per tick,
    // depending on how much time the view spans and how wide it is.
    const int width = std::max(1, viewport()->width() - kLabelWidth - kMargin);
    const double days = std::max(1.0, double(range.from.secsTo(range.to)) / kDay);
    const double pixelsPerDay = width / days;
    qint64 stepDays = 182;
    for (const qint64 candidate : {1, 7, 14, 28, 56, 91, 182}) {
        if (candidate * pixelsPerDay >= 84) {
            stepDays = candidate;
            break;
        }
    }
    for (QDateTime tick = range.from; tick <= range.to; tick = tick.addSecs(stepDays * kDay)) {
        const int x = xFor(tick, range);
        painter.drawLine(x, kAxisHeight - 6, x, kAxisHeight);
        painter.drawText(QRect(x - 40, 2, 80, kAxisHeight - 8), Qt::AlignCenter,
                         locale.toString(tick.toLocalTime().date(), QStringLiteral("d MMM")));
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (!m_model || m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No tokens to show yet."));
        return;
    }
    const Range range = timeRange();
    const QDateTime now = m_model->now();
    const ExpiryThresholds thresholds = ExpiryThresholds::defaults();

    // Warning bands: from now to "critical", then to "soon".
    const int nowX = xFor(now, range);
    const int criticalX = xFor(now.addSecs(thresholds.critical.count()), range);
    const int soonX = xFor(now.addSecs(thresholds.soon.count()), range);
    QColor soon = stateColor(ExpiryState::ExpiringSoon);
    soon.setAlpha(40);
    QColor critical = stateColor(ExpiryState::Critical);
    critical.setAlpha(50);
    painter.fillRect(QRect(QPoint(criticalX, kAxisHeight), QPoint(soonX, viewport()->height())),
                     soon);
    painter.fillRect(QRect(QPoint(nowX, kAxisHeight), QPoint(criticalX, viewport()->height())),
                     critical);
    paintAxis(painter, range);

    const int firstRow = std::max(0, rowAt(QPoint(0, kAxisHeight)));
    const int lastRow
        = std::min(m_model->rowCount() - 1, firstRow + viewport()->height() / kRowHeight + 1);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int row = firstRow; row <= lastRow; ++row) {
        const Token &token = m_model->tokenAt(row);
        const QRect bar = barRect(row);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(
            QRect(kMargin, bar.top() - 4, kLabelWidth - 2 * kMargin, kRowHeight - 2),
            Qt::AlignVCenter | Qt::AlignLeft,
            painter.fontMetrics().elidedText(token.name.isEmpty() ? token.redacted : token.name,
                                             Qt::ElideRight, kLabelWidth - 2 * kMargin));
        painter.setPen(Qt::NoPen);
        painter.setBrush(stateColor(expiryState(token, now)));
        painter.drawRoundedRect(bar, 3, 3);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintThresholds(painter, range);
    paintToday(painter, range);
}

void TimelineView::paintThresholds(QPainter &painter, const Range &range) const
{
    // Drawn over the bars, dashed and thin: where each notice falls is readable on every row.
    const QDateTime now = m_model->now();
    painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
    for (const std::chrono::seconds before : m_thresholds) {
        const int x = xFor(now.addSecs(before.count()), range);
        painter.drawLine(x, kAxisHeight, x, viewport()->height());
    }
    // On the background colour: a neighbouring line passing under a label does not cut its text.
    painter.setPen(palette().color(QPalette::Text));
    const QList<QRect> boxes = thresholdLabelRects(range);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        painter.fillRect(boxes.at(i), palette().color(QPalette::Base));
        painter.drawText(boxes.at(i), Qt::AlignLeft | Qt::AlignVCenter,
                         thresholdLabel(m_thresholds.at(m_thresholds.size() - 1 - i)));
    }
}

QString TimelineView::thresholdLabel(std::chrono::seconds before) const
{
    return tr("%n d", "a notice threshold on the timeline: days from today",
              int(before.count() / kDay));
}

QList<QRect> TimelineView::thresholdLabelRects() const
{
    if (!m_model || m_model->rowCount() == 0)
        return {};
    return thresholdLabelRects(timeRange());
}

QList<QRect> TimelineView::thresholdLabelRects(const Range &range) const
{
    // Right of their lines, nearest first, on the bottom line. When the view spans months the
    // lines sit a few pixels apart, so a label that would touch one already placed on a line
    // moves up to the lowest line where it clears every label placed there.
    QList<QRect> boxes;
    const QDateTime now = m_model->now();
    const QFontMetrics metrics = viewport()->fontMetrics();
    const int lineHeight = metrics.height();
    QList<int> lineRights; // the right edge of the last label on each line, bottom line first
    for (auto it = m_thresholds.crbegin(); it != m_thresholds.crend(); ++it) {
        const int left = xFor(now.addSecs(it->count()), range) + 3;
        const int width = metrics.horizontalAdvance(thresholdLabel(*it)) + 2;
        qsizetype line = 0;
        while (line < lineRights.size() && left <= lineRights.at(line) + 2)
            ++line;
        if (line == lineRights.size())
            lineRights.append(0);
        lineRights[line] = left + width - 1;
        boxes.append(
            QRect(left, viewport()->height() - int(line + 1) * lineHeight - 2, width, lineHeight));
    }
    return boxes;
}

void TimelineView::paintToday(QPainter &painter, const Range &range) const
{
    // Today: a solid line in the expired colour, labelled left of it at the bottom (the
    // threshold labels sit right of their lines).
    const int nowX = xFor(m_model->now(), range);
    painter.setPen(QPen(stateColor(ExpiryState::Expired), 2));
    painter.drawLine(nowX, kAxisHeight - 4, nowX, viewport()->height());
    const QFontMetrics metrics = painter.fontMetrics();
    const QString label = tr("today");
    const int width = metrics.horizontalAdvance(label) + 2;
    painter.setPen(readableOn(stateColor(ExpiryState::Expired), palette().color(QPalette::Base)));
    painter.drawText(QRect(nowX - 4 - width, viewport()->height() - metrics.height() - 2, width,
                           metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, label);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT tokenClicked(m_model->tokenAt(row).key);
    QAbstractScrollArea::mousePressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace td
