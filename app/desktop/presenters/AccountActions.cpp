// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/AccountActions.h"

#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/account/TokenExpiryEntry.h"
#include "core/tokenlist/TokenCache.h"
#include "desktop/details/TokenExpiryDialog.h"
#include "desktop/mainwindow/MainWindow.h"

#include <QMessageBox>
#include <QPushButton>

namespace td {

AccountActions::AccountActions(Services services, QObject *parent)
    : QObject(parent), m_services(services)
{ }

QString AccountActions::describe(const QString &accountId) const
{
    const auto account = m_services.accounts->find(accountId);
    return account ? account->user + QLatin1Char('@') + account->registry.host() : accountId;
}

void AccountActions::signOut(const QString &accountId)
{
    if (accountId.isEmpty())
        return;
    const QString who = describe(accountId);
    m_services.sessions->signOut(accountId, this, [this, accountId, who](Result<void> done) {
        if (!done) {
            m_services.window->showNotice(
                tr("%1 was not signed out: %2").arg(who, done.error().oneLine()),
                NoticeKind::Error);
            return;
        }
        m_services.window->showNotice(
            tr("Signed out of %1. The cached token list stays; sign in again to manage tokens.")
                .arg(who),
            NoticeKind::Success);
        Q_EMIT signedOut(accountId);
    });
}

QMessageBox *AccountActions::confirmRemove(const QString &accountId)
{
    if (accountId.isEmpty())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove account"),
                                tr("Remove %1 from TokenDesk?").arg(describe(accountId)),
                                QMessageBox::Cancel, m_services.window);
    box->setObjectName(QStringLiteral("removeAccountConfirmation"));
    box->setInformativeText(
        tr("TokenDesk signs out, then forgets the account and its cached token list on this "
           "computer. The tokens stay on npm and their secrets stay in your keychain; revoke "
           "them on npm if you no longer need them."));
    QPushButton *remove = box->addButton(tr("&Remove account"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveAccount"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, accountId, remove](QAbstractButton *clicked) {
                if (clicked == remove)
                    this->remove(accountId);
            });
    m_confirmation = box;
    box->open();
    return box;
}

void AccountActions::remove(const QString &accountId)
{
    const QString who = describe(accountId);
    m_services.sessions->signOut(accountId, this, [this, accountId, who](Result<void> done) {
        // A registry that cannot be reached does not keep the account: the session is gone from
        // the keychain either way unless the keychain itself refused, which is said.
        if (!done && done.error().code != ErrorCode::NotFound) {
            m_services.window->showNotice(
                tr("%1 was not removed: %2").arg(who, done.error().oneLine()), NoticeKind::Error);
            return;
        }
        AccountStore *accounts = m_services.accounts;
        if (const auto loaded = accounts->load(); !loaded) {
            m_services.window->showNotice(loaded.error().oneLine(), NoticeKind::Error);
            return;
        }
        accounts->remove(accountId);
        if (const auto saved = accounts->save(); !saved) {
            m_services.window->showNotice(saved.error().oneLine(), NoticeKind::Error);
            return;
        }
        if (m_services.cache)
            (void)m_services.cache->remove(accountId); // only a cache: a leftover is harmless
        m_services.window->showNotice(tr("%1 was removed from TokenDesk.").arg(who),
                                      NoticeKind::Success);
        Q_EMIT removed(accountId);
    });
}

TokenExpiryDialog *AccountActions::openTokenExpiryDialog(const QString &accountId,
                                                         const QDate &today)
{
    const auto account = m_services.accounts->find(accountId);
    if (!account)
        return nullptr;
    auto *dialog = new TokenExpiryDialog(describe(accountId), today,
                                         tokenMayNeverExpire(account->registryKind()),
                                         account->credentialExpiry, m_services.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, accountId] {
        const QString who = describe(accountId);
        if (const auto stored
            = storeUserEnteredExpiry(*m_services.accounts, accountId, dialog->chosen());
            !stored) {
            m_services.window->showNotice(
                tr("The token expiry of %1 was not saved: %2").arg(who, stored.error().oneLine()),
                NoticeKind::Error);
            return;
        }
        Q_EMIT tokenExpiryEntered(accountId);
    });
    dialog->open();
    return dialog;
}

} // namespace td
