// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/TrustedPublisher.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace td {

// One field that differs between what the repository needs and what npm holds.
struct FieldMismatch
{
    QString field; // "owner", "repository", "workflow file", "environment", …
    QString expected;
    QString actual;
    bool caseOnly = false; // equal except for letter case
    QString message;       // translated plain sentence
};

struct TrustVerification
{
    QString packageName;
    bool configFound = false;        // a config of the expected type exists
    QList<FieldMismatch> mismatches; // against the closest config of that type
    QString closestConfigId;

    bool matches() const { return configFound && mismatches.isEmpty(); }
    QString summary() const; // translated one line
};

// Where the latest version came from (npm-landscape.md §2.9).
struct PublishPath
{
    QString version;
    bool viaTrustedPublishing = false; // _npmUser.trustedPublisher present
    bool hasAttestations = false;      // dist.attestations present (provenance)
    QString message;                   // translated: "published via trusted publishing" or why not
};

class TrustVerifier
{
    Q_DECLARE_TR_FUNCTIONS(td::TrustVerifier)
public:
    // Compares the config the repository needs with the configs read back from the registry,
    // field by field and case-sensitively.
    static TrustVerification verify(const QString &packageName, const TrustedPublisher &expected,
                                    const QList<TrustedPublisher> &actual);
    static QList<FieldMismatch> compare(const TrustedPublisher &expected,
                                        const TrustedPublisher &actual);

    // Reads a packument (GET /<name>) and checks its `latest` version (or `version` if given).
    static PublishPath checkPublishPath(const QJsonObject &packument, const QString &version = {});
};

} // namespace td
