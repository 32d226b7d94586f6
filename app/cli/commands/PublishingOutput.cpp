// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishingOutput.h"

#include "MigrateSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace td::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(td::cli::Publishing)
};

// "github.com" + "owner/repo" from what package.json's repository may say:
// "git+https://github.com/o/r.git", "git@github.com:o/r.git", "github:o/r", "o/r".
QPair<QString, QString> hostAndPath(QString repository)
{
    repository = repository.trimmed();
    if (repository.startsWith(QLatin1String("github:")))
        return {QStringLiteral("github.com"), repository.mid(7)};
    if (repository.startsWith(QLatin1String("gitlab:")))
        return {QStringLiteral("gitlab.com"), repository.mid(7)};
    if (repository.startsWith(QLatin1String("git+")))
        repository = repository.mid(4);
    if (repository.startsWith(QLatin1String("git@")))
        repository = QStringLiteral("ssh://")
            + repository.mid(4).replace(QLatin1Char(':'), QLatin1Char('/'));
    const QUrl url(repository);
    QString path = url.path().mid(1);
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    QString host = url.host().toLower();
    if (host.isEmpty() && repository.count(QLatin1Char('/')) == 1)
        return {QStringLiteral("github.com"), repository}; // npm's "owner/repo" shorthand
    return {host, path};
}

QString trustCommand(const PackagePublishPath &path)
{
    const auto [host, repoPath] = hostAndPath(path.repository);
    QStringList ciFiles;
    for (const PublishWay &way : path.ways)
        ciFiles += way.ciFiles;
    const bool gitlab = host == QLatin1String("gitlab.com")
        || (host.isEmpty() && ciFiles.contains(QStringLiteral(".gitlab-ci.yml")));
    if (gitlab)
        return QStringLiteral("tokendesk-cli trust gitlab %1 --project %2 --file .gitlab-ci.yml "
                              "--allow-stage-publish")
            .arg(path.package, repoPath.isEmpty() ? QStringLiteral("GROUP/PROJECT") : repoPath);
    QString workflow = QStringLiteral("WORKFLOW.yml");
    for (const QString &file : ciFiles)
        if (file.startsWith(QLatin1String(".github/workflows/")))
            workflow = file.section(QLatin1Char('/'), -1);
    return QStringLiteral("tokendesk-cli trust github %1 --repo %2 --file %3 --allow-stage-publish")
        .arg(path.package,
             host == QLatin1String("github.com") && !repoPath.isEmpty()
                 ? repoPath
                 : QStringLiteral("OWNER/REPO"),
             workflow);
}

QString lastReleaseText(const LastRelease &last)
{
    if (last.version.isEmpty())
        return QStringLiteral("-");
    QString text = last.version;
    if (last.published.isValid())
        text += QLatin1Char(' ') + last.published.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    text += QStringLiteral(" (") + lastReleaseSourceLabel(last.source)
        + (last.attested ? Text::tr(", attested") : QString()) + QLatin1Char(')');
    return text;
}

} // namespace

QJsonObject publishPathJson(const PackagePublishPath &path)
{
    QJsonArray ways;
    for (const PublishWay &way : path.ways)
        ways.append(
            QJsonObject{{QStringLiteral("route"), publishRouteId(way.route)},
                        {QStringLiteral("label"), way.label},
                        {QStringLiteral("tokenKey"), way.tokenKey},
                        {QStringLiteral("usedIn"), QJsonArray::fromStringList(way.usedIn)},
                        {QStringLiteral("ciFiles"), QJsonArray::fromStringList(way.ciFiles)}});
    const QJsonObject last{{QStringLiteral("version"), path.last.version},
                           {QStringLiteral("published"),
                            path.last.published.isValid()
                                ? path.last.published.toUTC().toString(Qt::ISODate)
                                : QString()},
                           {QStringLiteral("source"), lastReleaseSourceId(path.last.source)},
                           {QStringLiteral("publisher"), path.last.publisher},
                           {QStringLiteral("attested"), path.last.attested}};
    return {{QStringLiteral("account"), path.account},
            {QStringLiteral("registry"), path.registry},
            {QStringLiteral("package"), path.package},
            {QStringLiteral("ways"), ways},
            {QStringLiteral("last"), last},
            {QStringLiteral("verdict"), publishVerdictId(path.verdict)},
            {QStringLiteral("reason"), path.reason},
            {QStringLiteral("unknowns"), QJsonArray::fromStringList(path.unknowns)},
            {QStringLiteral("wayOut"), wayOutId(path.wayOut)},
            {QStringLiteral("wayOutCommands"), QJsonArray::fromStringList(wayOutCommands(path))},
            {QStringLiteral("repository"), path.repository}};
}

