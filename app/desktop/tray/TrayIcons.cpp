// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayIcons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace td {

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/tokendesk.svg"));
}

QIcon trayIcon(TrayState state)
{
    switch (state) {
    case TrayState::Ok:
        return QIcon(QStringLiteral(":/icons/tray-ok.svg"));
    case TrayState::Warning:
        return QIcon(QStringLiteral(":/icons/tray-warning.svg"));
    case TrayState::Critical:
        return QIcon(QStringLiteral(":/icons/tray-critical.svg"));
    }
    return appIcon();
}

QIcon withBadge(const QIcon &icon, int count)
{
    if (count <= 0)
        return icon;
    constexpr int kSize = 64;
    QPixmap pixmap = icon.pixmap(kSize, kSize);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = QGuiApplication::palette();
    const QRectF badge(kSize * 0.45, 0, kSize * 0.55, kSize * 0.55);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(badge.height() * (count > 9 ? 0.5 : 0.7)));
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::HighlightedText));
    painter.drawText(badge, Qt::AlignCenter,
                     count > 99 ? QStringLiteral("99+") : QString::number(count));
    painter.end();
    return QIcon(pixmap);
}

} // namespace td
