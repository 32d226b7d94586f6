// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace td {

// One npm configuration file and why npm reads it.
struct NpmConfigFile
{
    enum class Scope { Project, User, Global, Builtin };
    Scope scope = Scope::User;
    QString path;
    QString origin; // how it was found: "NPM_CONFIG_USERCONFIG", "--userconfig", "~/.npmrc", …
};

QString npmConfigScopeId(NpmConfigFile::Scope scope); // "project", "user", "global", "builtin"

// Finds npm's configuration files the way npm 11 (@npmcli/config) does, from an injected
// environment and home folder so tests never see the real ones:
//  - user:    --userconfig, else npm_config_userconfig (any case), else ~/.npmrc
//  - global:  npm_config_globalconfig, else `globalconfig` in the user file, else
//             <prefix>/etc/npmrc where prefix = npm_config_prefix, the user file's `prefix`,
//             $PREFIX, or the folder above node's bin folder ($DESTDIR prepended)
//  - builtin: <prefix>/lib/node_modules/npm/npmrc
//  - project: every .npmrc under the folders the user adds (see ProjectFileWalker).
class NpmConfigLocator
{
public:
    NpmConfigLocator(QProcessEnvironment environment, QString homeDir);

    void setCliUserConfig(const QString &path) { m_cliUserConfig = path; }
    // node's executable, for the default global prefix; found on $PATH when not set.
    void setNodeExecutable(const QString &path) { m_nodeExecutable = path; }
    void setWorkingDirectory(const QString &dir) { m_workingDir = dir; }

    const QProcessEnvironment &environment() const { return m_env; }
    QString homeDir() const { return m_home; }

    // The value of an npm_config_* variable for config key `key`, normalised as npm does
    // (case-insensitive, "_" -> "-"); empty when unset or empty.
    QString envConfig(const QString &key) const;

    NpmConfigFile userConfig() const;
    NpmConfigFile globalConfig() const;
    QString globalPrefix() const;
    // Files that exist, in npm's precedence order (user, global, builtin); project files are
    // found separately.
    QList<NpmConfigFile> machineConfigs() const;
    // The registry npm uses by default (env, user file, global file, then npmjs).
    QString defaultRegistry() const;

    // "~/x" -> home, relative -> against the working directory.
    QString resolvePath(const QString &path) const;

private:
    QString userFileValue(const QString &key) const;
    QString defaultGlobalPrefix() const;

    QProcessEnvironment m_env;
    QString m_home;
    QString m_cliUserConfig;
    QString m_nodeExecutable;
    QString m_workingDir;
};

} // namespace td
