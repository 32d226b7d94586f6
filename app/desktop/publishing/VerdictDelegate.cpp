// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/publishing/VerdictDelegate.h"

#include "desktop/mainwindow/StatePalette.h"
#include "desktop/publishing/PublishingModel.h"

#include <QApplication>
#include <QStyle>

namespace td {

namespace {
QStyle::StandardPixmap verdictIcon(PublishVerdict verdict)
{
    switch (verdict) {
    case PublishVerdict::Ready:
        return QStyle::SP_DialogApplyButton;
    case PublishVerdict::AtRisk:
        return QStyle::SP_MessageBoxWarning;
    case PublishVerdict::NoPath:
        return QStyle::SP_MessageBoxCritical;
    case PublishVerdict::Unknown:
        return QStyle::SP_MessageBoxQuestion;
    }
    return QStyle::SP_MessageBoxQuestion;
}
} // namespace

void VerdictDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant raw = index.data(PublishingModel::VerdictRole);
    if (!raw.isValid())
        return;
    const auto verdict = PublishVerdict(raw.toInt());
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = style->standardIcon(verdictIcon(verdict), nullptr, option->widget);
    option->decorationSize = QSize(16, 16);
    const QColor colour = verdictColor(verdict);
    option->palette.setColor(QPalette::Text, colour);
    option->font.setBold(verdict != PublishVerdict::Ready);
}

} // namespace td
