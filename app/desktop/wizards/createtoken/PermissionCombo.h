// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"

#include <QComboBox>

namespace td {

// A combo box of npm permissions in the website's words; the data of each item is the
// Permission, so pages never compare texts.
class PermissionCombo : public QComboBox
{
    Q_OBJECT
public:
    PermissionCombo(const QList<Permission> &choices, QWidget *parent = nullptr);

    static QString label(Permission permission);
    Permission permission() const;
    void setPermission(Permission permission); // without emitting permissionChosen

Q_SIGNALS:
    void permissionChosen(td::Permission permission);
};

} // namespace td
