// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/TwoFactorPrompt.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace td {

// The second factor of the practice registry's demo user: tokendesk-sandbox tells its current
// one-time code (GET /-/sandbox/totp, loopback only), so trying TokenDesk needs no
// authenticator app. Used only for the sandbox TokenDesk started itself.
class PracticeCodePrompt final : public TwoFactorPrompt
{
public:
    PracticeCodePrompt(QNetworkAccessManager *network, QUrl sandbox, QString user,
                       QObject *context);

    void askForCode(const QString &reason, CodeAnswer answer) override;
    // The practice sign-in is by password and code: a browser page is never expected.
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;

private:
    QNetworkAccessManager *m_network;
    QUrl m_sandbox;
    QString m_user;
    QPointer<QObject> m_context;
};

} // namespace td
