// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"
#include "desktop/migration/MigrationDialog.h" // QPointer<MigrationDialog> needs the complete type
#include "desktop/migration/MigrationServices.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace td {

// The one entry point for "Rotate" (dashboard details pane, tray notification) and "Migrate…":
// each opens the migration dialog (non-modal, deleted on close). Rotation is a one-row plan: a
// new token with the same grants and a fresh expiry, every .npmrc reference updated, verified,
// the old token revoked. Only one dialog at a time: a second request raises the open one.
class RotationController : public QObject
{
    Q_OBJECT
public:
    // `services` is asked each time, so it always reflects the signed-in account.
    RotationController(std::function<MigrationServices()> services, QWidget *dialogParent,
                       QObject *parent = nullptr);

    MigrationDialog *rotate(const Token &token);
    MigrationDialog *migrate();
    // After trusted publishing: revoke or narrow the write tokens `packages` no longer need.
    MigrationDialog *cleanUpAfterTrustedPublishing(const QList<Token> &accountTokens,
                                                   const QStringList &packages);
    MigrationDialog *openDialog() const { return m_dialog; }

Q_SIGNALS:
    // A run ended; the app refreshes its token list (keys changed).
    void finished(bool completed);
    void projectFoldersChanged(const QStringList &folders);

private:
    MigrationDialog *open(const std::function<void(MigrationDialog *)> &setUp);

    std::function<MigrationServices()> m_services;
    QWidget *m_dialogParent;
    QPointer<MigrationDialog> m_dialog;
};

} // namespace td
