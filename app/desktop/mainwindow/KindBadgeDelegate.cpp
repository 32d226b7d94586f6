// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/KindBadgeDelegate.h"

#include "core/tokenlist/TokenListModel.h"
#include "core/tokens/KindBadge.h"
#include "desktop/mainwindow/StatePalette.h"

#include <QApplication>
#include <QPainter>

namespace td {

namespace {
constexpr int kMargin = 4;  // between the cell's edge and the first pill
constexpr int kPadding = 6; // inside a pill, either side of its words
constexpr int kGap = 4;     // between pills

QList<KindBadge> badgesOf(const QModelIndex &index)
{
    return index.data(TokenListModel::KindBadgesRole).value<QList<KindBadge>>();
}

QFont badgeFont(const QFont &cellFont)
{
    QFont font = cellFont;
    font.setPointSizeF(cellFont.pointSizeF() * 0.9);
    return font;
}

int pillWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + 2 * kPadding + 1; // +1: advances round down
}
} // namespace

void KindBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<KindBadge> badges = badgesOf(index);
    if (!badges.isEmpty())
        opt.text.clear(); // the pills replace the kind's words (they stay the accessible text)
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (badges.isEmpty())
        return;

    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    const int right = option.rect.right() - kMargin;
    const QString more = QStringLiteral("…");
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    int x = option.rect.left() + kMargin;
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const int width = pillWidth(metrics, badges.at(i).text);
        const bool last = i == badges.size() - 1;
        const int reserve = last ? 0 : metrics.horizontalAdvance(more) + kGap;
        if (x + width + reserve > right && !(last && x + width <= right)) {
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(QRect(x, top, right - x, height), Qt::AlignLeft | Qt::AlignVCenter,
                              more);
            break;
        }
        const QRect pill(x, top, width, height);
        const QColor fill = badgeColor(badges.at(i).tone, option.palette);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(readableTextOn(fill));
        painter->drawText(pill, Qt::AlignCenter, badges.at(i).text);
        x += width + kGap;
    }
    painter->restore();
}

int KindBadgeDelegate::neededWidth(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QList<KindBadge> badges = badgesOf(index);
    if (badges.isEmpty())
        return TokenRowDelegate::neededWidth(option, index);
    const QFontMetrics metrics(badgeFont(option.font));
    int width = 2 * kMargin - kGap;
    for (const KindBadge &badge : badges)
        width += pillWidth(metrics, badge.text) + kGap;
    return width;
}

QSize KindBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = TokenRowDelegate::sizeHint(option, index);
    if (badgesOf(index).isEmpty())
        return size;
    size.setWidth(neededWidth(option, index));
    size.rheight() = std::max(size.height(), QFontMetrics(badgeFont(option.font)).height() + 6);
    return size;
}

QString KindBadgeDelegate::fullText(const QModelIndex &index) const
{
    QStringList words;
    for (const KindBadge &badge : badgesOf(index))
        words.append(badge.text);
    return words.isEmpty() ? TokenRowDelegate::fullText(index) : words.join(QStringLiteral(" · "));
}

} // namespace td
