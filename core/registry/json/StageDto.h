// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

namespace td::json {

// One page of GET /-/stage: {"items":[…],"page":0,"perPage":100,"total":2}.
struct StagePage
{
    QList<StagedRelease> items;
    int total = 0; // INT_MAX when the registry leaves it out: only a short page ends the list
};
Result<StagePage> parseStagePage(const QByteArray &body);

// GET /-/stage/<id>: one item.
Result<StagedRelease> parseStagedRelease(const QByteArray &body);

// The items as `npm stage list --json` prints them: JSON.stringify(items, null, 2).
QByteArray stageItemsJson(const QList<StagedRelease> &items);
// One item as `npm stage view --json` prints it.
QByteArray stageItemJson(const StagedRelease &item);

// GET /<name>: the most recently published version that is a release (not npm's "0.0.0-stage"
// placeholder, not `excludeVersion`), with its tarball address. E404 when there is none yet.
Result<PublishedRelease> parseLastRelease(const QByteArray &body, const QString &excludeVersion);

} // namespace td::json
