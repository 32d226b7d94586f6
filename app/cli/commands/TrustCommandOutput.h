// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `tokendesk-cli trust` prints: one table row or one JSON object per configuration, in the
// registry's own shape for --json (id, type, claims, permissions), so scripts can compare it
// with `npm trust list --json` or the API.
#include "core/trust/TrustService.h"
#include "core/trust/TrustedPublisher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace td::cli {

// One line: "github acme/widgets publish.yml env=prod publish id=…" (dry runs, progress).
QString describeTrust(const TrustedPublisher &config);

// The registry's JSON of a configuration, with its id when it has one.
QJsonObject trustJson(const TrustedPublisher &config);

// Table rows for `trust list`: header first, then one row per configuration (a package without
// any gets one row saying so).
struct TrustListing
{
    QString packageName;
    bool exists = true;
    QList<TrustedPublisher> configs;
};
QList<QStringList> trustListRows(const QList<TrustListing> &listings);
QJsonArray trustListJson(const QList<TrustListing> &listings);

// `trust github|gitlab|circleci` results for --json: one object per package.
QJsonArray trustOutcomesJson(const QList<TrustTarget> &targets,
                             const QList<TrustOutcome> &outcomes);

// Columns padded to the widest cell; the last column is not padded.
void printTrustTable(QTextStream &out, const QList<QStringList> &rows);

} // namespace td::cli
