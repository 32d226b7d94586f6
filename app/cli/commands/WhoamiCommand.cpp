// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhoamiCommand.h"

#include "LoginSupport.h"
#include "cli/CliContext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

QString WhoamiCommand::summary()
{
    return tr("show the user name the registry knows you by");
}

void WhoamiCommand::run(const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty()) {
        context.fail(tr("whoami takes no arguments"));
        return Q_EMIT finished(1);
    }
    auto *services = new LoginServices(context, this);
    services->withSignedInClient([this, services, &context](Result<void> authorized,
                                                            const Account &account,
                                                            RegistryClient *client) {
        if (!authorized) {
            services->reportFailure(account, authorized.error());
            return Q_EMIT finished(1);
        }
        client->whoami(this, [this, services, &context, account](Result<QString> user) {
            if (!user) {
                services->reportFailure(account, user.error());
                return Q_EMIT finished(1);
            }
            if (context.json) {
                const QJsonObject out{
                    {QStringLiteral("username"), user.value()},
                    {QStringLiteral("registry"), account.registry.toString()},
                    {QStringLiteral("session"), describeSession(account, services->clock().now())}};
                context.out << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                context.out << user.value() << Qt::endl;
            }
            Q_EMIT finished(0);
        });
    });
}

} // namespace td::cli
