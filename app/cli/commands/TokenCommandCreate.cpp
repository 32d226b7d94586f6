// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommandCreate.h"

#include "LoginSupport.h"
#include "TokenCommandCreateFlags.h"
#include "TokenCommandCreateOutput.h"
#include "cli/CliContext.h"
#include "core/creation/TokenCreationService.h"

namespace td::cli {

namespace {
// The password as piped in, without the line end `echo` or a file adds.
SecretBuffer readPassword(QIODevice *in)
{
    QByteArray all = in ? in->readAll() : QByteArray();
    qsizetype end = all.size();
    while (end > 0 && (all.at(end - 1) == '\n' || all.at(end - 1) == '\r'))
        --end;
    SecretBuffer password{QByteArrayView(all.constData(), end)};
    all.fill('\0');
    return password;
}
} // namespace

void RepeatedCodePrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    if (m_code.isEmpty())
        return m_terminal.askForCode(reason, std::move(answer));
    answer(SecretBuffer(m_code.view()));
}

void RepeatedCodePrompt::showApprovalPage(const QUrl &url, Purpose purpose,
                                          std::function<void()> cancel)
{
    m_terminal.showApprovalPage(url, purpose, std::move(cancel));
}

void RepeatedCodePrompt::approvalFinished()
{
    m_terminal.approvalFinished();
}

TokenCreateCommand::TokenCreateCommand(QObject *parent) : Command(parent), m_draft(m_clock) { }

QString TokenCreateCommand::summary()
{
    return tr("create a granular token with npm's flags; it goes into your keychain");
}

void TokenCreateCommand::run(const QStringList &arguments, CliContext &context)
{
    TokenCreateOptions options;
    // Flags are checked before anything is read or sent: a mistake costs no password and no OTP.
    if (const QString problem = applyTokenCreateFlags(arguments, m_draft, options);
        !problem.isEmpty()) {
        context.fail(problem);
        return Q_EMIT finished(1);
    }
    if (!options.passwordStdin) {
        context.fail(tr("token create needs your npm password: pipe it to standard input and add "
                        "--password-stdin"));
        return Q_EMIT finished(1);
    }
    auto password = std::make_shared<SecretBuffer>(readPassword(context.inDevice));
    if (password->isEmpty()) {
        context.fail(tr("--password-stdin: standard input held no password"));
        return Q_EMIT finished(1);
    }

    m_services = new LoginServices(context, this);
    // As npm: a given --otp forces the code path; otherwise the registry may offer the browser
    // flow, and a plain code challenge is answered on the terminal.
    const auto authType
        = options.otp.isEmpty() ? RegistryClient::AuthType::Web : RegistryClient::AuthType::Legacy;
    m_prompt = std::make_unique<RepeatedCodePrompt>(m_services->prompt(),
                                                    SecretBuffer::fromString(options.otp));
    m_services->withSignedInClient([this, &context, password, authType](Result<void> authorized,
                                                                        const Account &account,
                                                                        RegistryClient *client) {
        if (!authorized) {
            m_services->reportFailure(account, authorized.error());
            return Q_EMIT finished(1);
        }
        auto *service = new TokenCreationService(client, &m_services->secrets(), account.id, this);
        service->create(m_draft, std::move(*password), m_prompt.get(), authType, this,
                        [this, &context, account, client](Result<TokenCreation> created) {
                            if (!created && created.error().code == ErrorCode::ENEEDAUTH)
                                return explainUnauthorized(context, account, client,
                                                           created.error());
                            if (!created) {
                                m_services->reportFailure(account, created.error());
                                return Q_EMIT finished(1);
                            }
                            printCreatedToken(created.value(), context);
                            Q_EMIT finished(0);
                        });
    });
}

// A 401 to a request that carried the password is read as "session ended" by the registry client,
// but a mistyped password causes it too. Whoami tells them apart: only a dead session may sign
// the user out (for both programs); a wrong password is just reported.
void TokenCreateCommand::explainUnauthorized(CliContext &context, const Account &account,
                                             RegistryClient *client, const Error &error)
{
    client->whoami(this, [this, &context, account, error](Result<QString> user) {
        if (!user) {
            m_services->reportFailure(account, error);
            return Q_EMIT finished(1);
        }
        context.fail(makeError(ErrorCode::E401, tr("Incorrect or missing password."),
                               tr("Your session is still valid; check the password and try "
                                  "again.")));
        Q_EMIT finished(1);
    });
}

} // namespace td::cli
