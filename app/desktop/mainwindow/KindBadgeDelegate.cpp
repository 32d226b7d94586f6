// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/KindBadgeDelegate.h"

#include "mainwindow/StatePalette.h"
#include "tokens/TokenListModel.h"

#include <QApplication>
#include <QPainter>

namespace td {

namespace {
constexpr int kPadding = 6;
constexpr int kGap = 6;
constexpr int kSlack = 4; // integer advances round down; keep the words from being elided

QColor badgeColor(const QModelIndex &index)
{
    return index.data(TokenListModel::PublishCutoffRole).toBool()
        ? stateColor(ExpiryState::Critical)
        : stateColor(ExpiryState::Healthy);
}

QRect badgeRect(const QStyleOptionViewItem &option, const QString &kindText, const QString &badge)
{
    const QFontMetrics metrics(option.font);
    const int textWidth = metrics.horizontalAdvance(kindText);
    const int height = metrics.height() + 2;
    const int left = option.rect.left() + kPadding + textWidth + kGap;
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    return QRect(left, top, metrics.horizontalAdvance(badge) + 2 * kPadding + kSlack, height);
}
} // namespace

void KindBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QString badge = index.data(TokenListModel::BadgeTextRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString kindText = opt.text;
    // The stage-only kind's own text already says "stage only": the badge replaces it.
    const bool badgeIsTheText = badge == kindText;
    if (badgeIsTheText)
        opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (badge.isEmpty())
        return;

    QRect rect = badgeRect(option, badgeIsTheText ? QString() : kindText, badge);
    if (badgeIsTheText)
        rect.moveLeft(option.rect.left() + kPadding);
    rect = rect.intersected(option.rect.adjusted(0, 0, -2, 0));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(index));
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    const QString shown
        = QFontMetrics(option.font).elidedText(badge, Qt::ElideRight, rect.width() - kPadding);
    painter->drawText(rect, Qt::AlignCenter, shown);
    painter->restore();
}

QSize KindBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString badge = index.data(TokenListModel::BadgeTextRole).toString();
    if (!badge.isEmpty()) {
        const QFontMetrics metrics(option.font);
        size.rwidth() += metrics.horizontalAdvance(badge) + 2 * kPadding + kGap + kSlack;
        size.rheight() = std::max(size.height(), metrics.height() + 6);
    }
    return size;
}

} // namespace td