int atRiskCount(const QList<PackagePublishPath> &paths)
{
    return int(std::count_if(paths.cbegin(), paths.cend(), [](const PackagePublishPath &p) {
        return p.verdict == PublishVerdict::AtRisk;
    }));
}

QJsonObject publishingJson(const QList<PackagePublishPath> &paths)
{
    QJsonArray packages;
    for (const PackagePublishPath &path : paths)
        packages.append(publishPathJson(path));
    return {{QStringLiteral("packages"), packages}, {QStringLiteral("atRisk"), atRiskCount(paths)}};
}

QStringList wayOutCommands(const PackagePublishPath &path)
{
    if (path.wayOut == WayOut::None)
        return {};
    QStringList commands;
    if (path.wayOut == WayOut::TrustedPublishing)
        commands.append(trustCommand(path));
    bool migrate = false;
    for (const PublishWay &way : path.ways) {
        if (!isDirectPublishToken(way.route))
            continue;
        if (!way.usedIn.isEmpty())
            migrate = true;
        else
            commands.append(QStringLiteral("tokendesk-cli token revoke %1").arg(way.tokenKey));
    }
    if (migrate)
        commands.append(
            QStringLiteral("tokendesk-cli migrate --to stage-only --apply --password-stdin"));
    if (commands.isEmpty() && path.wayOut == WayOut::StageOnlyToken)
        commands.append(
            QStringLiteral(
                "tokendesk-cli token create --name %1-stage-only --packages %2 "
                "--packages-and-scopes-permission read-write-stage-only --password-stdin")
                .arg(QString(path.package)
                         .remove(QLatin1Char('@'))
                         .replace(QLatin1Char('/'), QLatin1Char('-')),
                     path.package));
    return commands;
}

void printPublishing(QTextStream &out, const QList<PackagePublishPath> &paths)
{
    QList<QStringList> table{{Text::tr("PACKAGE"), Text::tr("VERDICT"),
                              Text::tr("PUBLISHED THROUGH"), Text::tr("LAST RELEASE")}};
    for (const PackagePublishPath &path : paths) {
        QStringList routes;
        for (const PublishWay &way : path.ways)
            if (!routes.contains(publishRouteLabel(way.route)))
                routes.append(publishRouteLabel(way.route));
        table.append({path.package, publishVerdictLabel(path.verdict),
                      routes.isEmpty() ? QStringLiteral("-") : routes.join(QStringLiteral(", ")),
                      lastReleaseText(path.last)});
    }
    MigrateServices::printTable(out, table);
    if (paths.isEmpty())
        out << Text::tr("No packages to publish on this account.") << '\n';
    for (const PackagePublishPath &path : paths) {
        if (path.verdict == PublishVerdict::Ready)
            continue;
        out << '\n' << path.package << ": " << publishVerdictLabel(path.verdict) << '\n';
        out << "  " << path.reason << '\n';
        const QStringList commands = wayOutCommands(path);
        if (!commands.isEmpty())
            out << "  " << Text::tr("Way out (%1):").arg(wayOutLabel(path.wayOut)) << '\n';
        for (const QString &command : commands)
            out << "    " << command << '\n';
        for (const QString &unknown : path.unknowns.mid(1))
            out << "  " << Text::tr("Not known: %1").arg(unknown) << '\n';
    }
    if (!paths.isEmpty())
        out << '\n'
            << Text::tr("Not known for any package: %1").arg(paths.first().unknowns.value(0))
            << '\n';
    const int risk = atRiskCount(paths);
    if (risk > 0)
        out << Text::tr("%n package(s) at risk in January 2027 (no exact day is announced).",
                        nullptr, risk)
            << '\n';
}

} // namespace td::cli
