// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/GitRemote.h"

#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::GitProvider)

class TestGitRemote : public QObject
{
    Q_OBJECT
private slots:
    void parsesRemoteUrls_data();
    void parsesRemoteUrls();
    void rejectsNonRepositoryUrls_data();
    void rejectsNonRepositoryUrls();
    void parsesRepositoryFieldShorthands_data();
    void parsesRepositoryFieldShorthands();
    void readsRemotesFromGitConfig();
    void httpsUrlIsCanonical();
};

void TestGitRemote::parsesRemoteUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<GitProvider>("provider");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("repo");

    const auto gh = GitProvider::GitHub;
    const auto gl = GitProvider::GitLab;
    QTest::newRow("https .git") << "https://github.com/Acme/widgets.git" << gh << "github.com"
                                << "Acme"
                                << "widgets";
    QTest::newRow("https no .git") << "https://github.com/acme/widgets" << gh << "github.com"
                                   << "acme"
                                   << "widgets";
    QTest::newRow("https trailing slash")
        << "https://github.com/acme/widgets/" << gh << "github.com"
        << "acme"
        << "widgets";
    QTest::newRow("https with user")
        << "https://bob@github.com/acme/widgets.git" << gh << "github.com"
        << "acme"
        << "widgets";
    QTest::newRow("git+https") << "git+https://github.com/acme/widgets.git" << gh << "github.com"
                               << "acme"
                               << "widgets";
    QTest::newRow("scp ssh") << "git@github.com:acme/widgets.git" << gh << "github.com"
                             << "acme"
                             << "widgets";
    QTest::newRow("scp ssh no .git") << "git@github.com:acme/widgets" << gh << "github.com"
                                     << "acme"
                                     << "widgets";
    QTest::newRow("ssh://") << "ssh://git@github.com/acme/widgets.git" << gh << "github.com"
                            << "acme"
                            << "widgets";
    QTest::newRow("ssh:// port") << "ssh://git@github.com:22/acme/widgets.git" << gh << "github.com"
                                 << "acme"
                                 << "widgets";
    QTest::newRow("git+ssh") << "git+ssh://git@github.com/acme/widgets.git" << gh << "github.com"
                             << "acme"
                             << "widgets";
    QTest::newRow("git://") << "git://github.com/acme/widgets.git" << gh << "github.com"
                            << "acme"
                            << "widgets";
    QTest::newRow("host case") << "https://GitHub.com/acme/widgets" << gh << "github.com"
                               << "acme"
                               << "widgets";
    QTest::newRow("gitlab https") << "https://gitlab.com/acme/widgets.git" << gl << "gitlab.com"
                                  << "acme"
                                  << "widgets";
    QTest::newRow("gitlab subgroups https")
        << "https://gitlab.com/acme/web/ui/widgets.git" << gl << "gitlab.com"
        << "acme/web/ui"
        << "widgets";
    QTest::newRow("gitlab subgroups scp")
        << "git@gitlab.com:acme/web/widgets.git" << gl << "gitlab.com"
        << "acme/web"
        << "widgets";
    QTest::newRow("gitlab subgroups ssh://")
        << "ssh://git@gitlab.com/acme/web/widgets" << gl << "gitlab.com"
        << "acme/web"
        << "widgets";
    QTest::newRow("self-managed gitlab")
        << "https://gitlab.example.org/g/p.git" << gl << "gitlab.example.org"
        << "g"
        << "p";
    QTest::newRow("other host") << "https://codeberg.org/acme/widgets.git" << GitProvider::Other
                                << "codeberg.org"
                                << "acme"
                                << "widgets";
}

void TestGitRemote::parsesRemoteUrls()
{
    QFETCH(QString, url);
    QFETCH(GitProvider, provider);
    QFETCH(QString, host);
    QFETCH(QString, owner);
    QFETCH(QString, repo);
    const auto remote = GitRemote::fromUrl(url);
    QVERIFY(remote.has_value());
    QCOMPARE(remote->provider, provider);
    QCOMPARE(remote->host, host);
    QCOMPARE(remote->owner, owner);
    QCOMPARE(remote->repo, repo);
    QCOMPARE(remote->url, url);
}

void TestGitRemote::rejectsNonRepositoryUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << "";
    QTest::newRow("host only") << "https://github.com/";
    QTest::newRow("owner only") << "https://github.com/acme";
    QTest::newRow("local path") << "/srv/git/widgets.git";
    QTest::newRow("words") << "not a url";
}

void TestGitRemote::rejectsNonRepositoryUrls()
{
    QFETCH(QString, url);
    QVERIFY(!GitRemote::fromUrl(url).has_value());
}

void TestGitRemote::parsesRepositoryFieldShorthands_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<GitProvider>("provider");
    QTest::addColumn<QString>("path");
    QTest::newRow("github:") << "github:acme/widgets" << GitProvider::GitHub << "acme/widgets";
    QTest::newRow("bare owner/repo") << "acme/widgets" << GitProvider::GitHub << "acme/widgets";
    QTest::newRow("gitlab: subgroups")
        << "gitlab:acme/web/widgets" << GitProvider::GitLab << "acme/web/widgets";
    QTest::newRow("bitbucket:") << "bitbucket:acme/widgets" << GitProvider::Other << "acme/widgets";
    QTest::newRow("full url") << "git+https://github.com/Acme/widgets.git" << GitProvider::GitHub
                              << "Acme/widgets";
}

void TestGitRemote::parsesRepositoryFieldShorthands()
{
    QFETCH(QString, value);
    QFETCH(GitProvider, provider);
    QFETCH(QString, path);
    const auto remote = GitRemote::fromRepositoryField(value);
    QVERIFY(remote.has_value());
    QCOMPARE(remote->provider, provider);
    QCOMPARE(remote->path(), path);
}

void TestGitRemote::readsRemotesFromGitConfig()
{
    const QString config = QStringLiteral(
        "[core]\n\tbare = false\n"
        "# a comment\n"
        "[remote \"origin\"]\n\turl = git@github.com:acme/widgets.git\n"
        "\tfetch = +refs/heads/*:refs/remotes/origin/*\n"
        "[branch \"main\"]\n\turl = https://github.com/not/aremote\n"
        "[remote \"upstream\"]\n\tURL = \"https://gitlab.com/acme/sub/widgets\"\n");
    const QList<GitRemote> remotes = parseGitConfigRemotes(config);
    QCOMPARE(remotes.size(), 2);
    QCOMPARE(remotes.at(0).name, QStringLiteral("origin"));
    QCOMPARE(remotes.at(0).path(), QStringLiteral("acme/widgets"));
    QCOMPARE(remotes.at(1).name, QStringLiteral("upstream"));
    QCOMPARE(remotes.at(1).provider, GitProvider::GitLab);
    QCOMPARE(remotes.at(1).groups(), QStringList({QStringLiteral("acme"), QStringLiteral("sub")}));
}

void TestGitRemote::httpsUrlIsCanonical()
{
    const auto remote = GitRemote::fromUrl(QStringLiteral("git@github.com:Acme/widgets.git"));
    QVERIFY(remote.has_value());
    QCOMPARE(remote->httpsUrl(), QStringLiteral("https://github.com/Acme/widgets"));
}

QTEST_GUILESS_MAIN(TestGitRemote)
#include "tst_gitremote.moc"
