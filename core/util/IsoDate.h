// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringView>

#include <string_view>

namespace td {

// Reads an ISO 8601 date-time exactly as QDateTime::fromString(text, Qt::ISODateWithMs) does.
// The one form npm, the sandbox and TokenDesk's own files write, "2026-12-06T00:53:47.671Z" (with
// or without the milliseconds), is read directly: Qt's general parser takes about ten times as
// long, and a list of 1,000 tokens holds 4,000 of these (issue 18). Any other text goes to Qt.
QDateTime readIsoDateTime(QStringView text);
QDateTime readIsoDateTime(std::string_view utf8);

} // namespace td
