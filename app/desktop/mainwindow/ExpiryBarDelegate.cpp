// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/ExpiryBarDelegate.h"

#include "mainwindow/StatePalette.h"
#include "tokens/TokenListModel.h"

#include <QPainter>

namespace td {

namespace {
constexpr int kBarHeight = 4;
}

void ExpiryBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant fraction = index.data(TokenListModel::LifeFractionRole);
    const QVariant state = index.data(TokenListModel::ExpiryStateRole);
    if (!fraction.isValid() || !state.isValid())
        return; // no expiry: the text says so, no bar

    const QRect track = option.rect.adjusted(4, option.rect.height() - kBarHeight - 2, -4, -2);
    const double share = std::clamp(fraction.toDouble(), 0.0, 1.0);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid));
    painter->drawRect(track);
    QRect filled = track;
    filled.setWidth(int(track.width() * share));
    painter->setBrush(stateColor(state.value<ExpiryState>()));
    painter->drawRect(filled);
    painter->restore();
}

QSize ExpiryBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += kBarHeight + 2;
    size.rwidth() = std::max(size.width(), 120);
    return size;
}

} // namespace td
