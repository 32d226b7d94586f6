// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QProcess;
class QTemporaryDir;

namespace td::test {

// The account both desktop benchmarks list, and how many cached tokens it has.
QString benchAccountId();
constexpr int kBenchTokens = 1000;

// Writes accounts.json and the account's token cache (kBenchTokens demo tokens) into dataDir.
bool seedCachedTokens(const QString &dataDir);

// The parent's set-up for its child runs: the account and its cached tokens in dir, and the
// children's XDG_CONFIG_HOME inside it, so they find neither this user's settings nor notice
// memory. False, said on stderr, when the cache could not be written.
bool prepareBenchDataDir(const QTemporaryDir &dir);

// Starts this program again (or `program`, another build of it) as a measured child, `--child`
// followed by args, its stderr passed through to ours.
void startBenchChild(QProcess &process, const QStringList &args, const QString &program = {});

// This process's resident set size in KiB (VmRSS), or -1.
qint64 rssKb();

} // namespace td::test
