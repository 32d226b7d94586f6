// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/RegistryResolver.h"

#include "core/npmconfig/NpmConfigSyntax.h"
#include "core/npmconfig/NpmrcDocument.h"

#include <QDir>
#include <QFileInfo>

namespace td {

namespace {

// The value the last top-level `key` line of `path` sets (npm's ini reader: the last one wins),
// keys and values ${VAR}-expanded; a null string when the file is missing or does not set it.
QString fileValue(const QString &path, const QString &key, const QProcessEnvironment &env)
{
    if (path.isEmpty())
        return {};
    const Result<NpmrcDocument> doc = NpmrcDocument::load(path);
    if (!doc.ok())
        return {};
    QString found;
    for (const NpmrcLine &line : doc.value().lines()) {
        if (line.isEntry() && line.section.isEmpty()
            && expandNpmEnvReferences(line.key, env) == key)
            found = expandNpmEnvReferences(line.value, env);
    }
    return found;
}

// "@acme/tool" -> "@acme"; empty for an unscoped name.
QString scopeOf(const QString &packageName)
{
    if (!packageName.startsWith(QLatin1Char('@')) || !packageName.contains(QLatin1Char('/')))
        return {};
    return packageName.section(QLatin1Char('/'), 0, 0);
}

} // namespace

QString registrySourceId(RegistryChoice::Source source)
{
    switch (source) {
    case RegistryChoice::Source::Cli:
        return QStringLiteral("--registry");
    case RegistryChoice::Source::Environment:
        return QStringLiteral("environment");
    case RegistryChoice::Source::Project:
        return QStringLiteral("project");
    case RegistryChoice::Source::User:
        return QStringLiteral("user");
    case RegistryChoice::Source::Global:
        return QStringLiteral("global");
    case RegistryChoice::Source::Builtin:
        return QStringLiteral("builtin");
    case RegistryChoice::Source::Default:
        return QStringLiteral("default");
    }
    return {};
}

RegistryResolver::RegistryResolver(NpmConfigLocator locator) : m_locator(std::move(locator)) { }

QString RegistryResolver::localPrefix() const
{
    const QString cwd = m_locator.resolvePath(QStringLiteral("."));
    for (QDir dir(cwd);;) {
        if (dir.exists(QStringLiteral("package.json"))
            || dir.exists(QStringLiteral("node_modules")))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return cwd;
}

QString RegistryResolver::projectConfigPath() const
{
    const QString path = QDir(localPrefix()).filePath(QStringLiteral(".npmrc"));
    return path == m_locator.userConfig().path ? QString() : path;
}

RegistryChoice RegistryResolver::lookup(const QString &key, bool withCli) const
{
    const QProcessEnvironment &env = m_locator.environment();
    if (withCli && !m_cliRegistry.isEmpty())
        return {expandNpmEnvReferences(m_cliRegistry, env), RegistryChoice::Source::Cli, key, {}};
    if (const QString value = m_locator.envConfig(key); !value.isEmpty())
        return {expandNpmEnvReferences(value, env), RegistryChoice::Source::Environment, key, {}};
    const QString project = projectConfigPath();
    if (const QString value = fileValue(project, key, env); !value.isEmpty())
        return {value, RegistryChoice::Source::Project, key, project};
    for (const NpmConfigFile &file : m_locator.machineConfigs()) {
        const QString value = fileValue(file.path, key, env);
        if (value.isEmpty())
            continue;
        const RegistryChoice::Source source = file.scope == NpmConfigFile::Scope::User
            ? RegistryChoice::Source::User
            : file.scope == NpmConfigFile::Scope::Global ? RegistryChoice::Source::Global
                                                         : RegistryChoice::Source::Builtin;
        return {value, source, key, file.path};
    }
    return {};
}

RegistryChoice RegistryResolver::registryFor(const QString &packageName) const
{
    if (const QString scope = scopeOf(packageName); !scope.isEmpty()) {
        // npm has no --@scope:registry flag here worth reading; env and files set it.
        RegistryChoice scoped = lookup(scope + QStringLiteral(":registry"), false);
        if (!scoped.url.isEmpty())
            return scoped;
    }
    RegistryChoice choice = lookup(QStringLiteral("registry"), true);
    if (choice.url.isEmpty())
        return {QString::fromLatin1(kNpmDefaultRegistry),
                RegistryChoice::Source::Default,
                QStringLiteral("registry"),
                {}};
    return choice;
}

QString RegistryResolver::scope() const
{
    QString scope = m_cliScope.isEmpty()
        ? lookup(QStringLiteral("scope"), false).url
        : expandNpmEnvReferences(m_cliScope, m_locator.environment());
    if (!scope.isEmpty() && !scope.startsWith(QLatin1Char('@')))
        scope.prepend(QLatin1Char('@'));
    return scope;
}

RegistryChoice RegistryResolver::registryForScope(bool overCli) const
{
    const QString scope = this->scope();
    if (!scope.isEmpty() && (overCli || m_cliRegistry.isEmpty())) {
        RegistryChoice scoped = lookup(scope + QStringLiteral(":registry"), false);
        if (!scoped.url.isEmpty())
            return scoped;
    }
    return registry();
}

} // namespace td
