// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace td::provenance {

// What the verifier needs of one version of a full packument (GET /<name>).
struct PackumentVersion
{
    QString version;                 // the key it is listed under in "versions"
    QDateTime published;             // time[version]; invalid when absent
    QString integrity;               // dist.integrity
    QString attestationsUrl;         // dist.attestations.url; empty when none
    QString provenancePredicateType; // dist.attestations.provenance.predicateType
    nlohmann::json manifest;         // the version document itself, for verifyRegistrySignature
};

struct PackumentVersions
{
    QString name;
    QList<PackumentVersion> versions; // in the packument's order
    const PackumentVersion *find(const QString &version) const;
};

// Limit on a packument; larger ones are refused rather than read.
constexpr qsizetype maxPackumentSize = 64 * 1024 * 1024;

// Reads a full packument. nullopt with a translated reason when it is too large, not JSON or has
// no "name"; versions whose document is not an object are skipped (there is nothing to verify).
std::optional<PackumentVersions> readPackument(const QByteArray &body, QString *error);

} // namespace td::provenance
