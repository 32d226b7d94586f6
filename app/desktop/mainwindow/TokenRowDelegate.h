// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace td {

// Every cell of the token table: the row's background says its urgency (critical, high and
// expired rows are tinted, from the palette), a bypass-2FA token gets a red stripe at the start
// of its name, revoked rows are greyed, and a cell whose text is elided shows it whole as its
// tooltip. Reads only model roles; decides nothing.
class TokenRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static constexpr int kStripeWidth = 4;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    // The text the cell shows in full when it is hovered and elided (subclasses paint other text).
    virtual QString fullText(const QModelIndex &index) const;
    // The width the cell needs to show fullText() without eliding.
    virtual int neededWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace td
