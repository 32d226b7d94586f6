// SPDX-License-Identifier: GPL-3.0-or-later
// CiSecretTarget's id is what journals and the ledger store: it must round-trip every kind of
// store, keep awkward characters in names from breaking the fields apart, and refuse ids that are
// not whole.
#include "core/cisecrets/CiSecretTarget.h"

#include <QTest>

using namespace td;

class TestCiSecretTarget : public QObject
{
    Q_OBJECT

    static CiSecretTarget make(CiStoreKind kind, const char *owner, const char *repo,
                               const char *scope, const char *host = "")
    {
        CiSecretTarget target;
        target.kind = kind;
        target.host = *host ? QString::fromUtf8(host) : ciDefaultHost(ciProviderOf(kind));
        target.owner = QString::fromUtf8(owner);
        target.repo = QString::fromUtf8(repo);
        target.scope = QString::fromUtf8(scope);
        target.name = QStringLiteral("NPM_TOKEN");
        return target;
    }

private Q_SLOTS:
    void idRoundTrips_data()
    {
        QTest::addColumn<CiSecretTarget>("target");
        QTest::addColumn<QString>("id");
        QTest::newRow("github repository")
            << make(CiStoreKind::GitHubRepository, "acme", "widgets", "")
            << QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN");
        QTest::newRow("github environment")
            << make(CiStoreKind::GitHubEnvironment, "acme", "widgets", "production")
            << QStringLiteral("github:environment:github.com:acme:widgets:production:NPM_TOKEN");
        QTest::newRow("github organization")
            << make(CiStoreKind::GitHubOrganization, "acme", "", "")
            << QStringLiteral("github:organization:github.com:acme:NPM_TOKEN");
        QTest::newRow("gitlab project, any environment")
            << make(CiStoreKind::GitLabProject, "group/sub/proj", "", "")
            << QStringLiteral("gitlab:project:gitlab.com:group/sub/proj:*:NPM_TOKEN");
        QTest::newRow("gitlab group on a self-managed host")
            << make(CiStoreKind::GitLabGroup, "group", "", "prod", "git.example.org")
            << QStringLiteral("gitlab:group:git.example.org:group:prod:NPM_TOKEN");
        QTest::newRow("circleci project")
            << make(CiStoreKind::CircleCiProject, "gh/acme/widgets", "", "")
            << QStringLiteral("circleci:project:circleci.com:gh/acme/widgets:NPM_TOKEN");
        QTest::newRow("circleci context")
            << make(CiStoreKind::CircleCiContext, "gh/acme", "", "release")
            << QStringLiteral("circleci:context:circleci.com:gh/acme:release:NPM_TOKEN");
        QTest::newRow("a colon in an environment name")
            << make(CiStoreKind::GitHubEnvironment, "acme", "widgets", "prod:eu")
            << QStringLiteral("github:environment:github.com:acme:widgets:prod%3Aeu:NPM_TOKEN");
    }

    void idRoundTrips()
    {
        QFETCH(CiSecretTarget, target);
        QFETCH(QString, id);
        QCOMPARE(target.id(), id);
        const auto back = CiSecretTarget::fromId(id);
        QVERIFY(back);
        QCOMPARE(back->id(), id);
        QCOMPARE(int(back->kind), int(target.kind));
        QCOMPARE(back->scope,
                 target.scope.isEmpty() && target.provider() == CiProvider::GitLab
                     ? QStringLiteral("*")
                     : target.scope);
        const auto fromJson = CiSecretTarget::fromJson(target.toJson());
        QVERIFY(fromJson);
        QCOMPARE(fromJson->id(), id);
    }

    void brokenIdsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown provider") << QStringLiteral("jenkins:repository:h:o:r:N");
        QTest::newRow("unknown kind") << QStringLiteral("github:project:github.com:acme:NPM_TOKEN");
        QTest::newRow("a field short")
            << QStringLiteral("github:repository:github.com:acme:NPM_TOKEN");
        QTest::newRow("a field too many")
            << QStringLiteral("github:organization:github.com:acme:x:NPM_TOKEN");
        QTest::newRow("empty name") << QStringLiteral("github:repository:github.com:acme:widgets:");
        QTest::newRow("environment without a name")
            << QStringLiteral("github:environment:github.com:acme:widgets::NPM_TOKEN");
    }

    void brokenIdsAreRefused()
    {
        QFETCH(QString, id);
        QVERIFY(!CiSecretTarget::fromId(id));
    }

    void labelsNameTheStore()
    {
        QCOMPARE(make(CiStoreKind::GitHubRepository, "acme", "widgets", "").label(),
                 QStringLiteral("secret NPM_TOKEN in acme/widgets"));
        QCOMPARE(make(CiStoreKind::CircleCiContext, "gh/acme", "", "release").label(),
                 QStringLiteral("variable NPM_TOKEN in CircleCI context release"));
    }
};

QTEST_GUILESS_MAIN(TestCiSecretTarget)
#include "tst_cisecrettarget.moc"
