// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/PublishHistory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace td::provenance {

// One version of a full packument, with what verifying it needs.
struct PackumentRelease
{
    ReleaseEvidence evidence; // no identity yet
    QString integrity;        // dist.integrity
    QUrl attestationsUrl;     // dist.attestations.url (empty when none)
    QByteArray manifestJson;  // versions[v], compact, for the registry signature check
};

struct PackumentReleases
{
    QString name;
    QString latest;                   // dist-tags.latest
    QList<PackumentRelease> releases; // oldest first (by time[version]; undated last)

    const PackumentRelease *find(const QString &version) const;
};

inline constexpr qint64 kMaxPackumentBytes = 64LL * 1024 * 1024;
inline constexpr int kMaxPackumentDepth = 512; // JSON nesting levels

// Reads a full packument (GET /<name>, application/json). Bounded and total: anything malformed
// (not JSON, no name, no versions, too large or too deeply nested) gives nullopt and a
// translated "could not verify: …" in *error, never an exception. Versions whose document is
// not an object are skipped (there is nothing to verify).
std::optional<PackumentReleases> readPackumentReleases(const QByteArray &json, QString *error);

} // namespace td::provenance
