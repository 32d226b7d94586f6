// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

namespace td::cli {

// The value of the flag `name` at arguments[i], written as npm writes it: "--name=value" or
// "--name value" (then `i` moves onto the value). Nothing when arguments[i] is another flag or
// "--name" is the last argument.
std::optional<QString> flagValue(const QStringList &arguments, int &i, const QString &name);

} // namespace td::cli
