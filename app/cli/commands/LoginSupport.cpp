// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginSupport.h"

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QFile>

namespace td::cli {

void TerminalPrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    if (!m_preset.isEmpty()) {
        SecretBuffer code = std::move(m_preset);
        return answer(std::move(code));
    }
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return answer(makeError(
            ErrorCode::EOTP,
            QCoreApplication::translate("td::cli::Login",
                                        "This operation requires a one-time password, and there "
                                        "is no terminal to ask for it."),
            QCoreApplication::translate("td::cli::Login", "Run it again with --otp CODE.")));
    const QString question
        = reason + QLatin1Char('\n') + QCoreApplication::translate("td::cli::Login", "Enter OTP: ");
    tty.write(question.toUtf8());
    // The CLI may block here: it has nothing else to do until the user answers.
    QByteArray line = tty.readLine().trimmed();
    SecretBuffer code{QByteArrayView(line)};
    line.fill('\0');
    if (code.isEmpty())
        return answer(makeError(
            ErrorCode::Cancelled,
            QCoreApplication::translate("td::cli::Login", "No one-time password was entered.")));
    answer(std::move(code));
}

void TerminalPrompt::showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()>)
{
    const QString text = purpose == Purpose::SignIn
        ? QCoreApplication::translate("td::cli::Login", "Open this page to sign in:")
        : QCoreApplication::translate("td::cli::Login", "Approve this operation in your browser:");
    m_context.err << text << ' ' << url.toString(QUrl::FullyEncoded) << '\n'
                  << QCoreApplication::translate("td::cli::Login",
                                                 "Waiting for the approval… (Ctrl+C to cancel)")
                  << Qt::endl;
    if (purpose == Purpose::ApproveBatch)
        m_context.err << QCoreApplication::translate(
            "td::cli::Login",
            "Tick \"Skip two-factor authentication for the next 5 minutes\" on that page: then "
            "this one approval covers every change in this batch.")
                      << Qt::endl;
}

LoginServices::LoginServices(CliContext &context, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_secrets(QStringLiteral("tokendesk")),
      m_sessions(&m_nam, &m_secrets, &m_accounts, m_clock),
      m_prompt(context)
{
    m_sessions.setTransportOptions(withTimeoutSeconds({}, context.timeoutSeconds));
}

Result<Account> LoginServices::currentAccount()
{
    if (const auto loaded = m_accounts.load(); !loaded)
        return loaded.error();
    if (auto account = m_accounts.preferredFor(m_context.registry))
        return *account;
    return makeError(ErrorCode::ENEEDAUTH,
                     tr("You are not signed in to %1.").arg(m_context.registry.host()),
                     tr("Run 'tokendesk-cli login' first."));
}

void LoginServices::withSignedInClient(ClientReady ready)
{
    Result<Account> account = currentAccount();
    if (!account)
        return ready(account.error(), Account{}, nullptr);
    const Account current = account.value();
    // The connection (TCP, and TLS for https) needs no credential: it is made while the keychain
    // is read on its own thread, and the first request reuses it.
    if (current.registry.scheme() == QLatin1String("https"))
        m_nam.connectToHostEncrypted(current.registry.host(), quint16(current.registry.port(443)));
    else
        m_nam.connectToHost(current.registry.host(), quint16(current.registry.port(80)));
    RegistryClient *client = m_sessions.makeClient(current.registry, this);
    client->setTwoFactorPrompt(&m_prompt);
    m_sessions.authorize(*client, current.id, this,
                         [ready, current, client](Result<void> authorized) {
                             ready(std::move(authorized), current, client);
                         });
}

void LoginServices::reportFailure(const Account &account, const Error &error)
{
    if (error.code == ErrorCode::ENEEDAUTH && !account.id.isEmpty())
        m_sessions.sessionEnded(account.id);
    Error shown = error;
    if (error.code == ErrorCode::ENEEDAUTH)
        shown.hint = tr("Run 'tokendesk-cli login' to sign in again.");
    m_context.fail(shown);
}

} // namespace td::cli
