// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/PermissionCombo.h"

#include <QSignalBlocker>

namespace td {

PermissionCombo::PermissionCombo(const QList<Permission> &choices, QWidget *parent)
    : QComboBox(parent)
{
    for (const Permission permission : choices)
        addItem(label(permission), int(permission));
    connect(this, &QComboBox::activated, this,
            [this](int) { Q_EMIT permissionChosen(permission()); });
}

QString PermissionCombo::label(Permission permission)
{
    switch (permission) {
    case Permission::NoAccess:
        return tr("No access");
    case Permission::ReadOnly:
        return tr("Read-only");
    case Permission::ReadWrite:
        return tr("Read and write");
    case Permission::ReadWriteStageOnly:
        return tr("Read and write (stage only)");
    }
    return {};
}

Permission PermissionCombo::permission() const
{
    return Permission(currentData().toInt());
}

void PermissionCombo::setPermission(Permission permission)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(int(permission)));
}

} // namespace td
