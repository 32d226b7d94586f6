// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publishing/PublishPath.h"

#include <QJsonObject>
#include <QTextStream>

namespace td::cli {

// What `tokendesk-cli publishing` prints. Pure, so the wording is tested without a registry.

// Every field of one row, for --json.
QJsonObject publishPathJson(const PackagePublishPath &path);
// {"packages": [...], "atRisk": n}
QJsonObject publishingJson(const QList<PackagePublishPath> &paths);
// The commands that move a package off direct-publish tokens: the trust command for trusted
// publishing (stage only), `migrate --to stage-only` for tokens in use, `token revoke` for
// unused ones. Empty for a ready package.
QStringList wayOutCommands(const PackagePublishPath &path);
// The table, then for every package that is not ready its reason and way out, then what is not
// known and the count at risk.
void printPublishing(QTextStream &out, const QList<PackagePublishPath> &paths);
int atRiskCount(const QList<PackagePublishPath> &paths);

} // namespace td::cli
