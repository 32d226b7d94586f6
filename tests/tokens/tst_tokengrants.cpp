// SPDX-License-Identifier: GPL-3.0-or-later
// TokenGrants: the one type for a token's permissions. Its two JSON shapes (the registry's
// create-token body and TokenDesk's own files) round-trip, and TokenPolicy checks it.
#include "core/creation/TokenPolicy.h"
#include "core/tokens/TokenGrants.h"

#include <QJsonDocument>
#include <QTest>

using namespace td;

namespace {
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

class TestTokenGrants : public QObject
{
    Q_OBJECT
private slots:
    // A body as npm token create sends it reads back into grants and is written again unchanged.
    void registryShapeRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("packages");
        QTest::addColumn<bool>("write");
        QTest::newRow("scope read-write")
            << QByteArray(R"({"packages_and_scopes_permission":"read-write","scopes":["@acme"]})")
            << 0 << true;
        QTest::newRow("packages read-only, cidr")
            << QByteArray(R"({"cidr_whitelist":["10.0.0.0/8"],"packages":["left-pad","@a/b"],)"
                          R"("packages_and_scopes_permission":"read-only"})")
            << 2 << false;
        QTest::newRow("all packages stage-only")
            << QByteArray(R"({"packages_all":true,)"
                          R"("packages_and_scopes_permission":"read-write-stage-only"})")
            << 0 << true;
        QTest::newRow("bypass 2fa")
            << QByteArray(R"({"bypass_2fa":true,"packages":["x"],)"
                          R"("packages_and_scopes_permission":"read-write"})")
            << 1 << true;
        QTest::newRow("orgs only")
            << QByteArray(R"({"orgs":["acme"],"orgs_permission":"read-only"})") << 0 << false;
        QTest::newRow("packages and orgs")
            << QByteArray(R"({"orgs":["acme"],"orgs_permission":"read-write","packages":["x"],)"
                          R"("packages_and_scopes_permission":"read-only"})")
            << 1 << true;
    }
    void registryShapeRoundTrips()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, packages);
        QFETCH(bool, write);
        const QJsonObject sent = QJsonDocument::fromJson(body).object();
        const TokenGrants grants = TokenGrants::fromRegistryJson(sent);
        QCOMPARE(int(grants.packages.size()), packages);
        QCOMPARE(grants.isWrite(), write);
        QCOMPARE(compact(grants.toRegistryJson()), compact(sent));
        // The same grants through TokenDesk's own shape (cache, journal) come back identical.
        QCOMPARE(compact(TokenGrants::fromJson(grants.toJson()).toJson()),
                 compact(grants.toJson()));
        QCOMPARE(compact(TokenGrants::fromJson(grants.toJson()).toRegistryJson()), compact(sent));
    }

    // A permission goes out only where it applies, as npm sends it.
    void permissionsOnlyWhereTheyApply()
    {
        TokenGrants grants;
        grants.packagesPermission = Permission::ReadWrite;
        grants.orgsPermission = Permission::ReadOnly;
        QCOMPARE(compact(grants.toRegistryJson()), QByteArray("{}"));
        grants.orgs = {QStringLiteral("acme")};
        QCOMPARE(compact(grants.toRegistryJson()),
                 QByteArray(R"({"orgs":["acme"],"orgs_permission":"read-only"})"));
    }

    // TokenDesk's own shape is the one journals and the cache have always held.
    void ownShapeKeepsItsKeys()
    {
        const QJsonObject stored
            = object(R"({"packagesPermission":"read-write-stage-only","allPackages":false,)"
                     R"("packages":["left-pad"],"scopes":["@acme"],"orgs":["acme"],)"
                     R"("orgsPermission":"read-only","cidr":["10.0.0.0/8"],"bypass2fa":true})");
        const TokenGrants grants = TokenGrants::fromJson(stored);
        QCOMPARE(grants.packagesPermission, Permission::ReadWriteStageOnly);
        QCOMPARE(grants.orgsPermission, Permission::ReadOnly);
        QCOMPARE(grants.scopes, QStringList{QStringLiteral("@acme")});
        QVERIFY(grants.bypass2fa);
        QCOMPARE(grants.toJson(), stored);
    }

    void policyChecksTheGrants_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<int>>("fields"); // TokenPolicy::GrantField, in order
        QTest::addColumn<QList<int>>("indexes");
        using F = TokenPolicy::GrantField;
        QTest::newRow("valid") << QByteArray(
            R"({"packages":["left-pad"],"packages_and_scopes_permission":"read-write"})")
                               << QList<int>{} << QList<int>{};
        QTest::newRow("nothing granted")
            << QByteArray("{}") << QList<int>{int(F::Grants)} << QList<int>{-1};
        QTest::newRow("packages without permission")
            << QByteArray(R"({"packages":["x"]})") << QList<int>{int(F::PackagesPermission)}
            << QList<int>{-1};
        QTest::newRow("bad package and cidr")
            << QByteArray(R"({"packages":["ok","Bad Name"],"cidr_whitelist":["10.0.0.0/8","x"],)"
                          R"("packages_and_scopes_permission":"read-only"})")
            << QList<int>{int(F::Packages), int(F::Cidr)} << QList<int>{1, 1};
        QTest::newRow("stage-only orgs")
            << QByteArray(R"({"orgs":["acme"],"orgs_permission":"read-write-stage-only"})")
            << QList<int>{int(F::OrgsPermission)} << QList<int>{-1};
        QTest::newRow("bypass on read-only")
            << QByteArray(R"({"bypass_2fa":true,"packages":["x"],)"
                          R"("packages_and_scopes_permission":"read-only"})")
            << QList<int>{int(F::Bypass2fa)} << QList<int>{-1};
    }
    void policyChecksTheGrants()
    {
        QFETCH(QByteArray, body);
        QFETCH(QList<int>, fields);
        QFETCH(QList<int>, indexes);
        const TokenGrants grants
            = TokenGrants::fromRegistryJson(QJsonDocument::fromJson(body).object());
        const QList<TokenPolicy::GrantIssue> issues = TokenPolicy().grantIssues(grants);
        QList<int> gotFields, gotIndexes;
        for (const TokenPolicy::GrantIssue &issue : issues) {
            QVERIFY(!issue.message.isEmpty());
            gotFields.append(int(issue.field));
            gotIndexes.append(issue.index);
        }
        QCOMPARE(gotFields, fields);
        QCOMPARE(gotIndexes, indexes);
    }
};

QTEST_GUILESS_MAIN(TestTokenGrants)
#include "tst_tokengrants.moc"
