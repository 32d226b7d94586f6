// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace td::cli {

class LoginServices;

// tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE]
// Web sign-in prints the page to open and waits; legacy reads the password from stdin only.
// Without --auth-type, a given user name and password mean legacy, anything else web.
class LoginCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    LoginServices *m_services = nullptr;
};

} // namespace td::cli
