// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/cisecrets/CiSecretClient.h"

#include <functional>
#include <map>
#include <memory>

namespace td::cli {

// tokendesk-cli ci login|status|logout: the CI services whose secrets rotation updates (issue 15).
class CiCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

// ci login github|gitlab|circleci [--host H] [--api-url URL] [--with-token | --from-gh]
class CiLoginCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ~CiLoginCommand() override;
    void run(const QStringList &arguments, CliContext &context) override;

private:
    // Owned here, not by its own callback: a client kept alive by the callback it runs would be
    // destroyed from inside its transport's clean-up.
    std::unique_ptr<CiSecretClient> m_client;
};

// ci status [--project DIR]... [--json]
class CiStatusCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run(const QStringList &arguments, CliContext &context) override;
};

// ci logout github|gitlab|circleci [--host H]
class CiLogoutCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run(const QStringList &arguments, CliContext &context) override;
};

} // namespace td::cli
