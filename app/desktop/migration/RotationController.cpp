// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/migration/RotationController.h"

#include "desktop/migration/MigrationDialog.h"

namespace td {

RotationController::RotationController(std::function<MigrationServices()> services,
                                       QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_dialogParent(dialogParent)
{ }

MigrationDialog *RotationController::rotate(const Token &token)
{
    return open([token](MigrationDialog *dialog) { dialog->setRotation(token); });
}

MigrationDialog *RotationController::migrate()
{
    return open({});
}

MigrationDialog *
RotationController::cleanUpAfterTrustedPublishing(const QList<Token> &accountTokens,
                                                  const QStringList &packages)
{
    return open([accountTokens, packages](MigrationDialog *dialog) {
        dialog->setTrustCleanup(accountTokens, packages);
    });
}

MigrationDialog *RotationController::open(const std::function<void(MigrationDialog *)> &setUp)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new MigrationDialog(m_services(), m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (setUp)
        setUp(m_dialog);
    connect(m_dialog, &MigrationDialog::migrationFinished, this, &RotationController::finished);
    connect(m_dialog, &MigrationDialog::projectFoldersChanged, this,
            &RotationController::projectFoldersChanged);
    m_dialog->show();
    m_dialog->start();
    return m_dialog;
}

} // namespace td
