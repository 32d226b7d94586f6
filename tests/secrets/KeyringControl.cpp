// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyringControl.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>

namespace td::test {

namespace {

const QString kDest = QStringLiteral("org.freedesktop.secrets");
const QString kRoot = QStringLiteral("/org/freedesktop/secrets");
const QString kLogin = QStringLiteral("/org/freedesktop/secrets/collection/login");
const QByteArray kHarnessPassword = "test-keyring-pass";

QDBusMessage call(const QString &path, const QString &iface, const QString &method,
                  const QVariantList &args)
{
    QDBusMessage m = QDBusMessage::createMethodCall(kDest, path, iface, method);
    m.setArguments(args);
    return QDBusConnection::sessionBus().call(m, QDBus::Block, 10000);
}

bool ok(const QDBusMessage &reply, QString *error)
{
    if (reply.type() == QDBusMessage::ReplyMessage)
        return true;
    if (error)
        *error = reply.errorName() + QStringLiteral(": ") + reply.errorMessage();
    return false;
}

} // namespace

bool lockLoginKeyring(QString *error)
{
    return ok(call(kRoot, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"),
                   {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(kLogin)})}),
              error)
        && loginKeyringLocked();
}

bool unlockLoginKeyring(QString *error)
{
    const QDBusMessage session = call(
        kRoot, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"),
        {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    if (!ok(session, error) || session.arguments().size() != 2)
        return false;
    QDBusArgument secret;
    secret.beginStructure();
    secret << qvariant_cast<QDBusObjectPath>(session.arguments().at(1)) << QByteArray()
           << kHarnessPassword << QStringLiteral("text/plain");
    secret.endStructure();
    return ok(call(kRoot,
                   QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                   QStringLiteral("UnlockWithMasterPassword"),
                   {QVariant::fromValue(QDBusObjectPath(kLogin)), QVariant::fromValue(secret)}),
              error)
        && !loginKeyringLocked();
}

bool loginKeyringLocked()
{
    const QDBusMessage reply
        = call(kLogin, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
               {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
        && qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool();
}

} // namespace td::test
