// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StageCommand.h"

namespace td::cli {

// stage list [<package>]: every staged version the account may see, newest first.
class StageListCommand final : public StageSubcommand
{
    Q_OBJECT
public:
    using StageSubcommand::StageSubcommand;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
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

// Splits a subcommand's arguments: --json anywhere (as npm allows), positionals, and an error
// for any other option.
struct StageArguments
{
    QStringList positionals;
    QString unknownOption;
};
StageArguments parseStageArguments(const QStringList &arguments, CliContext &context);

} // namespace td::cli
