// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginCommand.h"
#include "cli/ArgReader.h"

#include "LoginSupport.h"
#include "cli/CliContext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

QString LoginCommand::summary()
{
    return tr("sign in to the registry (browser, or user name and password)");
}

void LoginCommand::run(const QStringList &arguments, CliContext &context)
{
    SignInRequest request;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--password") || arg.startsWith(QLatin1String("--password="))) {
            context.fail(tr("passwords are never taken from arguments; pipe it and use "
                            "--password-stdin"));
            return Q_EMIT finished(1);
        }
    }
    ArgReader reader(QStringLiteral("login"),
                     {{QStringLiteral("--auth-type"), ArgReader::Value},
                      {QStringLiteral("--username"), ArgReader::Value},
                      {QStringLiteral("--otp"), ArgReader::Value},
                      {QStringLiteral("--password-stdin"), ArgReader::Switch},
                      {QStringLiteral("--scope"), ArgReader::Value}});
    if (!reader.read(arguments)) {
        context.fail(reader.error());
        return Q_EMIT finished(1);
    }
    // As npm login: a scope's registry (@scope:registry) unless --registry was given.
    if (!context.useScopeRegistry(reader.value(QStringLiteral("--scope")), false))
        return Q_EMIT finished(1);
    request.registry = context.registry;
    if (const QStringList stray = reader.positionals() + reader.afterDashes(); !stray.isEmpty()) {
        context.fail(tr("login: unknown option '%1'").arg(stray.first()));
        return Q_EMIT finished(1);
    }
    const QString authType = reader.value(QStringLiteral("--auth-type"));
    request.username = reader.value(QStringLiteral("--username"));
    const QString otp = reader.value(QStringLiteral("--otp"));
    const bool passwordStdin = reader.isSet(QStringLiteral("--password-stdin"));
    if (!authType.isEmpty() && authType != QLatin1String("web")
        && authType != QLatin1String("legacy")) {
        context.fail(tr("--auth-type must be 'web' or 'legacy', not '%1'").arg(authType));
        return Q_EMIT finished(1);
    }
    if (passwordStdin) {
        QByteArray all = context.inDevice ? context.inDevice->readAll() : QByteArray();
        qsizetype end = all.size();
        while (end > 0 && (all.at(end - 1) == '\n' || all.at(end - 1) == '\r'))
            --end;
        request.password
            = std::make_shared<const SecretBuffer>(QByteArrayView(all.constData(), end));
        all.fill('\0');
    }
    const bool haveCredentials
        = !request.username.isEmpty() && request.password && !request.password->isEmpty();
    if (authType == QLatin1String("legacy") && !haveCredentials) {
        context.fail(tr("legacy sign-in needs --username NAME and the password on stdin "
                        "(--password-stdin)"));
        return Q_EMIT finished(1);
    }
    request.method = authType == QLatin1String("web")            ? SignInMethod::Web
        : authType == QLatin1String("legacy") || haveCredentials ? SignInMethod::Legacy
                                                                 : SignInMethod::Web;

    m_services = new LoginServices(context, this);
    if (!otp.isEmpty()) {
        m_services->prompt().setPresetCode(SecretBuffer::fromString(otp));
        request.legacyOtpUpFront = request.method != SignInMethod::Web;
    }
    m_services->sessions().signIn(
        request, &m_services->prompt(), this, [this, &context](Result<Account> account) {
            if (!account) {
                context.fail(account.error());
                return Q_EMIT finished(1);
            }
            const Account &a = account.value();
            const QString session = describeSession(a, m_services->clock().now());
            if (context.json) {
                const QJsonObject out{{QStringLiteral("account"), a.id},
                                      {QStringLiteral("username"), a.user},
                                      {QStringLiteral("registry"), a.registry.toString()},
                                      {QStringLiteral("sessionExpires"),
                                       a.sessionExpires.toString(Qt::ISODateWithMs)}};
                context.out << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                context.out
                    << tr("Signed in to %1 as %2; %3.").arg(a.registry.toString(), a.user, session)
                    << Qt::endl;
            }
            Q_EMIT finished(0);
        });
}

} // namespace td::cli
