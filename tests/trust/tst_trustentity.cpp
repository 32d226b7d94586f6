// SPDX-License-Identifier: GPL-3.0-or-later
// trust github|gitlab without --repo/--project (issue 17): the repository npm's `trust` infers
// from package.json `repository` (hosted-git-info's reading; each expected value below is what
// npm 11.19's hosted-git-info answered for the same text), and npm's choice between the flag and
// package.json with its warnings and messages (lib/trust-cmd.js, flagsToOptions).
#include "core/trust/PackageInfo.h"
#include "core/trust/TrustEntity.h"

#include <QJsonObject>
#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(std::optional<td::HostedRepository>)

namespace {
std::optional<HostedRepository> hosted(const char *type, const char *path)
{
    return HostedRepository{QLatin1String(type), QLatin1String(path)};
}
const std::optional<HostedRepository> kNone;
} // namespace

class TstTrustEntity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostedRepositoryAsNpmReadsIt_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<std::optional<HostedRepository>>("expected");
        QTest::newRow("github: shorthand") << "github:owner/name" << hosted("github", "owner/name");
        QTest::newRow("bare owner/name") << "owner/name" << hosted("github", "owner/name");
        QTest::newRow("gitlab: shorthand") << "gitlab:group/proj" << hosted("gitlab", "group/proj");
        QTest::newRow("gitlab: subgroup")
            << "gitlab:group/sub/proj" << hosted("gitlab", "group/sub/proj");
        QTest::newRow("gitlab: with .git")
            << "gitlab:group/sub/proj.git" << hosted("gitlab", "group/sub/proj");
        QTest::newRow("git+https .git")
            << "git+https://github.com/owner/name.git" << hosted("github", "owner/name");
        QTest::newRow("scp-like ssh")
            << "git@github.com:owner/name.git" << hosted("github", "owner/name");
        QTest::newRow("git+ssh") << "git+ssh://git@github.com/owner/name.git"
                                 << hosted("github", "owner/name");
        QTest::newRow("ssh with port")
            << "ssh://git@github.com:22/owner/name.git" << hosted("github", "owner/name");
        QTest::newRow("git://") << "git://github.com/owner/name.git"
                                << hosted("github", "owner/name");
        QTest::newRow("https page path") << "https://github.com/owner/name/tree/main/packages/x"
                                         << hosted("github", "owner/name");
        QTest::newRow("trailing slash")
            << "https://github.com/owner/name.git/" << hosted("github", "owner/name");
        QTest::newRow("www") << "https://www.github.com/owner/name"
                             << hosted("github", "owner/name");
        QTest::newRow("host in capitals")
            << "https://GitHub.com/owner/name" << hosted("github", "owner/name");
        QTest::newRow("committish") << "owner/name#main" << hosted("github", "owner/name");
        QTest::newRow("semver committish")
            << "https://github.com/owner/name.git#semver:1" << hosted("github", "owner/name");
        QTest::newRow("shorthand committish")
            << "github:owner/name#main" << hosted("github", "owner/name");
        QTest::newRow("query") << "https://github.com/owner/name?x=1"
                               << hosted("github", "owner/name");
        QTest::newRow("credentials in the URL")
            << "git+https://user:pw@github.com/owner/name.git" << hosted("github", "owner/name");
        QTest::newRow("dots in names") << "github:Owner/Na.me" << hosted("github", "Owner/Na.me");
        QTest::newRow("gitlab https subgroup")
            << "https://gitlab.com/group/sub/proj.git" << hosted("gitlab", "group/sub/proj");
        QTest::newRow("gitlab scp subgroup")
            << "git@gitlab.com:group/sub/proj.git" << hosted("gitlab", "group/sub/proj");
        QTest::newRow("gitlab git+https, no .git")
            << "git+https://gitlab.com/group/proj" << hosted("gitlab", "group/proj");
        QTest::newRow("bitbucket") << "bitbucket:o/r" << hosted("bitbucket", "o/r");
        QTest::newRow("gitlab page path") << "https://gitlab.com/group/proj/-/tree/main" << kNone;
        QTest::newRow("self-hosted gitlab") << "https://gitlab.example.com/g/p.git" << kNone;
        QTest::newRow("unknown host") << "https://example.com/o/r.git" << kNone;
        QTest::newRow("host without scheme") << "github.com/owner/name" << kNone;
        QTest::newRow("owner only") << "https://github.com/owner" << kNone;
        QTest::newRow("capitalised shorthand") << "GitHub:owner/name" << kNone;
        QTest::newRow("blank") << "  " << kNone;
    }
    void hostedRepositoryAsNpmReadsIt()
    {
        QFETCH(QString, written);
        QFETCH(std::optional<HostedRepository>, expected);
        const auto actual = hostedRepository(written);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(actual->type, expected->type);
            QCOMPARE(actual->path, expected->path);
        }
    }

    // The object form {type, url, directory}: the url names the repository; `directory` is a
    // folder inside it and changes nothing.
    void objectFormWithDirectory()
    {
        const QJsonObject manifest{
            {QStringLiteral("name"), QStringLiteral("@acme/core")},
            {QStringLiteral("repository"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("git")},
                 {QStringLiteral("url"), QStringLiteral("git+https://github.com/acme/mono.git")},
                 {QStringLiteral("directory"), QStringLiteral("packages/core")}}}};
        const PackageInfo info = PackageManifest::fromJson(manifest, {}, {});
        QCOMPARE(info.repository.directory, QStringLiteral("packages/core"));
        const auto repo = hostedRepository(info.repository.url);
        QVERIFY(repo);
        QCOMPARE(repo->path, QStringLiteral("acme/mono"));
    }

    void choose_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("packageJson"); // as written in package.json; "" = none
        QTest::addColumn<bool>("samePackage");
        QTest::addColumn<QString>("gitRemote");
        QTest::addColumn<QString>("entity"); // "" = an error
        QTest::addColumn<bool>("fromPackageJson");
        QTest::addColumn<QString>("message"); // the warning, or the error's message

        QTest::newRow("inferred") << "github"
                                  << ""
                                  << "github:acme/app" << true << ""
                                  << "acme/app" << true << "";
        QTest::newRow("inferred for another package named on the command line")
            << "github"
            << ""
            << "github:acme/app" << false << ""
            << "acme/app" << true << "";
        QTest::newRow("gitlab inferred") << "gitlab"
                                         << ""
                                         << "gitlab:grp/sub/app" << true << ""
                                         << "grp/sub/app" << true << "";
        QTest::newRow("the flag wins, with npm's warning")
            << "github"
            << "acme/other"
            << "github:acme/app" << true << ""
            << "acme/other" << false
            << "Repository in package.json (acme/app) differs from provided GitHub repository "
               "(acme/other).";
        QTest::newRow("the flag wins quietly for another package")
            << "github"
            << "acme/other"
            << "github:acme/app" << false << ""
            << "acme/other" << false << "";
        QTest::newRow("the flag agrees") << "github"
                                         << "acme/app"
                                         << "acme/app" << true << ""
                                         << "acme/app" << false << "";
        QTest::newRow("package.json on GitLab, trust github: npm's error")
            << "github"
            << ""
            << "gitlab:grp/app" << true << ""
            << "" << false << "Repository in package.json is not a GitHub repository (grp/app).";
        QTest::newRow("package.json on GitLab, trust github --repo: a warning")
            << "github"
            << "acme/app"
            << "gitlab:grp/app" << true << ""
            << "acme/app" << false
            << "Repository in package.json is not a GitHub repository (grp/app).";
        QTest::newRow("package.json on GitHub, trust gitlab")
            << "gitlab"
            << ""
            << "acme/app" << true << ""
            << "" << false << "Repository in package.json is not a GitLab project (acme/app).";
        QTest::newRow("another package, package.json on GitLab: not used (npm would)")
            << "github"
            << ""
            << "gitlab:grp/app" << false << ""
            << "" << false << "GitHub repository must be specified with --repo.";
        QTest::newRow("nothing names it") << "github"
                                          << ""
                                          << "" << true << ""
                                          << "" << false
                                          << "GitHub repository must be specified with --repo or "
                                             "inferred from the package.json repository field.";
        QTest::newRow("nothing names it, gitlab")
            << "gitlab"
            << ""
            << "" << false << ""
            << "" << false << "GitLab project must be specified with --project.";
        QTest::newRow("TokenDesk's last resort: the git remote") << "github"
                                                                 << ""
                                                                 << "" << true << "acme/remote"
                                                                 << "acme/remote" << false << "";
        QTest::newRow("package.json before the git remote") << "github"
                                                            << ""
                                                            << "acme/app" << true << "acme/remote"
                                                            << "acme/app" << true << "";
    }
    void choose()
    {
        QFETCH(QString, provider);
        QFETCH(QString, flag);
        QFETCH(QString, packageJson);
        QFETCH(bool, samePackage);
        QFETCH(QString, gitRemote);
        QFETCH(QString, entity);
        QFETCH(bool, fromPackageJson);
        QFETCH(QString, message);
        TrustEntityInput input;
        input.provider = provider;
        input.flagValue = flag;
        if (!packageJson.isEmpty())
            input.packageJson = hostedRepository(packageJson);
        input.packageIsPackageJsons = samePackage;
        input.gitRemotePath = gitRemote;
        const Result<TrustEntityChoice> choice = TrustEntity::choose(input);
        if (entity.isEmpty()) {
            QVERIFY(!choice);
            QCOMPARE(choice.error().code, ErrorCode::InvalidInput);
            QCOMPARE(choice.error().message, message);
            return;
        }
        QVERIFY2(choice, qPrintable(choice ? QString() : choice.error().oneLine()));
        QCOMPARE(choice.value().entity, entity);
        QCOMPARE(choice.value().fromPackageJson, fromPackageJson);
        QCOMPARE(choice.value().warnings, message.isEmpty() ? QStringList() : QStringList{message});
    }
};

QTEST_GUILESS_MAIN(TstTrustEntity)
#include "tst_trustentity.moc"
