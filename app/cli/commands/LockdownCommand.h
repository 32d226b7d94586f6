// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/lockdown/LockdownGather.h"
#include "core/lockdown/LockdownPlan.h"
#include "core/lockdown/PersistenceScan.h"

#include <functional>
#include <memory>

namespace td {
struct Account;
class LockdownRunner;
} // namespace td

namespace td::cli {

class LoginServices;

// tokendesk-cli lockdown <pkg>... [--dry-run] [--otp CODE] [--skip STEP]... [--bad VERSION]...
// [--keep-ci-tokens] [--report FILE] [--trust-root FILE], or lockdown --resume [--otp CODE]
// [--report FILE] (the newest unfinished journal, the desktop's too): the response to a
// publish-watch alarm (core/lockdown, publish-watch.md §5), the same steps as the desktop's
// Lockdown dialog. It reads the facts (full packuments, the account's tokens, the bad versions
// given or the watch's open alarms), prints the plan, and — unless --dry-run — checks this machine
// for a worm's persistence and runs every step that applies and is not skipped under one 2FA
// approach, one line per write, then writes the incident report.
// Exit: 0 every ticked step done (or the plan printed, --dry-run); 1 a write failed (the journal
// keeps the rest; --resume retries it); 2 a usage error or facts that could not be read;
// 3 persistence found on this machine (nothing written: disarm it first).
class LockdownCommand final : public Command
{
    Q_OBJECT
public:
    explicit LockdownCommand(QObject *parent = nullptr);
    ~LockdownCommand() override;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    void planned(CliContext &context, LockdownGather::Gathered gathered);
    void resume(CliContext &context, const QStringList &packages);
    // Signs in (the failure reported, exit 2), readies the client's second factor, then `then`.
    void signIn(CliContext &context, std::function<void(const Account &)> then);
    void runPlan(CliContext &context);
    void startRunner(CliContext &context, const QString &journalPath, const QString &runId);
    void writeReport(CliContext &context, bool completed);
    void usageError(CliContext &context, const QString &line);

    QStringList m_skips;
    bool m_dryRun = false;
    bool m_keepCiTokens = false;
    bool m_lineOpen = false; // a progress line waits for its result
    QString m_otp;
    QString m_reportPath;
    QString m_resumed; // the journal carried on by --resume
    LoginServices *m_services = nullptr;
    RegistryClient *m_client = nullptr;
    LockdownGather *m_gather = nullptr;
    LockdownGather::Gathered m_gathered;
    LockdownPlan m_plan;
    std::unique_ptr<PersistenceScan> m_scan;
    LockdownRunner *m_runner = nullptr;
};

} // namespace td::cli
