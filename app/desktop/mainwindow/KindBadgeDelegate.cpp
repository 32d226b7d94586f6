// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/KindBadgeDelegate.h"

#include "core/tokenlist/TokenListModel.h"
#include "core/tokens/KindBadge.h"
#include "desktop/mainwindow/StatePalette.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

#include <algorithm>

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

// Drawn once and then copied: a table shows a handful of different pills on many rows, and
// shaping their words and filling their rounded rectangles for every row was the biggest part
// of painting the Kind column (7.6 M of the 100 M instructions to the first paint of 1,000
// tokens; issue 18). Keyed by everything the drawing depends on, so that a new palette or font
// draws anew. `fill` invalid: the words alone, on the row's background ("…").
QPixmap wordsPixmap(const QString &text, const QColor &fill, const QColor &ink, const QFont &font,
                    const QString &fontKey, const QFontMetrics &metrics, int height, qreal ratio)
{
    const QChar separator(0x1f);
    const QString key = QLatin1String("td-pill") + separator + text + separator + fontKey
        + separator + QString::number(fill.isValid() ? fill.rgba() : 0, 16) + separator
        + QString::number(ink.rgba(), 16) + separator + QString::number(height) + separator
        + QString::number(ratio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    const QRect rect(
        0, 0, fill.isValid() ? pillWidth(metrics, text) : metrics.horizontalAdvance(text), height);
    pixmap = QPixmap(rect.size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (fill.isValid()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(rect, height / 2.0, height / 2.0);
    }
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

int widthOf(const QPixmap &pixmap)
{
    return qRound(pixmap.deviceIndependentSize().width());
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
    const QString fontKey = font.key();
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    const int right = option.rect.right() - kMargin;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap more; // "…", drawn when a pill follows
    int x = option.rect.left() + kMargin;
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const QColor fill = badgeColor(badges.at(i).tone, option.palette);
        const QPixmap pill = wordsPixmap(badges.at(i).text, fill, readableTextOn(fill), font,
                                         fontKey, metrics, height, ratio);
        const bool last = i == badges.size() - 1;
        if (!last && more.isNull())
            more = wordsPixmap(QStringLiteral("…"), QColor(), option.palette.color(QPalette::Text),
                               font, fontKey, metrics, height, ratio);
        const int reserve = last ? 0 : widthOf(more) + kGap;
        if (x + widthOf(pill) + reserve > right && !(last && x + widthOf(pill) <= right)) {
            // Cut at the cell's edge, as the words drawn into that room were.
            const int room = std::clamp(right - x, 0, widthOf(more));
            const qreal scale = more.devicePixelRatio();
            painter->drawPixmap(QRectF(x, top, room, height), more,
                                QRectF(0, 0, room * scale, height * scale));
            break;
        }
        painter->drawPixmap(x, top, pill);
        x += widthOf(pill) + kGap;
    }
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
