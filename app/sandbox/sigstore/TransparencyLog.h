// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's Rekor: an append-only RFC 6962 Merkle tree over canonicalized entry bodies, a
// P-256 log key that signs each entry's timestamp (the SET) and each checkpoint.
#include "EcKey.h"

#include <QJsonObject>
#include <QList>

namespace td::sandbox::sigstore {

class TransparencyLog
{
public:
    static constexpr auto kOrigin = "tokendesk-sandbox.rekor";
    static constexpr qint64 kTreeId = 1;

    static TransparencyLog create(const QDateTime &now);
    static TransparencyLog fromJson(const QJsonObject &o); // invalid when the key does not parse
    QJsonObject toJson() const;

    bool isValid() const { return m_key.isValid(); }
    const EcKey &key() const { return m_key; }
    QDateTime validFrom() const { return m_validFrom; }
    // sha256 of the log key's SPKI DER: bundles' logId.keyId, the SET's logID (hex).
    QByteArray logId() const;

    // Appends an entry and answers its tlogEntries item in the bundle's JSON shape: logIndex,
    // logId, kindVersion, integratedTime, inclusionPromise (SET), inclusionProof (with the
    // checkpoint of the tree just after this entry) and canonicalizedBody.
    QJsonObject append(const QByteArray &canonicalBody, const QString &kind, qint64 integratedTime);

    qint64 size() const { return m_leaves.size(); }
    static QByteArray leafHash(const QByteArray &body);

private:
    QByteArray rootOf(qsizetype begin, qsizetype end) const;
    QList<QByteArray> pathOf(qsizetype index, qsizetype begin, qsizetype end) const;
    QString checkpoint(qsizetype treeSize, const QByteArray &root) const;

    EcKey m_key;
    QDateTime m_validFrom;
    QList<QByteArray> m_leaves; // leaf hashes, in log order
};

} // namespace td::sandbox::sigstore
