// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/NpmConfigLocator.h"

#include <QString>

namespace td {

// The registry npm would talk to, and where that choice came from.
struct RegistryChoice
{
    enum class Source { Cli, Environment, Project, User, Global, Builtin, Default };
    QString url; // as configured, ${VAR} references expanded
    Source source = Source::Default;
    QString key;  // "registry" or "@scope:registry"
    QString file; // the npmrc file it came from, for Project/User/Global/Builtin
};

// "--registry", "npm_config_registry", "project .npmrc", … for messages and `--json`.
QString registrySourceId(RegistryChoice::Source source);

// Picks the registry as npm 11 does (@npmcli/config layers, npm-registry-fetch pickRegistry):
//   --registry > npm_config_registry (any case) > the project's .npmrc > the user's .npmrc
//   (--userconfig, NPM_CONFIG_USERCONFIG, ~/.npmrc) > the global npmrc (NPM_CONFIG_GLOBALCONFIG,
//   $PREFIX/etc/npmrc) > npm's builtin npmrc > https://registry.npmjs.org/
// For a scoped package ("@acme/x") "@acme:registry" is looked up first through the same layers
// (also ahead of --registry, as in npm); only when no layer sets it does "registry" count.
// Keys and values get npm's ${VAR} expansion. The project's .npmrc sits in npm's local prefix:
// the nearest folder up from the working directory with a package.json or node_modules (the
// working directory itself when there is none); it is skipped when it is the user file.
class RegistryResolver
{
public:
    explicit RegistryResolver(NpmConfigLocator locator);

    void setCliRegistry(const QString &url) { m_cliRegistry = url; }

    // npm's local prefix (see above).
    QString localPrefix() const;
    // The project's .npmrc path, empty when it is the user's file.
    QString projectConfigPath() const;

    // The registry for commands that name no package.
    RegistryChoice registry() const { return registryFor(QString()); }
    // The registry for `packageName`: its scope's registry when one is configured.
    RegistryChoice registryFor(const QString &packageName) const;

    // npm's `scope` setting (--scope, else npm_config_scope, the project, user, global npmrc),
    // with the "@" npm adds when it is missing; empty when none.
    void setCliScope(const QString &scope) { m_cliScope = scope; }
    QString scope() const;
    // Where `npm login` goes: the scope's registry when a scope is set and no --registry was
    // given, else `registry`. `npm logout` takes the scope's registry even over --registry
    // (`overCli`), as npm 11's lib/commands/logout.js does.
    RegistryChoice registryForScope(bool overCli) const;

private:
    // The first layer that sets `key`, or nothing (url empty) when none does.
    RegistryChoice lookup(const QString &key, bool withCli) const;

    NpmConfigLocator m_locator;
    QString m_cliRegistry;
    QString m_cliScope;
};

} // namespace td
