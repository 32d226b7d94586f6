// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/RepoInspector.h"

#include "core/util/LocalFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <yaml-cpp/yaml.h>

#include <string>

namespace td {

namespace {

std::optional<QJsonObject> readJsonObject(const QString &path, QStringList &warnings)
{
    auto bytes = readLocalFile(path, kConfigFileCap);
    if (!bytes) {
        // A missing manifest is normal (a folder without package.json); any other failure is not.
        if (bytes.error().code != ErrorCode::NotFound)
            warnings << bytes.error().oneLine();
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (!doc.isObject()) {
        warnings << RepoInspector::tr("%1 is not valid JSON (%2); it was skipped.")
                        .arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonArray entries = value.toArray(); const QJsonValue &v : entries) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

QStringList pnpmPatterns(const QString &yamlPath, QStringList &warnings)
{
    auto bytes = readLocalFile(yamlPath, kConfigFileCap);
    if (!bytes) {
        if (bytes.error().code != ErrorCode::NotFound)
            warnings << bytes.error().oneLine();
        return {};
    }
    QStringList out;
    try {
        const YAML::Node doc
            = YAML::Load(std::string(bytes.value().constData(), bytes.value().size()));
        const YAML::Node packages = doc[std::string("packages")];
        if (packages && packages.IsSequence()) {
            for (const YAML::Node &item : packages) {
                if (item.IsScalar())
                    out << QString::fromStdString(item.Scalar());
            }
        }
    } catch (const YAML::Exception &e) {
        warnings << RepoInspector::tr("pnpm-workspace.yaml could not be read: %1")
                        .arg(QString::fromStdString(e.what()));
    }
    return out;
}

QString detectPackageManager(const QDir &root, const QJsonObject &rootJson)
{
    // Corepack's "packageManager": "pnpm@9.1.0" is the most explicit statement.
    const QString declared = rootJson.value(QLatin1String("packageManager")).toString();
    if (!declared.isEmpty())
        return declared.section(QLatin1Char('@'), 0, 0);
    if (root.exists(QStringLiteral("pnpm-lock.yaml"))
        || root.exists(QStringLiteral("pnpm-workspace.yaml")))
        return QStringLiteral("pnpm");
    if (root.exists(QStringLiteral("yarn.lock")))
        return QStringLiteral("yarn");
    return QStringLiteral("npm");
}

QStringList findCiFiles(const QDir &root)
{
    QStringList out;
    const QDir workflows(root.filePath(QStringLiteral(".github/workflows")));
    const QStringList names = workflows.entryList(
        {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        out << QStringLiteral(".github/workflows/") + name;
    for (const char *fixed :
         {".gitlab-ci.yml", ".gitlab-ci.yaml", ".circleci/config.yml", ".circleci/config.yaml"}) {
        const QString rel = QString::fromLatin1(fixed);
        if (QFileInfo(root.filePath(rel)).isFile())
            out << rel;
    }
    out.sort();
    return out;
}

} // namespace

QList<PackageInfo> RepoFacts::publishablePackages() const
{
    QList<PackageInfo> out;
    if (hasRootPackage && !rootPackage.isPrivate && !rootPackage.name.isEmpty())
        out << rootPackage;
    for (const PackageInfo &p : workspacePackages) {
        if (!p.isPrivate && !p.name.isEmpty())
            out << p;
    }
    return out;
}

std::optional<GitRemote> RepoFacts::primaryRemote() const
{
    for (const GitRemote &r : remotes) {
        if (r.name == u"origin")
            return r;
    }
    if (remotes.isEmpty())
        return std::nullopt;
    return remotes.first();
}

Result<RepoFacts> RepoInspector::inspect(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    const QDir root(info.absoluteFilePath());
    RepoFacts facts;
    facts.root = root.absolutePath();

    QJsonObject rootJson;
    const QString rootManifest = root.filePath(QStringLiteral("package.json"));
    if (auto json = readJsonObject(rootManifest, facts.warnings)) {
        rootJson = *json;
        facts.hasRootPackage = true;
        facts.rootPackage = PackageManifest::fromJson(rootJson, QString(), rootManifest);
    }

    const QJsonValue workspaces = rootJson.value(QLatin1String("workspaces"));
    if (workspaces.isArray()) {
        facts.workspaceKind = WorkspaceKind::PackageJson;
        facts.workspacePatterns = stringsOf(workspaces);
    } else if (workspaces.isObject()) { // yarn classic: {packages: [...], nohoist: [...]}
        facts.workspaceKind = WorkspaceKind::PackageJson;
        facts.workspacePatterns = stringsOf(workspaces.toObject().value(QLatin1String("packages")));
    }
    const QString pnpmFile = root.filePath(QStringLiteral("pnpm-workspace.yaml"));
    if (facts.workspaceKind == WorkspaceKind::None && QFileInfo::exists(pnpmFile)) {
        facts.workspaceKind = WorkspaceKind::Pnpm;
        facts.workspacePatterns = pnpmPatterns(pnpmFile, facts.warnings);
    }

    for (const QString &rel : expandWorkspaceGlobs(facts.root, facts.workspacePatterns)) {
        const QString manifest = root.filePath(rel + QStringLiteral("/package.json"));
        if (auto json = readJsonObject(manifest, facts.warnings))
            facts.workspacePackages << PackageManifest::fromJson(*json, rel, manifest);
    }

    facts.packageManager = detectPackageManager(root, rootJson);
    facts.remotes = readGitRemotes(facts.root);
    facts.ciFiles = findCiFiles(root);
    return facts;
}

} // namespace td
