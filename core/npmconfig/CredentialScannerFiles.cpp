// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialScanner: .yarnrc.yml, CI workflow files, and the whole-machine scan.
#include "core/npmconfig/CredentialScanner.h"

#include "core/npmconfig/NpmConfigSyntax.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/npmconfig/ProjectFileWalker.h"
#include "core/util/LocalFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace td {

namespace {

constexpr char kYarnDefaultRegistry[] = "https://registry.yarnpkg.com";

Error unreadable(const QString &path, const QString &why)
{
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("td::CredentialScanner", "Cannot read %1: %2").arg(path, why));
}

// Yarn's ${NAME}, ${NAME:-fallback}, ${NAME-fallback}. `resolved` is false when a variable is unset
// and has no fallback, i.e. there is no value to look at.
QString expandYarnEnv(const QString &value, const QProcessEnvironment &env, QString *variable,
                      bool *resolved)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\$\{([A-Za-z0-9_]+)(?:(:?-)([^}]*))?\})"));
    QString out;
    qsizetype last = 0;
    *resolved = true;
    auto it = pattern.globalMatch(value);
    while (it.hasNext()) {
        const auto match = it.next();
        out += value.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (variable->isEmpty())
            *variable = name;
        const bool colon = match.captured(2) == QLatin1String(":-");
        const bool set = env.contains(name) && (!colon || !env.value(name).isEmpty());
        if (!set && !match.hasCaptured(2))
            *resolved = false;
        out += set ? env.value(name) : match.captured(3);
    }
    out += value.mid(last);
    return out;
}

QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

} // namespace

QList<CredentialFinding> CredentialScanner::scanYarnrc(const QString &path,
                                                       QList<Error> *problems) const
{
    QList<CredentialFinding> findings;
    YAML::Node root;
    try {
        auto bytes = readLocalFile(path, kConfigFileCap);
        if (!bytes.ok()) {
            if (problems)
                problems->append(bytes.error());
            return findings;
        }
        root = YAML::Load(bytes.value().toStdString());
    } catch (const YAML::Exception &e) {
        if (problems)
            problems->append(unreadable(path, QString::fromStdString(e.msg)));
        return findings;
    }
    if (!root.IsMap())
        return findings;

    const QString defaultRegistry = text(root["npmRegistryServer"]).isEmpty()
        ? QString::fromLatin1(kYarnDefaultRegistry)
        : text(root["npmRegistryServer"]);

    auto collect = [&](const YAML::Node &map, const QString &registry, const QString &keyPrefix) {
        if (!map.IsMap())
            return; // a scalar or list where yarn wants settings holds no credential
        for (const char *name : {"npmAuthToken", "npmAuthIdent"}) {
            const YAML::Node node = map[name];
            const QString raw = text(node);
            if (raw.isEmpty())
                continue;
            CredentialFinding finding;
            finding.source = CredentialSource::YarnConfig;
            finding.form = qstrcmp(name, "npmAuthToken") == 0 ? CredentialForm::YarnAuthToken
                                                              : CredentialForm::YarnAuthIdent;
            finding.file = path;
            finding.line = int(node.Mark().line) + 1;
            finding.key = keyPrefix + QString::fromLatin1(name);
            finding.registry = nerfDart(registry);
            bool resolved = true;
            const QString value = expandYarnEnv(raw, m_env, &finding.variable, &resolved);
            if (finding.form == CredentialForm::YarnAuthIdent)
                finding.userName = value.section(QLatin1Char(':'), 0, 0);
            if (resolved && !value.isEmpty()) {
                finding.secret
                    = std::make_shared<const SecretBuffer>(SecretBuffer::fromString(value));
                finding.identity = TokenIdentity::of(finding.secret->view());
            }
            findings.append(finding);
        }
    };

    collect(root, defaultRegistry, {});
    if (const YAML::Node registries = root["npmRegistries"]; registries.IsMap()) {
        for (auto it = registries.begin(); it != registries.end(); ++it) {
            if (!it->first.IsScalar())
                continue;
            const QString registry = text(it->first);
            collect(it->second, registry,
                    QStringLiteral("npmRegistries.") + registry + QLatin1Char('.'));
        }
    }
    if (const YAML::Node scopes = root["npmScopes"]; scopes.IsMap()) {
        for (auto it = scopes.begin(); it != scopes.end(); ++it) {
            if (!it->first.IsScalar() || !it->second.IsMap())
                continue; // indexing a scalar throws (YAML::BadSubscript)
            const QString scope = text(it->first);
            const QString server = text(it->second["npmRegistryServer"]);
            collect(it->second, server.isEmpty() ? defaultRegistry : server,
                    QStringLiteral("npmScopes.") + scope + QLatin1Char('.'));
        }
    }
    return findings;
}

