// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommandRevoke.h"

#include "cli/ArgReader.h"

#include "LoginSupport.h"
#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace td::cli {

QString TokenRevokeCommand::summary()
{
    return tr("revoke tokens by ID (a unique key prefix, as in 'token list')");
}

Result<QStringList> TokenRevokeCommand::keysForIds(const QList<Token> &tokens,
                                                   const QStringList &ids)
{
    QStringList keys;
    for (const QString &id : ids) {
        QStringList matches;
        for (const Token &t : tokens)
            if (t.key == id) { // a full key is never ambiguous, even if it prefixes another
                matches = QStringList{t.key};
                break;
            } else if (!id.isEmpty() && t.key.startsWith(id)) {
                matches.append(t.key);
            }
        if (matches.size() > 1)
            return makeError(ErrorCode::InvalidInput,
                             tr("Token ID \"%1\" was ambiguous, a new token may have been created "
                                "since you last ran `tokendesk-cli token list`.")
                                 .arg(id));
        if (matches.isEmpty())
            return makeError(ErrorCode::E404, tr("Unknown token id or value \"%1\".").arg(id));
        if (!keys.contains(matches.constFirst()))
            keys.append(matches.constFirst());
    }
    return keys;
}

void TokenRevokeCommand::run(const QStringList &arguments, CliContext &context)
{
    ArgReader reader(QStringLiteral("token revoke"), {{QStringLiteral("--otp"), ArgReader::Value}});
    if (!reader.read(arguments)) {
        context.fail(reader.error());
        return Q_EMIT finished(1);
    }
    const QStringList ids = reader.positionals() + reader.afterDashes();
    m_otp = reader.value(QStringLiteral("--otp"));
    const QString otp = m_otp;
    if (ids.isEmpty()) {
        context.fail(tr("token revoke needs the ID of a token; 'tokendesk-cli token list' shows "
                        "them"));
        return Q_EMIT finished(1);
    }
    m_services = new LoginServices(context, this);
    m_services->withSignedInClient([this, &context, ids, otp](Result<void> authorized,
                                                              const Account &account,
                                                              RegistryClient *client) {
        if (!authorized) {
            m_services->reportFailure(account, authorized.error());
            return Q_EMIT finished(1);
        }
        client->setAuthType(otp.isEmpty() ? RegistryClient::AuthType::Web
                                          : RegistryClient::AuthType::Legacy);
        client->listTokens(this, [this, &context, ids, account, client](Result<TokenPage> page) {
            if (!page) {
                m_services->reportFailure(account, page.error());
                return Q_EMIT finished(1);
            }
            Result<QStringList> keys = keysForIds(page.value().tokens, ids);
            if (!keys) {
                context.fail(keys.error().message);
                return Q_EMIT finished(1);
            }
            m_pending = keys.value();
            m_account = account;
            m_client = client;
            revokeNext(context);
        });
    });
}

// One DELETE after another, as npm does, so one 2FA answer is asked for at a time.
void TokenRevokeCommand::revokeNext(CliContext &context)
{
    if (m_pending.isEmpty()) {
        if (context.json)
            context.out << QJsonDocument(QJsonArray::fromStringList(m_removed))
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        else
            context.out << QCoreApplication::translate("td::cli::TokenRevokeCommand",
                                                       "Removed %n token(s)", nullptr,
                                                       int(m_removed.size()))
                        << '\n';
        context.out.flush();
        return Q_EMIT finished(0);
    }
    const QString key = m_pending.takeFirst();
    // The prompt hands a preset code out once; each DELETE may be challenged on its own.
    if (!m_otp.isEmpty())
        m_services->prompt().setPresetCode(SecretBuffer::fromString(m_otp));
    m_client->revokeToken(key, this, [this, &context, key](Result<void> revoked) {
        if (!revoked) {
            if (!m_removed.isEmpty())
                context.err << tr("Removed %1 token(s) before this failure.").arg(m_removed.size())
                            << '\n';
            m_services->reportFailure(m_account, revoked.error());
            return Q_EMIT finished(1);
        }
        m_removed.append(key);
        // The keychain copy is dead now; "not found" (created elsewhere) is fine.
        m_services->secrets().remove(SecretStore::tokenKey(m_account.id, key), this,
                                     [this, &context](Result<void>) { revokeNext(context); });
    });
}

} // namespace td::cli
