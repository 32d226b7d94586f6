// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace td {

// What TokenDesk itself last put into each CI secret: a GitHub secret cannot be read back, so the
// only way to know which token it holds later is to remember the verified push. Non-secret JSON
// (target id -> token key, its redacted form, when pushed and verified) in the app's data folder,
// written atomically after every verified push. Never a value.
struct CiLedgerEntry
{
    QString targetId;
    QString tokenKey;      // the registry's key of the token pushed
    QString tokenRedacted; // "npm_abcd...wxyz"
    QDateTime pushedAt;
    QDateTime verifiedAt;
};

class CiSecretLedger
{
public:
    explicit CiSecretLedger(QString path = defaultPath());
    static QString defaultPath(); // <data dir>/ci-ledger.json

    // A missing file is an empty ledger; a damaged one an Io error (left untouched).
    Result<void> load();
    std::optional<CiLedgerEntry> entry(const QString &targetId) const;
    QList<CiLedgerEntry> entries() const { return m_entries.values(); }
    // Reads the file again, replaces the target's entry and writes it back (another process may
    // have recorded other targets meanwhile).
    Result<void> record(const CiLedgerEntry &entry);

private:
    QString m_path;
    QHash<QString, CiLedgerEntry> m_entries;
};

} // namespace td
