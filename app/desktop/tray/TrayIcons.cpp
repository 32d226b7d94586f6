// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/tray/TrayIcons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace td {

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/tokendesk.svg"));
}

QString trayIconThemeName(TrayState state)
{
    switch (state) {
    case TrayState::Ok:
        return QStringLiteral("tokendesk-tray-ok-symbolic");
    case TrayState::Warning:
        return QStringLiteral("tokendesk-tray-warning-symbolic");
    case TrayState::Critical:
        return QStringLiteral("tokendesk-tray-critical-symbolic");
    }
    return QStringLiteral("tokendesk-tray-ok-symbolic");
}

namespace {
QString fallbackPath(TrayState state)
{
    switch (state) {
    case TrayState::Ok:
        return QStringLiteral(":/icons/tray-ok-symbolic.svg");
    case TrayState::Warning:
        return QStringLiteral(":/icons/tray-warning-symbolic.svg");
    case TrayState::Critical:
        return QStringLiteral(":/icons/tray-critical-symbolic.svg");
    }
    return QStringLiteral(":/icons/tray-ok-symbolic.svg");
}

// The one-colour SVG painted in `colour` at the sizes panels ask for.
QIcon tinted(const QString &path, const QColor &colour)
{
    const QIcon source(path);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = source.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QIcon trayIcon(TrayState state, const QColor &colour)
{
    return QIcon::fromTheme(trayIconThemeName(state), tinted(fallbackPath(state), colour));
}

QIcon trayIcon(TrayState state)
{
    return trayIcon(state, QGuiApplication::palette().color(QPalette::WindowText));
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
