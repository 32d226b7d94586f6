// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ci/CiConnectFlow.h"
#include "desktop/ci/RetiredClient.h"

#include "core/util/Error.h"

#include <QCoreApplication>

namespace td {

namespace {
// The services' errors end with what to do in the CLI ("tokendesk-cli ci login github"); here
// the user is in the dialog, so the advice is about the dialog.
QString inDialogWords(const Error &error)
{
    const char *hint = nullptr;
    switch (error.code) {
    case ErrorCode::E401:
        hint = QT_TRANSLATE_NOOP("td::CiConnectFlow",
                                 "Check that you pasted the whole token, or create a new one.");
        break;
    case ErrorCode::Cancelled:
        hint = QT_TRANSLATE_NOOP("td::CiConnectFlow",
                                 "Start again and choose Authorize if you meant to connect.");
        break;
    case ErrorCode::Timeout:
        hint = QT_TRANSLATE_NOOP("td::CiConnectFlow", "Start again for a new code.");
        break;
    default:
        break;
    }
    if (!error.hint.contains(QLatin1String("tokendesk-cli"))
        && !error.message.contains(QLatin1String("tokendesk-cli")))
        return error.oneLine();
    const QString advice
        = hint ? QCoreApplication::translate("td::CiConnectFlow", hint) : QString();
    return advice.isEmpty() ? error.message : error.message + QLatin1Char(' ') + advice;
}
} // namespace

CiConnectFlow::CiConnectFlow(CiConnectServices services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{ }

CiConnectFlow::~CiConnectFlow()
{
    cancel();
}

int CiConnectFlow::begin()
{
    cancel();
    m_busy = true;
    return ++m_attempt;
}

void CiConnectFlow::cancel()
{
    if (m_cancelDevice)
        std::exchange(m_cancelDevice, {})();
    m_busy = false;
    ++m_attempt;
    // The client may be inside its own callback: it goes on the next turn of the event loop.
    if (m_client) {
        std::vector<std::unique_ptr<CiSecretClient>> gone;
        gone.push_back(std::move(m_client));
        deleteClientsLater(std::move(gone));
    }
}

void CiConnectFlow::connectWithToken(const CiAccount &draft, SecretBuffer token)
{
    const int attempt = begin();
    // What people paste often carries a newline or spaces from the page they copied it from.
    auto credential = std::make_shared<const SecretBuffer>(token.view().trimmed());
    token.clear();
    if (credential->isEmpty())
        return fail(attempt, tr("Paste the %1 token first.").arg(ciProviderLabel(draft.provider)));
    check(draft, std::move(credential), attempt);
}

void CiConnectFlow::connectWithGitHubCli(const CiAccount &draft)
{
    const int attempt = begin();
    if (!m_services.ghToken)
        return fail(attempt, tr("The GitHub CLI is not available here."));
    Q_EMIT progress(tr("Asking the GitHub CLI for its sign-in…"));
    QPointer<CiConnectFlow> self(this);
    m_services.ghToken(draft.host,
                       [self, draft, attempt](Result<CiConnectServices::Credential> token) {
                           if (!self || !self->current(attempt))
                               return;
                           if (!token)
                               return self->fail(attempt, inDialogWords(token.error()));
                           self->check(draft, token.value(), attempt);
                       });
}

void CiConnectFlow::startDeviceFlow(const CiAccount &draft)
{
    const int attempt = begin();
    if (!m_services.deviceFlow)
        return fail(attempt,
                    tr("%1 offers no browser sign-in here: paste a token instead.")
                        .arg(ciProviderLabel(draft.provider)));
    Q_EMIT progress(tr("Asking %1 for a sign-in code…").arg(ciProviderLabel(draft.provider)));
    QPointer<CiConnectFlow> self(this);
    m_cancelDevice = m_services.deviceFlow(
        draft,
        [self, attempt, draft](const QString &userCode, const QUrl &uri) {
            if (!self || !self->current(attempt))
                return;
            Q_EMIT self->codeReady(userCode, uri);
            Q_EMIT self->progress(tr("Waiting for you to enter the code on %1…")
                                      .arg(uri.host().isEmpty() ? uri.toString() : uri.host()));
        },
        [self, attempt, draft](Result<CiConnectServices::Credential> token) {
            if (!self || !self->current(attempt))
                return;
            self->m_cancelDevice = {};
            if (!token)
                return self->fail(attempt, inDialogWords(token.error()));
            self->check(draft, token.value(), attempt);
        });
}

void CiConnectFlow::check(const CiAccount &draft, CiConnectServices::Credential credential,
                          int attempt)
{
    Q_EMIT progress(tr("Checking who the credential belongs to…"));
    m_client = m_services.makeClient ? m_services.makeClient(draft, credential) : nullptr;
    if (!m_client)
        return fail(attempt,
                    tr("TokenDesk cannot talk to %1 yet: this build has no client for it.")
                        .arg(ciProviderLabel(draft.provider)));
    QPointer<CiConnectFlow> self(this);
    m_client->whoami([self, draft, credential, attempt](Result<QString> who) {
        if (!self || !self->current(attempt))
            return;
        if (!who)
            return self->fail(attempt, inDialogWords(who.error()));
        CiAccount account = draft;
        account.login = who.value();
        Q_EMIT self->progress(tr("Saving the credential in your keychain…"));
        self->m_services.save(account, credential, [self, account, attempt](Result<void> saved) {
            if (!self || !self->current(attempt))
                return;
            if (!saved)
                return self->fail(attempt, inDialogWords(saved.error()));
            self->m_busy = false;
            Q_EMIT self->connected(account);
        });
    });
}

void CiConnectFlow::fail(int attempt, const QString &message)
{
    if (attempt != m_attempt)
        return;
    m_busy = false;
    Q_EMIT failed(message);
}

} // namespace td
