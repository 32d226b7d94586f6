// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"
#include "core/stage/ReleaseDiff.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace td::cli {

// What `npm stage list|view` print, character for character (lib/utils/key-values.js
// logStageItem without colour): "key: value" lines, a blank line between items, and npm's
// sentences for an empty list.
QString stageItemText(const StagedRelease &item);
QString stageListText(const QList<StagedRelease> &items, const QString &packageFilter);

// `npm stage list <spec>`: the package name of a spec without a version ("@acme/ui",
// "@acme/ui@*"); nullopt for a spec with a version, which npm refuses.
std::optional<QString> stageListPackage(const QString &spec);

// npm stage download's file name: "<scope-name>-<version>-<id>.tgz"; empty when the tarball's
// own name or version would make it leave the current folder.
QString stageDownloadFileName(const QString &name, const QString &version, const QString &id);

// `stage diff --json`.
QByteArray releaseDiffJson(const ReleaseDiff &diff);

} // namespace td::cli
