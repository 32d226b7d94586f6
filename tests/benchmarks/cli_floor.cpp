// SPDX-License-Identifier: GPL-3.0-or-later
// For cli_token_list_benchmark: a reference, not a goal. The least a program built like
// tokendesk-cli does to fetch the token list: the same libraries, Qt's start-up, the account
// list, the session read from the keychain by TokenDesk's own fast read (its session opened
// ahead), and the page fetched with QNetworkAccessManager over a connection opened while the
// keychain answers. Then the registry's bytes are written as they came: no argument parsing, no
// Token objects, no npm-shaped output.
//
// Usage: bench_cli_floor <registry URL> (in the same XDG folders as tokendesk-cli's session).
#include "core/account/AccountStore.h"
#include "core/registry/TokenListPager.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>

namespace {

void fetch(QNetworkAccessManager &nam, const QUrl &registry, const td::SecretBuffer &session)
{
    QNetworkRequest request(registry.resolved(
        QUrl(QStringLiteral("-/npm/v1/tokens?perPage=%1").arg(td::TokenListPager::kPerPage))));
    QByteArray authorization = "Bearer " + session.reveal();
    request.setRawHeader("authorization", authorization);
    authorization.fill('\0');
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {
        const QByteArray body = reply->readAll();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return QCoreApplication::exit(4);
        out.write(body);
        out.flush();
        QCoreApplication::exit(reply->error() == QNetworkReply::NoError ? 0 : 5);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // tokendesk-cli's names, so its data folders (the account list) are the ones read here.
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tokendesk.github.io"));
    if (argc != 2) {
        std::fputs("usage: bench_cli_floor <registry URL>\n", stderr);
        return 2;
    }
    td::KeychainSecretStore::openSessionAhead();
    const QUrl registry(QString::fromLocal8Bit(argv[1]));
    td::AccountStore accounts;
    if (!accounts.load())
        return 3;
    const std::optional<td::Account> account = accounts.preferredFor(registry);
    if (!account)
        return 3;
    QNetworkAccessManager nam;
    nam.connectToHost(registry.host(), quint16(registry.port(80)));
    td::KeychainSecretStore secrets(QStringLiteral("tokendesk"));
    secrets.read(td::SecretStore::sessionKey(account->id), &app,
                 [&nam, registry](td::Result<td::SecretBuffer> session) {
                     if (!session)
                         return QCoreApplication::exit(3);
                     fetch(nam, registry, session.value());
                 });
    return QCoreApplication::exec();
}
