// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WriteWatch.h"
#include "core/npmconfig/RegistryResolver.h"
#include "core/util/Error.h"

#include <QTextStream>
#include <QUrl>

#include <memory>
#include <optional>

class QIODevice;

namespace td::cli {

// What every command gets: the global options and the three standard streams.
struct CliContext
{
    CliContext(QIODevice *in, QIODevice *out, QIODevice *err);

    // The registry npm would use (RegistryResolver: --registry, npm_config_registry, the project,
    // user and global npmrc, npmjs); `registrySource` says which ("--registry", "project", …).
    QUrl registry = QUrl(QStringLiteral("https://registry.npmjs.org/"));
    QString registrySource = QStringLiteral("default");
    bool registryGiven = false;
    QString userConfig; // --userconfig FILE: npm's user configuration file instead of ~/.npmrc
    bool json = false;
    int timeoutSeconds = 0; // --timeout: each request's deadline; 0 = the default (60 s)

    QIODevice *inDevice;

private:
    std::unique_ptr<WriteWatch> m_outWatch; // before `out`, which writes through it

public:
    QTextStream out;
    QTextStream err;

    // Picks `registry` as npm does, from `environment`, the home and working folders, --userconfig
    // and --registry. False after reporting a configured value that is not a registry URL.
    bool resolveRegistry(const QProcessEnvironment &environment, const QString &homeDir,
                         const QString &workingDir);

    // login and logout: the registry of npm's `scope` (--scope SCOPE given to the command, else
    // npm's configured scope) when @scope:registry is set, as npm login/logout pick it; see
    // RegistryResolver::registryForScope. False after reporting a value that is not a URL.
    bool useScopeRegistry(const QString &cliScope, bool overCli);

    // One clear line on stderr, prefixed with the program name, as design §7 asks. Under --json
    // also npm's error object on stdout, where npm prints it, so scripts can parse the failure:
    // {"error": {"code", "summary", "detail"}} (JsonError.h); `code` is npm's where there is one
    // (EUSAGE, E404…) and left out otherwise, as npm leaves it out for an error without one.
    // Not after the command printed its result (`trust check --json` ends with exit status 1):
    // stdout stays one JSON document, as npm keeps an array result without the error.
    void fail(const QString &line, const QString &code = {});
    void fail(const Error &error);

private:
    bool take(const RegistryChoice &choice);
    void writeJsonError(const QString &code, const QString &summary, const QString &detail);
    std::optional<RegistryResolver> m_resolver;
};

} // namespace td::cli
