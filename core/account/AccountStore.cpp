// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountStore.h"

#include "core/registry/UrlPolicy.h"
#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace td {

AccountStore::AccountStore(QString path) : m_path(std::move(path)) { }

QString AccountStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("accounts.json"));
}

Result<void> AccountStore::load()
{
    m_accounts.clear();
    const Result<QByteArray> data = readWholeFile(m_path);
    if (!data)
        return data.error().code == ErrorCode::NotFound ? Result<void>()
                                                        : Result<void>(data.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data.value(), &parseError);
    if (!document.isObject())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("td::AccountStore", "The account list %1 is damaged (%2).")
                .arg(m_path, parseError.errorString()),
            QCoreApplication::translate("td::AccountStore",
                                        "Move the file aside and sign in again."));
    for (const QJsonArray entries = document.object().value(QLatin1String("accounts")).toArray();
         const QJsonValue &value : entries)
        if (auto account = Account::fromJson(value.toObject()))
            m_accounts.append(*account);
    return {};
}

Result<void> AccountStore::save() const
{
    QJsonArray list;
    for (const Account &account : m_accounts)
        list.append(account.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("accounts"), list}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

std::optional<Account> AccountStore::find(const QString &id) const
{
    for (const Account &account : m_accounts)
        if (account.id == id)
            return account;
    return std::nullopt;
}

std::optional<Account> AccountStore::preferredFor(const QUrl &registry) const
{
    const QUrl wanted = normalisedBaseUrl(registry);
    std::optional<Account> best;
    for (const Account &account : m_accounts) {
        if (normalisedBaseUrl(account.registry) != wanted)
            continue;
        if (!best || account.lastSignIn > best->lastSignIn)
            best = account;
    }
    return best;
}

void AccountStore::upsert(const Account &account)
{
    for (Account &existing : m_accounts) {
        if (existing.id == account.id) {
            existing = account;
            return;
        }
    }
    m_accounts.append(account);
}

bool AccountStore::remove(const QString &id)
{
    return m_accounts.removeIf([&id](const Account &a) { return a.id == id; }) > 0;
}

} // namespace td
