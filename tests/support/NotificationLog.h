// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace td::test {

// The notifications this process sent that tests/support/fake_notifyd.py recorded so far, whose
// body contains `needle` (every one for an empty needle), oldest first. Other tests running at
// the same time share the server and its log; their notifications are not listed.
QList<QJsonObject> notificationsWith(const QString &needle = {});

// Presses a notification's button the way a desktop does when the user clicks it: the fake
// server emits ActionInvoked(id, key). "default" is a click on the bubble itself.
void pressNotificationButton(uint notificationId, const QString &key);

} // namespace td::test
