// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/GitRemote.h"

#include "core/util/LocalFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace td {

namespace {

GitProvider providerForHost(const QString &host)
{
    if (host == u"github.com" || host == u"www.github.com")
        return GitProvider::GitHub;
    // Self-managed GitLab instances are usually called gitlab.<company>.
    if (host == u"gitlab.com" || host.startsWith(u"gitlab."))
        return GitProvider::GitLab;
    return GitProvider::Other;
}

// Splits "owner/repo(.git)" (or "group/sub/project") into a remote; checks the segment count
// each provider allows.
std::optional<GitRemote> fromHostAndPath(const QString &url, const QString &name, QString host,
                                         QString path)
{
    host = host.toLower();
    if (host.startsWith(u"www."))
        host = host.mid(4);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(u".git"))
        path.chop(4);
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (host.isEmpty() || segments.size() < 2)
        return std::nullopt;
    GitRemote remote;
    remote.name = name;
    remote.url = url;
    remote.host = host;
    remote.provider = providerForHost(host);
    // GitHub has no nested owners: extra segments are a page path (".../tree/main").
    if (remote.provider == GitProvider::GitHub) {
        remote.owner = segments.at(0);
        remote.repo = segments.at(1);
    } else {
        remote.repo = segments.last();
        remote.owner = segments.mid(0, segments.size() - 1).join(QLatin1Char('/'));
    }
    return remote;
}

} // namespace

QString gitProviderName(GitProvider provider)
{
    switch (provider) {
    case GitProvider::GitHub:
        return QStringLiteral("github");
    case GitProvider::GitLab:
        return QStringLiteral("gitlab");
    case GitProvider::Other:
        break;
    }
    return QStringLiteral("other");
}

QString GitRemote::httpsUrl() const
{
    return QStringLiteral("https://") + host + QLatin1Char('/') + path();
}

std::optional<GitRemote> GitRemote::fromUrl(const QString &rawUrl, const QString &remoteName)
{
    QString url = rawUrl.trimmed();
    if (url.isEmpty())
        return std::nullopt;
    if (url.startsWith(u"git+"))
        url = url.mid(4);

    // scheme://[user[:pass]@]host[:port]/path
    static const QRegularExpression schemeForm(
        QStringLiteral(R"(^(?:https?|ssh|git)://(?:[^@/]+@)?([^/:]+)(?::\d*)?(/.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = schemeForm.match(url); m.hasMatch())
        return fromHostAndPath(rawUrl.trimmed(), remoteName, m.captured(1), m.captured(2));

    // scp-like: [user@]host:path (no "//" after the colon)
    static const QRegularExpression scpForm(
        QStringLiteral(R"(^(?:[^@/\s]+@)?([^/:\s]+):(?!//)(.+)$)"));
    if (const auto m = scpForm.match(url); m.hasMatch())
        return fromHostAndPath(rawUrl.trimmed(), remoteName, m.captured(1), m.captured(2));
    return std::nullopt;
}

std::optional<GitRemote> GitRemote::fromRepositoryField(const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    struct Shorthand
    {
        QLatin1String prefix;
        QLatin1String host;
    };
    static const Shorthand shorthands[] = {
        {QLatin1String("github:"), QLatin1String("github.com")},
        {QLatin1String("gitlab:"), QLatin1String("gitlab.com")},
        {QLatin1String("bitbucket:"), QLatin1String("bitbucket.org")},
    };
    for (const Shorthand &s : shorthands) {
        if (value.startsWith(s.prefix, Qt::CaseInsensitive))
            return fromHostAndPath(value, {}, s.host, value.mid(s.prefix.size()));
    }
    // npm reads a bare "owner/repo" as GitHub.
    static const QRegularExpression bare(QStringLiteral(R"(^[\w.-]+/[\w.-]+$)"));
    if (bare.match(value).hasMatch())
        return fromHostAndPath(value, {}, QStringLiteral("github.com"), value);
    return fromUrl(value);
}

QList<GitRemote> parseGitConfigRemotes(const QString &configText)
{
    static const QRegularExpression sectionHeader(
        QStringLiteral(R"re(^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\])re"));
    QList<GitRemote> remotes;
    QString currentRemote;
    bool inRemote = false;
    const QStringList lines = configText.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const auto m = sectionHeader.match(line);
            inRemote = m.hasMatch() && m.captured(1).compare(u"remote", Qt::CaseInsensitive) == 0;
            currentRemote = inRemote ? m.captured(2) : QString();
            continue;
        }
        if (!inRemote)
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0 || line.left(eq).trimmed().compare(u"url", Qt::CaseInsensitive) != 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"'))
            && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (auto remote = GitRemote::fromUrl(value, currentRemote))
            remotes.append(*remote);
    }
    return remotes;
}

QList<GitRemote> readGitRemotes(const QString &repoRoot)
{
    const QFileInfo dotGit(QDir(repoRoot).filePath(QStringLiteral(".git")));
    QString gitDir;
    if (dotGit.isDir()) {
        gitDir = dotGit.absoluteFilePath();
    } else if (dotGit.isFile()) {
        const auto pointer = readLocalFile(dotGit.absoluteFilePath(), kConfigFileCap);
        if (!pointer)
            return {};
        const QString text = QString::fromUtf8(pointer.value()).trimmed();
        if (!text.startsWith(u"gitdir:"))
            return {};
        gitDir = QDir(repoRoot).absoluteFilePath(text.mid(7).trimmed());
        // Worktrees keep the shared config in the "commondir".
        if (const auto common
            = readLocalFile(QDir(gitDir).filePath(QStringLiteral("commondir")), kConfigFileCap))
            gitDir = QDir(gitDir).absoluteFilePath(QString::fromUtf8(common.value()).trimmed());
    } else {
        return {};
    }
    const auto config
        = readLocalFile(QDir(gitDir).filePath(QStringLiteral("config")), kConfigFileCap);
    if (!config)
        return {};
    return parseGitConfigRemotes(QString::fromUtf8(config.value()));
}

} // namespace td
