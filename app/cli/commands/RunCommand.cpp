// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunCommand.h"

#include "cli/ArgReader.h"

#include "LoginSupport.h"
#include "RunCommandEnvironment.h"
#include "TokenCommandRevoke.h"
#include "cli/CliContext.h"

namespace td::cli {

QString RunCommand::summary()
{
    return tr("run a command with a stored token in NODE_AUTH_TOKEN / NPM_TOKEN");
}

void RunCommand::run(const QStringList &arguments, CliContext &context)
{
    // Reading stops at the program (or "--"): what follows is the program's own arguments.
    ArgReader reader(QStringLiteral("run"),
                     {{QStringLiteral("--token"), ArgReader::Value, false,
                       tr("--token needs a token ID (see 'tokendesk-cli token list')")}});
    reader.setStopAtPositional(true);
    if (!reader.read(arguments)) {
        context.fail(reader.error());
        return Q_EMIT finished(1);
    }
    m_tokenId = reader.value(QStringLiteral("--token"));
    m_command = reader.afterDashes();
    if (m_command.isEmpty()) {
        context.fail(tr("run needs a command: tokendesk-cli run -- npm publish"));
        return Q_EMIT finished(1);
    }
    m_services = new LoginServices(context, this);
    Result<Account> account = m_services->currentAccount();
    if (!account) {
        context.fail(account.error());
        return Q_EMIT finished(1);
    }
    m_account = account.value();
    if (m_tokenId.isEmpty())
        return resolveFromList(context);
    // A full key needs no session: the keychain entry is named by it. Prefixes need the list.
    m_services->secrets().read(SecretStore::tokenKey(m_account.id, m_tokenId), this,
                               [this, &context](Result<SecretBuffer> secret) {
                                   if (secret)
                                       return start(context, std::move(secret).value());
                                   resolveFromList(context);
                               });
}

// Which tokens exist (and which are alive) only the registry knows: list them with the session.
void RunCommand::resolveFromList(CliContext &context)
{
    m_services->withSignedInClient(
        [this, &context](Result<void> authorized, const Account &account, RegistryClient *client) {
            if (!authorized) {
                m_services->reportFailure(account, authorized.error());
                return Q_EMIT finished(1);
            }
            client->listTokens(this, [this, &context, account](Result<TokenPage> page) {
                if (!page) {
                    m_services->reportFailure(account, page.error());
                    return Q_EMIT finished(1);
                }
                if (!m_tokenId.isEmpty()) {
                    const Result<QStringList> keys
                        = TokenRevokeCommand::keysForIds(page.value().tokens, {m_tokenId});
                    if (!keys) {
                        context.fail(keys.error().message);
                        return Q_EMIT finished(1);
                    }
                    for (const Token &t : page.value().tokens)
                        if (t.key == keys.value().constFirst())
                            return tryCandidate(context, {t}, true);
                }
                const QList<Token> candidates
                    = runCandidates(page.value().tokens, m_services->clock().now());
                if (candidates.isEmpty()) {
                    context.fail(tr("%1 has no active token. Create one with 'tokendesk-cli token "
                                    "create'.")
                                     .arg(account.user));
                    return Q_EMIT finished(1);
                }
                tryCandidate(context, candidates, false);
            });
        });
}

// Newest first, the first one whose secret this keychain holds (others were made elsewhere).
void RunCommand::tryCandidate(CliContext &context, QList<Token> candidates, bool chosen)
{
    if (candidates.isEmpty()) {
        context.fail(tr("none of %1's active tokens is in this keychain. Create one with "
                        "'tokendesk-cli token create', or pick one with --token.")
                         .arg(m_account.user));
        return Q_EMIT finished(1);
    }
    const Token token = candidates.takeFirst();
    m_services->secrets().read(
        SecretStore::tokenKey(m_account.id, token.key), this,
        [this, &context, candidates, chosen, token](Result<SecretBuffer> secret) {
            if (secret)
                return start(context, std::move(secret).value());
            if (chosen) {
                context.fail(tr("token '%1' (%2) is not in this keychain: its secret was never "
                                "stored here.")
                                 .arg(token.name, token.key));
                return Q_EMIT finished(1);
            }
            tryCandidate(context, candidates, false);
        });
}

void RunCommand::start(CliContext &context, SecretBuffer token)
{
    m_child = new QProcess(this);
    // The child owns the terminal: its output, its prompts (npm asks for an OTP there) and
    // its input are the user's, untouched by us.
    m_child->setProcessChannelMode(QProcess::ForwardedChannels);
    m_child->setInputChannelMode(QProcess::ForwardedInputChannel);
    m_child->setProcessEnvironment(
        runEnvironment(QProcessEnvironment::systemEnvironment(), m_account.registry, token));
    token.clear();
    connect(m_child, &QProcess::errorOccurred, this, [this, &context](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        context.fail(
            tr("run: cannot start '%1': %2").arg(m_command.constFirst(), m_child->errorString()));
        Q_EMIT finished(1);
    });
    connect(m_child, &QProcess::finished, this,
            [this, &context](int exitCode, QProcess::ExitStatus status) {
                if (status == QProcess::CrashExit) {
                    context.fail(tr("run: '%1' ended abnormally").arg(m_command.constFirst()));
                    return Q_EMIT finished(1);
                }
                Q_EMIT finished(exitCode);
            });
    m_child->start(m_command.constFirst(), m_command.mid(1));
}

} // namespace td::cli
