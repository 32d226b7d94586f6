// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiSecretLedger.h"

#include "core/account/AccountStore.h"
#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

CiSecretLedger::CiSecretLedger(QString path) : m_path(std::move(path)) { }

QString CiSecretLedger::defaultPath()
{
    return QFileInfo(AccountStore::defaultPath()).absolutePath()
        + QStringLiteral("/ci-ledger.json");
}

Result<void> CiSecretLedger::load()
{
    m_entries.clear();
    auto bytes = readWholeFile(m_path);
    if (!bytes)
        return bytes.error().code == ErrorCode::NotFound ? Result<void>() : bytes.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("td::CiSecretLedger",
                                        "The record of CI secret updates %1 is damaged; "
                                        "remove it (TokenDesk only loses which token each "
                                        "GitHub secret holds).")
                .arg(m_path));
    const QJsonObject targets = doc.object().value(QStringLiteral("targets")).toObject();
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        CiLedgerEntry entry;
        entry.targetId = it.key();
        entry.tokenKey = o.value(QStringLiteral("tokenKey")).toString();
        entry.tokenRedacted = o.value(QStringLiteral("tokenRedacted")).toString();
        entry.pushedAt
            = QDateTime::fromString(o.value(QStringLiteral("pushedAt")).toString(), Qt::ISODate);
        entry.verifiedAt
            = QDateTime::fromString(o.value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
        m_entries.insert(entry.targetId, entry);
    }
    return {};
}

std::optional<CiLedgerEntry> CiSecretLedger::entry(const QString &targetId) const
{
    const auto it = m_entries.constFind(targetId);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

Result<void> CiSecretLedger::record(const CiLedgerEntry &entry)
{
    if (auto loaded = load(); !loaded)
        return loaded;
    m_entries.insert(entry.targetId, entry);
    QJsonObject targets;
    for (const CiLedgerEntry &e : std::as_const(m_entries))
        targets.insert(
            e.targetId,
            QJsonObject{{QStringLiteral("tokenKey"), e.tokenKey},
                        {QStringLiteral("tokenRedacted"), e.tokenRedacted},
                        {QStringLiteral("pushedAt"), e.pushedAt.toString(Qt::ISODate)},
                        {QStringLiteral("verifiedAt"), e.verifiedAt.toString(Qt::ISODate)}});
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("targets"), targets}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson());
}

} // namespace td
