// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/TokenRowDelegate.h"

#include "core/tokenlist/TokenListModel.h"
#include "desktop/mainwindow/StatePalette.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace td {

void TokenRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto urgency = index.data(TokenListModel::UrgencyRole).value<Urgency>();
    const QColor tint = urgencyRowTint(urgency, option->palette);
    if (tint.isValid())
        option->backgroundBrush = tint;
    if (urgency == Urgency::Revoked)
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    if (index.column() == TokenListModel::NameColumn
        && index.data(TokenListModel::Bypass2faRole).toBool())
        option->rect.adjust(kStripeWidth + 2, 0, 0, 0); // the text starts after the stripe
}

void TokenRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != TokenListModel::NameColumn
        || !index.data(TokenListModel::Bypass2faRole).toBool())
        return;
    // The tint drawn by the base covers the text's rect only: the stripe's gap gets it too.
    QStyleOptionViewItem tinted = option;
    initStyleOption(&tinted, index);
    const QRect gap(option.rect.left(), option.rect.top(), kStripeWidth + 2, option.rect.height());
    if (tinted.backgroundBrush.style() != Qt::NoBrush)
        painter->fillRect(gap, tinted.backgroundBrush);
    painter->fillRect(QRect(gap.topLeft(), QSize(kStripeWidth, gap.height())),
                      urgencyColor(Urgency::Critical, option.palette));
}

QString TokenRowDelegate::fullText(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

int TokenRowDelegate::neededWidth(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    return sizeHint(option, index).width();
}

bool TokenRowDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString own = index.data(Qt::ToolTipRole).toString();
    const QString text = fullText(index);
    const bool elided = neededWidth(option, index) > view->visualRect(index).width();
    // The model's tooltip explains; when the cell is cut short it also carries the whole text.
    QString tip = own;
    if (elided && !text.isEmpty() && !own.contains(text))
        tip = own.isEmpty() ? text : text + QLatin1Char('\n') + own;
    if (tip.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace td
