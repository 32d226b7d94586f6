// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox> // QPointer<QMessageBox> needs the complete type wherever this is included
#include <QObject>
#include <QPointer>

class QDate;

namespace td {

class AccountStore;
class MainWindow;
class SessionManager;
class TokenCache;
class TokenExpiryDialog;

// The Account menu: Sign out (ends the session on the registry and in the keychain; the account
// and its cached list stay) and Remove account… (asks first; then signs out, forgets the account
// and its cached list). Token secrets stay in the keychain: a token the registry created is
// never lost, and the user may still revoke it on npm. Set token expiry… (registries that do not
// say when their token ends) stores what the user enters through core.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        SessionManager *sessions = nullptr;
        AccountStore *accounts = nullptr;
        TokenCache *cache = nullptr;
        MainWindow *window = nullptr;
    };
    explicit AccountActions(Services services, QObject *parent = nullptr);

    void signOut(const QString &accountId);
    // The confirmation (open, not exec); Remove goes on only when the user says yes.
    QMessageBox *confirmRemove(const QString &accountId);
    QMessageBox *confirmation() const { return m_confirmation; }
    void remove(const QString &accountId);
    // Opens (open, not exec) the dialog for the account's token expiry; Save stores it with the
    // basis "user entered" and emits tokenExpiryEntered. Null for an account that is gone.
    TokenExpiryDialog *openTokenExpiryDialog(const QString &accountId, const QDate &today);

Q_SIGNALS:
    void signedOut(const QString &accountId);
    void removed(const QString &accountId);
    void tokenExpiryEntered(const QString &accountId);

private:
    QString describe(const QString &accountId) const;

    Services m_services;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace td
