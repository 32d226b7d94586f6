// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/mainwindow/TokenRowDelegate.h"

namespace td {

// The Kind column as npmjs.com shows it: a row of coloured pills from the model's KindBadgesRole
// ("granular" "read-write" "bypasses 2FA" "ends Jan 2027"). Every pill carries its words; the
// colour (from the palette, text at 4.5:1 contrast) only repeats them. Pills that do not fit
// give way to "…", and the tooltip then lists them all.
class KindBadgeDelegate : public TokenRowDelegate
{
    Q_OBJECT
public:
    using TokenRowDelegate::TokenRowDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    QString fullText(const QModelIndex &index) const override;
    int neededWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace td
