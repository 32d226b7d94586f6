// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/TokenActions.h"

#include "core/secrets/SecretStore.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/revoke/RevokeFlow.h"
#include "desktop/util/SecretClipboard.h"

#include <QPointer>

namespace td {

TokenActions::TokenActions(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{ }

RevokeFlow *TokenActions::revoke(const Token &token)
{
    auto *flow = new RevokeFlow(token, m_services.sync, m_services.window, m_services.openUrl);
    if (m_services.placesOf)
        flow->setReferences(m_services.placesOf(token), m_services.backupDir,
                            m_services.now ? m_services.now() : QDateTime::currentDateTimeUtc());
    connect(flow, &RevokeFlow::finished, this,
            [this, flow](const Token &gone, bool ok, const QString &message) {
                if (!ok) {
                    if (!message.isEmpty())
                        m_services.window->showNotice(
                            tr("'%1' was not revoked: %2").arg(gone.name, message),
                            NoticeKind::Error);
                    return;
                }
                // The registry confirmed: only now does the token go from TokenDesk.
                m_services.secrets->remove(SecretStore::tokenKey(gone.accountId, gone.key), this,
                                           [](Result<void>) {});
                const QString done = tr("'%1' was revoked.").arg(gone.name);
                // Revoked, but its lines stayed: that part is an error, and looks like one.
                m_services.window->showNotice(
                    message.isEmpty() ? done : done + QLatin1Char(' ') + message,
                    flow->referencesRemovalFailed() ? NoticeKind::Error : NoticeKind::Success);
                Q_EMIT revoked(gone);
            });
    flow->start();
    return flow;
}

void TokenActions::copy(const Token &token, std::chrono::seconds clearAfter)
{
    const QString name = token.name;
    const qint64 seconds = clearAfter.count();
    m_services.secrets->read(
        SecretStore::tokenKey(token.accountId, token.key), this,
        [this, name, seconds](Result<SecretBuffer> secret) {
            if (!secret) {
                m_services.window->showNotice(
                    tr("The secret of '%1' could not be read from the keychain: %2")
                        .arg(name, secret.error().oneLine()),
                    NoticeKind::Error);
                return;
            }
            m_services.clipboard->copy(secret.value());
            // The status bar counts down; the notice goes when the clipboard is cleared.
            const QString text
                = tr("'%1' copied; the clipboard is cleared in %n s.", nullptr, int(seconds))
                      .arg(name);
            m_services.window->showNotice(text, NoticeKind::Success);
            QPointer<MainWindow> window(m_services.window);
            connect(
                m_services.clipboard, &SecretClipboard::cleared, this,
                [window, text] {
                    if (window)
                        window->clearNotice(text);
                },
                Qt::SingleShotConnection);
        });
}

} // namespace td
