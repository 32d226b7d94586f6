// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/tokens/Token.h"
#include "desktop/presenters/LauncherServices.h"
#include "desktop/settings/AppSettings.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace td {

class NewTokenWizard;
class SessionExpiryNotice;
class SessionManager;
class SettingsDialog;
class SignInDialog;
class TrustWizard;
namespace watch {
class WatchService;
} // namespace watch

// Opens the app's dialogs and wizards — sign-in, new token, settings, trusted publishing — one
// of each at a time (a second request raises the open one), non-modal, deleted on close. What
// they produce goes out as signals; the composition root decides what it means.
class DialogLauncher : public QObject
{
    Q_OBJECT
public:
    struct Services : LauncherServices
    {
        SessionManager *sessions = nullptr;
        SessionExpiryNotice *sessionNotice = nullptr;
        QUrl defaultRegistry;
        std::function<std::optional<Account>()> currentAccount;
        std::function<AppSettings()> settings;
    };
    explicit DialogLauncher(Services services, QObject *parent = nullptr);

    void openSignIn();
    void openNewTokenWizard();
    void openSettings();
    void openTrustWizard();
    // The running publish watch whose budget the settings show (null: none yet).
    void setWatchService(watch::WatchService *service) { m_watch = service; }

    SignInDialog *signInDialog() const;
    NewTokenWizard *newTokenWizard() const;
    SettingsDialog *settingsDialog() const;
    TrustWizard *trustWizard() const;

Q_SIGNALS:
    void signedIn(const td::Account &account);
    void tokenCreated(const QString &accountId, const td::Token &token);
    // A dialog wrote a token of this account into a file: "used on this machine" changed.
    void referenceWritten(const QString &accountId);
    void settingsChosen(const td::AppSettings &settings);
    // The trust wizard's clean-up: these packages publish through OIDC now.
    void trustCleanupRequested(const QString &accountId, const QStringList &packages);

private:
    void raise(QWidget *dialog) const;

    Services m_services;
    QPointer<SignInDialog> m_signIn;
    QPointer<NewTokenWizard> m_wizard;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<TrustWizard> m_trustWizard;
    watch::WatchService *m_watch = nullptr;
};

} // namespace td
