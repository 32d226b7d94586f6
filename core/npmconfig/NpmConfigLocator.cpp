// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/NpmConfigLocator.h"

#include "core/npmconfig/NpmConfigSyntax.h"
#include "core/npmconfig/NpmrcDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace td {

namespace {

// @npmcli/config loadEnv(): strip the prefix; unless the rest starts with "//", turn every "_"
// but a leading one into "-" and lower-case it.
QString npmKeyFromEnvName(const QString &name)
{
    static const QLatin1String prefix("npm_config_");
    if (!name.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    QString key = name.mid(prefix.size());
    if (key.startsWith(QLatin1String("//")))
        return key;
    for (qsizetype i = 1; i < key.size(); ++i) {
        if (key.at(i) == QLatin1Char('_'))
            key[i] = QLatin1Char('-');
    }
    return key.toLower();
}

} // namespace

QString npmConfigScopeId(NpmConfigFile::Scope scope)
{
    switch (scope) {
    case NpmConfigFile::Scope::Project:
        return QStringLiteral("project");
    case NpmConfigFile::Scope::User:
        return QStringLiteral("user");
    case NpmConfigFile::Scope::Global:
        return QStringLiteral("global");
    case NpmConfigFile::Scope::Builtin:
        return QStringLiteral("builtin");
    }
    return {};
}

NpmConfigLocator::NpmConfigLocator(QProcessEnvironment environment, QString homeDir)
    : m_env(std::move(environment)), m_home(std::move(homeDir)), m_workingDir(m_home)
{ }

QString NpmConfigLocator::envConfig(const QString &key) const
{
    // QProcessEnvironment lists names sorted, so of NPM_CONFIG_X and npm_config_x the lower-case
    // one wins (npm itself takes whichever comes last in the process environment).
    QString value;
    const QStringList names = m_env.keys();
    for (const QString &name : names) {
        if (npmKeyFromEnvName(name) == key && !m_env.value(name).isEmpty())
            value = m_env.value(name);
    }
    return value;
}

QString NpmConfigLocator::resolvePath(const QString &path) const
{
    if (path.isEmpty())
        return {};
    QString out = path;
    if (out == QLatin1String("~"))
        out = m_home;
    else if (out.startsWith(QLatin1String("~/")))
        out = m_home + out.mid(1);
    if (QDir::isRelativePath(out))
        out = QDir(m_workingDir).absoluteFilePath(out);
    return QDir::cleanPath(out);
}

NpmConfigFile NpmConfigLocator::userConfig() const
{
    if (!m_cliUserConfig.isEmpty())
        return {NpmConfigFile::Scope::User, resolvePath(m_cliUserConfig),
                QStringLiteral("--userconfig")};
    if (const QString fromEnv = envConfig(QStringLiteral("userconfig")); !fromEnv.isEmpty()) {
        return {NpmConfigFile::Scope::User, resolvePath(expandNpmEnvReferences(fromEnv, m_env)),
                QStringLiteral("NPM_CONFIG_USERCONFIG")};
    }
    return {NpmConfigFile::Scope::User, resolvePath(QStringLiteral("~/.npmrc")),
            QStringLiteral("~/.npmrc")};
}

QString NpmConfigLocator::userFileValue(const QString &key) const
{
    auto doc = NpmrcDocument::load(userConfig().path);
    if (!doc.ok())
        return {};
    const int index = doc.value().effectiveIndexOfKey(key);
    return index < 0 ? QString() : expandNpmEnvReferences(doc.value().line(index).value, m_env);
}

QString NpmConfigLocator::defaultGlobalPrefix() const
{
    if (const QString prefix = m_env.value(QStringLiteral("PREFIX")); !prefix.isEmpty())
        return prefix;
    QString node = m_nodeExecutable;
    if (node.isEmpty()) {
        const QStringList path
            = m_env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        if (!path.isEmpty())
            node = QStandardPaths::findExecutable(QStringLiteral("node"), path);
    }
    if (node.isEmpty())
        return {};
    // process.execPath is the real file, symlinks resolved.
    const QString real = QFileInfo(node).canonicalFilePath();
    QString prefix
        = QFileInfo(QFileInfo(real.isEmpty() ? node : real).absolutePath()).absolutePath();
    if (const QString destDir = m_env.value(QStringLiteral("DESTDIR")); !destDir.isEmpty())
        prefix = QDir::cleanPath(destDir + QLatin1Char('/') + prefix);
    return prefix;
}

QString NpmConfigLocator::globalPrefix() const
{
    if (const QString fromEnv = envConfig(QStringLiteral("prefix")); !fromEnv.isEmpty())
        return resolvePath(expandNpmEnvReferences(fromEnv, m_env));
    if (const QString fromUser = userFileValue(QStringLiteral("prefix")); !fromUser.isEmpty())
        return resolvePath(fromUser);
    return defaultGlobalPrefix();
}

NpmConfigFile NpmConfigLocator::globalConfig() const
{
    if (const QString fromEnv = envConfig(QStringLiteral("globalconfig")); !fromEnv.isEmpty()) {
        return {NpmConfigFile::Scope::Global, resolvePath(expandNpmEnvReferences(fromEnv, m_env)),
                QStringLiteral("NPM_CONFIG_GLOBALCONFIG")};
    }
    if (const QString fromUser = userFileValue(QStringLiteral("globalconfig")); !fromUser.isEmpty())
        return {NpmConfigFile::Scope::Global, resolvePath(fromUser),
                QStringLiteral("globalconfig in the user config")};
    const QString prefix = globalPrefix();
    if (prefix.isEmpty())
        return {NpmConfigFile::Scope::Global, {}, QStringLiteral("no global prefix")};
    return {NpmConfigFile::Scope::Global, QDir::cleanPath(prefix + QStringLiteral("/etc/npmrc")),
            QStringLiteral("$PREFIX/etc/npmrc")};
}

QList<NpmConfigFile> NpmConfigLocator::machineConfigs() const
{
    QList<NpmConfigFile> files;
    const NpmConfigFile user = userConfig();
    const NpmConfigFile global = globalConfig();
    for (const NpmConfigFile &file : {user, global}) {
        // A symlink that cannot be followed (a loop) is listed too: reading it then reports the
        // problem instead of the file silently not counting (a dangling one reads as missing).
        const QFileInfo info(file.path);
        if (!file.path.isEmpty() && (info.exists() || info.isSymLink()))
            files.append(file);
    }
    if (const QString prefix = defaultGlobalPrefix(); !prefix.isEmpty()) {
        const QString builtin
            = QDir::cleanPath(prefix + QStringLiteral("/lib/node_modules/npm/npmrc"));
        if (QFileInfo::exists(builtin))
            files.append(
                {NpmConfigFile::Scope::Builtin, builtin, QStringLiteral("npm's builtin config")});
    }
    return files;
}

QString NpmConfigLocator::defaultRegistry() const
{
    if (const QString fromEnv = envConfig(QStringLiteral("registry")); !fromEnv.isEmpty())
        return fromEnv;
    for (const NpmConfigFile &file : machineConfigs()) {
        auto doc = NpmrcDocument::load(file.path);
        if (!doc.ok())
            continue;
        if (const int index = doc.value().effectiveIndexOfKey(QStringLiteral("registry"));
            index >= 0)
            return expandNpmEnvReferences(doc.value().line(index).value, m_env);
    }
    return QString::fromLatin1(kNpmDefaultRegistry);
}

} // namespace td
