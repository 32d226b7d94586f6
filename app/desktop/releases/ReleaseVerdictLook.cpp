// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/releases/ReleaseVerdictLook.h"

#include "core/watch/WatchReleaseModel.h"
#include "desktop/mainwindow/StatePalette.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace td {

namespace {
using watch::WatchReleaseModel;
using Level = watch::WatchVerdict::Level;

Urgency urgencyOf(Level level)
{
    switch (level) {
    case Level::Alarm:
        return Urgency::Critical;
    case Level::Notable:
        return Urgency::Warning;
    case Level::Expected:
        break;
    }
    return Urgency::Calm;
}

QIcon iconOf(Level level)
{
    QStyle *style = QApplication::style();
    switch (level) {
    case Level::Alarm:
        return QIcon::fromTheme(QStringLiteral("dialog-error"),
                                style->standardIcon(QStyle::SP_MessageBoxCritical));
    case Level::Notable:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                style->standardIcon(QStyle::SP_MessageBoxWarning));
    case Level::Expected:
        break;
    }
    return QIcon::fromTheme(QStringLiteral("emblem-ok-symbolic"),
                            style->standardIcon(QStyle::SP_DialogApplyButton));
}
} // namespace

QVariant ReleaseVerdictLook::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto level
        = Level(QIdentityProxyModel::data(index, WatchReleaseModel::LevelRole).toInt());
    const bool verdictColumn = index.column() == WatchReleaseModel::VerdictColumn;
    const QPalette palette = QApplication::palette();
    if (role == Qt::DecorationRole && verdictColumn)
        return iconOf(level);
    if (role == Qt::ForegroundRole && verdictColumn)
        return urgencyColor(urgencyOf(level), palette);
    if (role == Qt::BackgroundRole
        && QIdentityProxyModel::data(index, WatchReleaseModel::OpenAlarmRole).toBool())
        return urgencyRowTint(Urgency::Critical, palette);
    return QIdentityProxyModel::data(index, role);
}

} // namespace td
