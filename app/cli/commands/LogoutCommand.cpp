// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogoutCommand.h"

#include "LoginSupport.h"
#include "cli/ArgReader.h"
#include "cli/CliContext.h"

namespace td::cli {

QString LogoutCommand::summary()
{
    return tr("end the session and remove it from the keychain");
}

void LogoutCommand::run(const QStringList &arguments, CliContext &context)
{
    ArgReader reader(QStringLiteral("logout"), {{QStringLiteral("--scope"), ArgReader::Value}});
    if (!reader.read(arguments)) {
        context.fail(reader.error());
        return Q_EMIT finished(1);
    }
    if (!reader.positionals().isEmpty() || !reader.afterDashes().isEmpty()) {
        context.fail(tr("logout takes no arguments"));
        return Q_EMIT finished(1);
    }
    // As npm logout: a scope's registry (@scope:registry) wins even over --registry.
    if (!context.useScopeRegistry(reader.value(QStringLiteral("--scope")), true))
        return Q_EMIT finished(1);
    auto *services = new LoginServices(context, this);
    const Result<Account> account = services->currentAccount();
    if (!account) {
        context.fail(account.error());
        return Q_EMIT finished(1);
    }
    services->sessions().signOut(
        account.value().id, this, [this, &context, account](Result<void> done) {
            if (!done) {
                context.fail(done.error());
                return Q_EMIT finished(1);
            }
            if (!context.json)
                context.out << tr("Signed out of %1 (%2).")
                                   .arg(account.value().registry.toString(), account.value().user)
                            << Qt::endl;
            Q_EMIT finished(0);
        });
}

} // namespace td::cli
