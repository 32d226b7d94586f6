// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/mainwindow/TokenRowDelegate.h"

namespace td {

// Paints the "expires" cell: the countdown text over a thin bar whose length is the time left on
// a fixed 30-day scale and whose colour is the token's urgency (red under a day, orange under
// three, amber under seven, green beyond), so a long-lived token about to expire stands out as
// much as a short one. Expired tokens get a hatched bar and bold text; revoked ones no bar.
// Reads only model roles; decides nothing.
class ExpiryBarDelegate : public TokenRowDelegate
{
    Q_OBJECT
public:
    using TokenRowDelegate::TokenRowDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace td
