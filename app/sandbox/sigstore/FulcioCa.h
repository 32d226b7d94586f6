// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's Fulcio: a self-signed P-384 root that issues 10-minute code-signing leaves
// carrying a CI identity in Fulcio's certificate extensions.
#include "EcKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace td::sandbox::sigstore {

// What a leaf says about its holder: the SAN URI and Fulcio's extensions by the last arc of
// 1.3.6.1.4.1.57264.1.<arc> (8 issuer, 9 build signer URI, … 23 environment), DER UTF8String each.
struct LeafIdentity
{
    QString subjectAlternativeUri;
    QList<QPair<int, QString>> extensions; // in arc order; empty values are left out
};

class FulcioCa
{
public:
    static constexpr qint64 kLeafLifetimeSeconds = 600;

    static FulcioCa create(const QDateTime &now);
    static FulcioCa fromJson(const QJsonObject &o); // the --state form; invalid when it fails
    QJsonObject toJson() const;

    bool isValid() const { return m_key.isValid() && !m_rootDer.isEmpty(); }
    QByteArray rootDer() const { return m_rootDer; }
    QDateTime validFrom() const { return m_validFrom; }

    // A leaf for `leafKey` valid from `notBefore` for 10 minutes, or empty on failure.
    QByteArray issueLeaf(const EcKey &leafKey, const LeafIdentity &identity,
                         const QDateTime &notBefore) const;

private:
    EcKey m_key;
    QByteArray m_rootDer;
    QDateTime m_validFrom;
};

} // namespace td::sandbox::sigstore
