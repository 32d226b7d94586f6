// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration/RotationController.h"

#include "migration/MigrationDialog.h"

namespace td {

RotationController::RotationController(std::function<MigrationServices()> services,
                                       QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_dialogParent(dialogParent)
{ }

MigrationDialog *RotationController::rotate(const Token &token)
{
    return open(token);
}

MigrationDialog *RotationController::migrate()
{
    return open(std::nullopt);
}

MigrationDialog *RotationController::open(const std::optional<Token> &rotation)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new MigrationDialog(m_services(), m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (rotation)
        m_dialog->setRotation(*rotation);
    connect(m_dialog, &MigrationDialog::migrationFinished, this, &RotationController::finished);
    m_dialog->show();
    m_dialog->start();
    return m_dialog;
}

} // namespace td
