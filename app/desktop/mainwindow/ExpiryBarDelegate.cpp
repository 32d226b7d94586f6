// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/ExpiryBarDelegate.h"

#include "core/tokenlist/TokenListModel.h"
#include "desktop/mainwindow/StatePalette.h"

#include <QPainter>

namespace td {

namespace {
constexpr int kBarHeight = 5;
constexpr int kMinimumWidth = 96;

// The bar's rectangle: the cell's bottom few pixels, inset like the text.
QRect barTrack(const QRect &cell)
{
    return cell.adjusted(4, cell.height() - kBarHeight - 2, -4, -2);
}
} // namespace

void ExpiryBarDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    TokenRowDelegate::initStyleOption(option, index);
    const auto urgency = index.data(TokenListModel::UrgencyRole).value<Urgency>();
    // The words carry the urgency too (colour never alone): bold for the ones to act on now.
    if (urgency == Urgency::Critical || urgency == Urgency::Expired)
        option->font.setBold(true);
    if (urgency != Urgency::Calm && urgency != Urgency::NoExpiry)
        option->palette.setColor(QPalette::Text, urgencyColor(urgency, option->palette));
}

void ExpiryBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    TokenRowDelegate::paint(painter, option, index);
    const auto urgency = index.data(TokenListModel::UrgencyRole).value<Urgency>();
    if (urgency == Urgency::NoExpiry || urgency == Urgency::Revoked)
        return; // the text says so, no bar

    const QRect track = barTrack(option.rect);
    const QColor color = urgencyColor(urgency, option.palette);
    painter->save();
    painter->setPen(Qt::NoPen);
    QColor trackColor = option.palette.color(QPalette::Mid);
    trackColor.setAlphaF(0.35);
    painter->setBrush(trackColor);
    painter->drawRect(track);
    if (urgency == Urgency::Expired) {
        painter->setBrush(QBrush(color, Qt::BDiagPattern));
        painter->drawRect(track);
    } else {
        const double fill = index.data(TokenListModel::BarFillRole).toDouble();
        QRect filled = track;
        filled.setWidth(std::max(2, int(track.width() * std::clamp(fill, 0.0, 1.0))));
        painter->setBrush(color);
        painter->drawRect(filled);
    }
    painter->restore();
}

QSize ExpiryBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = TokenRowDelegate::sizeHint(option, index);
    size.rheight() += kBarHeight + 2;
    size.rwidth() = std::max(size.width(), kMinimumWidth);
    return size;
}

} // namespace td
