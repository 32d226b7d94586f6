// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/PublisherIdentity.h"

#include <QUrl>

namespace td::provenance {

QString PublisherIdentity::repository() const
{
    const QUrl url(sourceRepositoryUri);
    if (!url.isValid() || url.scheme() != QLatin1String("https"))
        return {};
    QString path = url.path();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    return path;
}

QString PublisherIdentity::workflowFile() const
{
    // "https://github.com/owner/name/.github/workflows/release.yml@refs/tags/v1" (GitHub) or
    // "https://gitlab.com/group/project//.gitlab-ci.yml@refs/heads/main" (GitLab).
    QString uri = buildConfigUri;
    const qsizetype at = uri.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        uri.truncate(at);
    const qsizetype github = uri.indexOf(QLatin1String("/.github/workflows/"));
    if (github >= 0)
        return uri.mid(github + 1);
    const qsizetype gitlab
        = uri.indexOf(QLatin1String("//"), uri.indexOf(QLatin1String("://")) + 3);
    if (gitlab >= 0)
        return uri.mid(gitlab + 2);
    return {};
}

bool PublisherIdentity::isGitHubActions() const
{
    return issuer == QLatin1String(kGitHubActionsIssuer);
}

} // namespace td::provenance
