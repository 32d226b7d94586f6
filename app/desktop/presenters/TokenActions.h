// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/CredentialFinding.h"
#include "core/tokens/Token.h"
#include "desktop/util/UrlOpener.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

class QWidget;

namespace td {

class MainWindow;
class RevokeFlow;
class SecretClipboard;
class SecretStore;
class TokenSync;

// The details pane's Copy and Revoke on one token. Revoke runs a RevokeFlow (2FA as the registry
// asks) and reports through `revoked` only once the registry confirmed; Copy reads the secret
// from the keychain into the self-clearing clipboard.
class TokenActions : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        TokenSync *sync = nullptr;
        SecretStore *secrets = nullptr;
        SecretClipboard *clipboard = nullptr;
        MainWindow *window = nullptr; // notices; parent of the flows' dialogs
        UrlOpener openUrl;
        // Where a token is still written on this computer (the last usage scan), the folder for
        // backups of the files revoking edits, and the time for their names.
        std::function<QList<CredentialFinding>(const Token &)> placesOf;
        QString backupDir;
        std::function<QDateTime()> now;
    };
    explicit TokenActions(Services services, QObject *parent = nullptr);

    RevokeFlow *revoke(const Token &token);
    void copy(const Token &token, std::chrono::seconds clearAfter);

Q_SIGNALS:
    void revoked(const td::Token &token); // the registry confirmed

private:
    Services m_services;
};

} // namespace td
