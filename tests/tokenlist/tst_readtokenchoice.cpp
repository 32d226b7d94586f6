// SPDX-License-Identifier: GPL-3.0-or-later
// readTokenKeyFor, the rule the desktop and `tokendesk-cli watch` share for the token that
// reads an account's private packages: a live token whose grants read packages and whose secret
// the keychain holds; read-only before read-write, all packages before some; else none.
#include "core/secrets/InMemorySecretStore.h"
#include "core/tokenlist/ReadTokenChoice.h"

#include <QTest>

using namespace td;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-05T20:00:00Z"), Qt::ISODate);

// "<key>:<traits>" with traits among: ro (read-only granular), rw (read-write granular),
// some (named packages, not all), none (no package permission), classic, expired, revoked,
// unstored (its secret is not in the keychain).
Token tokenFrom(const QString &spec)
{
    const QString key = spec.section(QLatin1Char(':'), 0, 0);
    const QStringList traits = spec.section(QLatin1Char(':'), 1).split(QLatin1Char(','));
    Token token;
    token.accountId = QStringLiteral("maintainer@127.0.0.1");
    token.key = key;
    token.name = key;
    token.kind = traits.contains(QLatin1String("classic")) ? TokenKind::ClassicPublish
        : traits.contains(QLatin1String("ro"))             ? TokenKind::GranularReadOnly
                                                           : TokenKind::GranularReadWrite;
    token.readOnly = traits.contains(QLatin1String("ro"));
    if (!traits.contains(QLatin1String("classic"))) {
        token.packagesPermission = traits.contains(QLatin1String("none")) ? Permission::NoAccess
            : token.readOnly                                              ? Permission::ReadOnly
                                                                          : Permission::ReadWrite;
        if (traits.contains(QLatin1String("some")))
            token.packages = {QStringLiteral("@acme/internal-tools")};
        else
            token.allPackages = true;
    }
    token.expires
        = traits.contains(QLatin1String("expired")) ? kNow.addSecs(-60) : kNow.addDays(30);
    if (traits.contains(QLatin1String("revoked")))
        token.revoked = kNow.addDays(-1);
    return token;
}

} // namespace

class TstReadTokenChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesTheLeastPrivilegedStoredToken_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QString>("expected"); // the chosen token's key, or empty
        QTest::newRow("no token") << QStringList() << QString();
        QTest::newRow("read-only before read-write")
            << QStringList{QStringLiteral("rw:rw"), QStringLiteral("ro:ro")}
            << QStringLiteral("ro");
        QTest::newRow("all packages before some")
            << QStringList{QStringLiteral("some:ro,some"), QStringLiteral("all:ro")}
            << QStringLiteral("all");
        QTest::newRow("read-only for some before read-write for all")
            << QStringList{QStringLiteral("rw:rw"), QStringLiteral("some:ro,some")}
            << QStringLiteral("some");
        QTest::newRow("an expired token never")
            << QStringList{QStringLiteral("old:ro,expired"), QStringLiteral("rw:rw")}
            << QStringLiteral("rw");
        QTest::newRow("a revoked token never")
            << QStringList{QStringLiteral("gone:ro,revoked")} << QString();
        QTest::newRow("a token without package access never")
            << QStringList{QStringLiteral("orgs:ro,none")} << QString();
        QTest::newRow("a token whose secret the keychain lacks never")
            << QStringList{QStringLiteral("elsewhere:ro,unstored"), QStringLiteral("rw:rw")}
            << QStringLiteral("rw");
        QTest::newRow("a classic token reads what its user can")
            << QStringList{QStringLiteral("classic:classic")} << QStringLiteral("classic");
    }

    void choosesTheLeastPrivilegedStoredToken()
    {
        QFETCH(QStringList, tokens);
        QFETCH(QString, expected);
        Account account;
        account.id = QStringLiteral("maintainer@127.0.0.1");
        InMemorySecretStore store;
        QList<Token> list;
        for (const QString &spec : std::as_const(tokens)) {
            const Token token = tokenFrom(spec);
            list.append(token);
            if (spec.contains(QLatin1String("unstored")))
                continue;
            bool written = false;
            store.write(SecretStore::tokenKey(account.id, token.key),
                        SecretBuffer::fromString(QStringLiteral("npm_x")), this,
                        [&written](Result<void> r) { written = r.ok(); });
            QTRY_VERIFY(written);
        }
        const QString chosen = readTokenKeyFor(account, list, store, kNow);
        QCOMPARE(chosen,
                 expected.isEmpty() ? QString() : SecretStore::tokenKey(account.id, expected));
    }
};

QTEST_GUILESS_MAIN(TstReadTokenChoice)
#include "tst_readtokenchoice.moc"
