// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace td::sandbox {

// "demo" (the built-in story), "empty", or a path to a seed JSON file.
std::optional<QJsonObject> loadSeed(const QString &nameOrPath, QString *error);

} // namespace td::sandbox
