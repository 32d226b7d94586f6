// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiCredentialStore.h"

#include "core/account/AccountStore.h"
#include "core/secrets/SecretStore.h"
#include "core/util/AtomicFile.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {
bool sameAccount(const CiAccount &a, CiProvider provider, const QString &host)
{
    return a.provider == provider && a.host.compare(host, Qt::CaseInsensitive) == 0;
}
} // namespace

QJsonObject ciAccountToJson(const CiAccount &account)
{
    return {{QStringLiteral("provider"), ciProviderId(account.provider)},
            {QStringLiteral("host"), account.host},
            {QStringLiteral("apiBase"), account.apiBase.toString()},
            {QStringLiteral("login"), account.login},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(account.scopes)}};
}

std::optional<CiAccount> ciAccountFromJson(const QJsonObject &object)
{
    const auto provider = ciProviderFromId(object.value(QStringLiteral("provider")).toString());
    const QString host = object.value(QStringLiteral("host")).toString();
    if (!provider || host.isEmpty())
        return std::nullopt;
    CiAccount account;
    account.provider = *provider;
    account.host = host.toLower();
    account.apiBase = QUrl(object.value(QStringLiteral("apiBase")).toString());
    account.login = object.value(QStringLiteral("login")).toString();
    for (const QJsonArray entries = object.value(QStringLiteral("scopes")).toArray();
         const QJsonValue &scope : entries)
        account.scopes.append(scope.toString());
    return account;
}

CiCredentialStore::CiCredentialStore(SecretStore &secrets, QString indexPath, const Clock *clock,
                                     QObject *parent)
    : QObject(parent), m_secrets(secrets), m_indexPath(std::move(indexPath)), m_clock(clock)
{
    (void)reload(); // a damaged index lists nothing until reload() is asked again
}

QString CiCredentialStore::defaultIndexPath()
{
    return QFileInfo(AccountStore::defaultPath()).absolutePath()
        + QStringLiteral("/ci-accounts.json");
}

QString CiCredentialStore::keychainKey(CiProvider provider, const QString &host)
{
    return QStringLiteral("ci/") + ciProviderId(provider) + QLatin1Char('/') + host.toLower();
}

Result<void> CiCredentialStore::reload()
{
    m_accounts.clear();
    m_addedAt.clear();
    auto bytes = readWholeFile(m_indexPath);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return {};
        return bytes.error();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Io,
                         tr("The list of CI sign-ins %1 is damaged; remove it and sign in "
                            "again with 'tokendesk-cli ci login'.")
                             .arg(m_indexPath));
    for (const QJsonArray entries = doc.object().value(QStringLiteral("accounts")).toArray();
         const QJsonValue &value : entries) {
        if (auto account = ciAccountFromJson(value.toObject())) {
            m_accounts.append(*account);
            m_addedAt.append(QDateTime::fromString(
                value.toObject().value(QStringLiteral("addedAt")).toString(), Qt::ISODate));
        }
    }
    return {};
}

std::optional<CiAccount> CiCredentialStore::accountFor(CiProvider provider,
                                                       const QString &host) const
{
    for (const CiAccount &account : m_accounts) {
        if (sameAccount(account, provider, host))
            return account;
    }
    return std::nullopt;
}

QDateTime CiCredentialStore::addedAt(const CiAccount &account) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (sameAccount(m_accounts.at(i), account.provider, account.host))
            return m_addedAt.at(i);
    }
    return {};
}

Result<void> CiCredentialStore::writeIndex(const QList<CiAccount> &accounts,
                                           const QList<QDateTime> &added)
{
    QJsonArray array;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject object = ciAccountToJson(accounts.at(i));
        object.insert(QStringLiteral("addedAt"), added.value(i).toString(Qt::ISODate));
        array.append(object);
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("accounts"), array}};
    if (auto written = writeFileAtomically(m_indexPath, QJsonDocument(root).toJson()); !written)
        return written.error();
    m_accounts = accounts;
    m_addedAt = added;
    Q_EMIT accountsChanged();
    return {};
}

void CiCredentialStore::save(const CiAccount &account, const SecretBuffer &credential,
                             DoneCallback done)
{
    CiAccount normalized = account;
    normalized.host = account.host.toLower();
    m_secrets.write(
        keychainKey(normalized.provider, normalized.host), credential, this,
        [this, normalized, done](Result<void> written) {
            if (!written)
                return done(makeError(
                    written.error().code,
                    tr("The keychain did not take the %1 credential: %2")
                        .arg(ciProviderLabel(normalized.provider), written.error().oneLine())));
            (void)reload();
            QList<CiAccount> accounts = m_accounts;
            QList<QDateTime> added = m_addedAt;
            const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
            bool replaced = false;
            for (qsizetype i = 0; i < accounts.size(); ++i) {
                if (sameAccount(accounts.at(i), normalized.provider, normalized.host)) {
                    accounts[i] = normalized;
                    added[i] = now;
                    replaced = true;
                }
            }
            if (!replaced) {
                accounts.append(normalized);
                added.append(now);
            }
            done(writeIndex(accounts, added));
        });
}

void CiCredentialStore::load(const CiAccount &account, LoadCallback done)
{
    const CiProvider provider = account.provider;
    m_secrets.read(
        keychainKey(provider, account.host), this, [provider, done](Result<SecretBuffer> secret) {
            if (!secret) {
                if (secret.error().code == ErrorCode::NotFound)
                    return done(
                        makeError(ErrorCode::NotFound,
                                  tr("The %1 sign-in is no longer in the keychain; sign in "
                                     "again: tokendesk-cli ci login %2")
                                      .arg(ciProviderLabel(provider), ciProviderId(provider))));
                return done(secret.error());
            }
            done(std::make_shared<const SecretBuffer>(std::move(secret).value()));
        });
}

void CiCredentialStore::remove(const CiAccount &account, DoneCallback done)
{
    (void)reload();
    QList<CiAccount> accounts;
    QList<QDateTime> added;
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (!sameAccount(m_accounts.at(i), account.provider, account.host)) {
            accounts.append(m_accounts.at(i));
            added.append(m_addedAt.at(i));
        }
    }
    if (accounts.size() != m_accounts.size()) {
        if (auto written = writeIndex(accounts, added); !written)
            return done(written.error());
    }
    m_secrets.remove(keychainKey(account.provider, account.host), this,
                     [done](Result<void> removed) {
                         if (!removed && removed.error().code != ErrorCode::NotFound)
                             return done(removed.error());
                         done({});
                     });
}

} // namespace td