QList<CredentialFinding> CredentialScanner::scanWorkflow(const QString &path,
                                                         QList<Error> *problems) const
{
    QList<CredentialFinding> findings;
    auto bytes = readLocalFile(path, kConfigFileCap);
    if (!bytes.ok()) {
        if (problems)
            problems->append(bytes.error());
        return findings;
    }
    // GitLab and CircleCI both read variables as $NAME / ${NAME} in scripts.
    const bool circleci = path.endsWith(QLatin1String("/.circleci/config.yml"));
    const bool gitlab = circleci || QFileInfo(path).fileName() == QLatin1String(".gitlab-ci.yml");
    const QStringList lines = QString::fromUtf8(bytes.value()).split(QLatin1Char('\n'));

    static const QRegularExpression githubSecret(
        QStringLiteral(R"(\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\})"));
    static const QRegularExpression gitlabVariable(
        QStringLiteral(R"(\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?)"));
    static const QRegularExpression npmish(QStringLiteral(R"(NPM|NODE_AUTH)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenish(
        QStringLiteral(R"((NPM.*(TOKEN|AUTH))|NODE_AUTH_TOKEN)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenLine(
        QStringLiteral(R"(NODE_AUTH_TOKEN|NPM_TOKEN|_authToken)"));
    static const QRegularExpression registryUrl(
        QStringLiteral(R"(registry-url:\s*['"]?([^'"\s#]+))"));
    static const QRegularExpression nerfedKey(QStringLiteral(R"((//[^\s'"=]+?):_authToken)"));

    QString fileRegistry;
    for (const QString &line : lines) {
        if (const auto match = registryUrl.match(line); match.hasMatch()) {
            fileRegistry = nerfDart(match.captured(1));
            break;
        }
    }

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        QStringList names;
        auto it = (gitlab ? gitlabVariable : githubSecret).globalMatch(line);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            const bool relevant = gitlab
                ? tokenish.match(name).hasMatch()
                : (npmish.match(name).hasMatch() || tokenLine.match(line).hasMatch());
            if (relevant && !names.contains(name))
                names.append(name);
        }
        for (const QString &name : names) {
            CredentialFinding finding;
            finding.source = circleci ? CredentialSource::CircleCi
                : gitlab              ? CredentialSource::GitLabCi
                                      : CredentialSource::GitHubWorkflow;
            finding.form = CredentialForm::CiSecret;
            finding.file = path;
            finding.line = i + 1;
            finding.key = gitlab ? QString(QLatin1Char('$') + name)
                                 : QString(QStringLiteral("secrets.") + name);
            finding.variable = name;
            const auto nerfed = nerfedKey.match(line);
            finding.registry = nerfed.hasMatch() ? nerfed.captured(1) : fileRegistry;
            if (!finding.registry.isEmpty() && !finding.registry.endsWith(QLatin1Char('/')))
                finding.registry += QLatin1Char('/');
            findings.append(finding);
        }
    }
    return findings;
}

ScanResult CredentialScanner::scan(const NpmConfigLocator &locator,
                                   const QStringList &projectFolders) const
{
    ScanResult result;
    const QString defaultRegistry = locator.defaultRegistry();
    QSet<QString> done;
    auto canonical = [](const QString &path) {
        const QString real = QFileInfo(path).canonicalFilePath();
        return real.isEmpty() ? path : real;
    };
    auto scanFile = [&](const QString &path, CredentialSource source) {
        if (done.contains(canonical(path)))
            return;
        done.insert(canonical(path));
        auto doc = NpmrcDocument::load(path);
        if (!doc.ok()) {
            result.problems.append(doc.error());
            return;
        }
        result.filesRead.append(path);
        result.findings += scanNpmrc(doc.value(), source, defaultRegistry);
    };

    for (const NpmConfigFile &file : locator.machineConfigs()) {
        const CredentialSource source = file.scope == NpmConfigFile::Scope::User
            ? CredentialSource::UserConfig
            : file.scope == NpmConfigFile::Scope::Global ? CredentialSource::GlobalConfig
                                                         : CredentialSource::BuiltinConfig;
        scanFile(file.path, source);
    }
    result.findings += scanEnvironment(defaultRegistry);

    const ProjectFiles project = ProjectFileWalker().walk(projectFolders);
    result.truncated = project.truncated;
    for (const QString &path : project.npmrcFiles)
        scanFile(path, CredentialSource::ProjectConfig);
    for (const QString &path : project.yarnrcFiles) {
        result.filesRead.append(path);
        result.findings += scanYarnrc(path, &result.problems);
    }
    for (const QString &path : project.workflowFiles) {
        result.filesRead.append(path);
        result.findings += scanWorkflow(path, &result.problems);
    }
    return result;
}

} // namespace td
