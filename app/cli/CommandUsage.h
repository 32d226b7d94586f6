// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace td::cli {

// `tokendesk-cli <command> --help`: each command's synopsis and options, in npm's words.
// Empty for an unknown command.
QString commandUsage(const QString &command);

} // namespace td::cli
