// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StageCommand.h"
#include "core/registry/DelayTimer.h"
#include "core/stage/SessionStageSource.h"

#include <memory>
#include <optional>

namespace td::cli {

// stage list [<package>]: every staged version the accounts signed in to --registry may see,
// newest first, polled through StageInbox (with one account: exactly npm's list).
class StageListCommand final : public StageSubcommand
{
    Q_OBJECT
public:
    explicit StageListCommand(QObject *parent = nullptr);
    ~StageListCommand() override;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    void print(CliContext &context, const QString &filter);

    std::unique_ptr<SessionStageSource> m_source;
    std::unique_ptr<QtDelayTimer> m_timer;
    StageInbox *m_inbox = nullptr;
};

// stage view <stage-id>.
class StageViewCommand final : public StageSubcommand
{
    Q_OBJECT
public:
    using StageSubcommand::StageSubcommand;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

// stage download <stage-id>: saves the tarball in the current folder, as npm does.
class StageDownloadCommand final : public StageSubcommand
{
    Q_OBJECT
public:
    using StageSubcommand::StageSubcommand;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

// stage diff <stage-id>: the staged tarball against the package's last published version.
class StageDiffCommand final : public StageSubcommand
{
    Q_OBJECT
public:
    using StageSubcommand::StageSubcommand;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

// A stage subcommand's positionals (it has no flags of its own; Cli took the global ones), or
// nothing after reporting an unknown option.
std::optional<QStringList> stagePositionals(const QStringList &arguments, CliContext &context,
                                            const QString &command);

} // namespace td::cli
