// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/StatePalette.h"

namespace td {

QColor stateColor(ExpiryState state)
{
    switch (state) {
    case ExpiryState::NoExpiry:
        return QColor(0x78, 0x90, 0x9c);
    case ExpiryState::Healthy:
        return QColor(0x2e, 0x7d, 0x32);
    case ExpiryState::ExpiringSoon:
        return QColor(0xf9, 0xa8, 0x25);
    case ExpiryState::Critical:
        return QColor(0xe6, 0x51, 0x00);
    case ExpiryState::Expired:
        return QColor(0xc6, 0x28, 0x28);
    case ExpiryState::Revoked:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return QColor(Qt::gray);
}

QColor verdictColor(PublishVerdict verdict)
{
    switch (verdict) {
    case PublishVerdict::Ready:
        return stateColor(ExpiryState::Healthy);
    case PublishVerdict::AtRisk:
        return stateColor(ExpiryState::Critical);
    case PublishVerdict::NoPath:
        return stateColor(ExpiryState::Expired);
    case PublishVerdict::Unknown:
        return stateColor(ExpiryState::NoExpiry);
    }
    return QColor(Qt::gray);
}

} // namespace td
