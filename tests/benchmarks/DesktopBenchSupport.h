// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace td::test {

// The account both desktop benchmarks list, and how many cached tokens it has.
QString benchAccountId();
constexpr int kBenchTokens = 1000;

// Writes accounts.json and the account's token cache (kBenchTokens demo tokens) into dataDir.
bool seedCachedTokens(const QString &dataDir);

// This process's resident set size in KiB (VmRSS), or -1.
qint64 rssKb();

} // namespace td::test
