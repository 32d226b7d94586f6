// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QPointer>

#include <chrono>

namespace td {

class TokenListModel;

// Each token as a horizontal bar from its creation to its expiry, against a "now" line and the
// warning bands (soon / critical). Hover tells the dates; a click selects the token.
// It reads the TokenListModel and draws; it decides nothing.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(TokenListModel *model);

    // Source-model row under a viewport point, or -1; the text hovering there would show.
    int rowAt(const QPoint &viewportPos) const;
    QString toolTipAt(const QPoint &viewportPos) const;
    // Where row `row`'s bar is drawn, in viewport coordinates (for tests and accessibility).
    QRect barRect(int row) const;
    // The notice thresholds (14, 7, 3, 1 days before expiry by default) drawn as dashed lines at
    // now + threshold, so a bar ending left of a line gets that notice; settings may change them.
    void setThresholds(const QList<std::chrono::seconds> &notifyBefore);
    QList<std::chrono::seconds> thresholds() const { return m_thresholds; }
    // Where the line for `before` (a threshold) and today's marker are drawn, in viewport x.
    int thresholdX(std::chrono::seconds before) const;
    int todayX() const;
    // Where each threshold's label ("1 d") is drawn, nearest threshold first; labels that would
    // touch stack upwards, so none covers another however close the lines are.
    QList<QRect> thresholdLabelRects() const;

    static constexpr int kRowHeight = 26;
    static constexpr int kLabelWidth = 200;
    static constexpr int kAxisHeight = 28;

Q_SIGNALS:
    void tokenClicked(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Range
    {
        QDateTime from;
        QDateTime to;
    };
    Range timeRange() const;
    int xFor(const QDateTime &when, const Range &range) const;
    void updateScrollBar();
    void paintAxis(QPainter &painter, const Range &range) const;
    QString thresholdLabel(std::chrono::seconds before) const;
    // The paint's range, not one found again over every token.
    QList<QRect> thresholdLabelRects(const Range &range) const;
    void paintThresholds(QPainter &painter, const Range &range) const;
    void paintToday(QPainter &painter, const Range &range) const;

    QPointer<TokenListModel> m_model;
    QList<std::chrono::seconds> m_thresholds;
};

} // namespace td
