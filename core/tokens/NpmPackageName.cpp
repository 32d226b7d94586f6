// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/NpmPackageName.h"

#include <array>

namespace td {

namespace {

// Node's builtin modules, as listed by validate-npm-package-name's builtin-modules.json.
constexpr std::array kNodeBuiltins{"_http_agent",
                                   "_http_client",
                                   "_http_common",
                                   "_http_incoming",
                                   "_http_outgoing",
                                   "_http_server",
                                   "_stream_duplex",
                                   "_stream_passthrough",
                                   "_stream_readable",
                                   "_stream_transform",
                                   "_stream_wrap",
                                   "_stream_writable",
                                   "_tls_common",
                                   "_tls_wrap",
                                   "assert",
                                   "assert/strict",
                                   "async_hooks",
                                   "buffer",
                                   "child_process",
                                   "cluster",
                                   "console",
                                   "constants",
                                   "crypto",
                                   "dgram",
                                   "diagnostics_channel",
                                   "dns",
                                   "dns/promises",
                                   "domain",
                                   "events",
                                   "fs",
                                   "fs/promises",
                                   "http",
                                   "http2",
                                   "https",
                                   "inspector",
                                   "inspector/promises",
                                   "module",
                                   "net",
                                   "os",
                                   "path",
                                   "path/posix",
                                   "path/win32",
                                   "perf_hooks",
                                   "process",
                                   "punycode",
                                   "querystring",
                                   "readline",
                                   "readline/promises",
                                   "repl",
                                   "stream",
                                   "stream/consumers",
                                   "stream/promises",
                                   "stream/web",
                                   "string_decoder",
                                   "sys",
                                   "timers",
                                   "timers/promises",
                                   "tls",
                                   "trace_events",
                                   "tty",
                                   "url",
                                   "util",
                                   "util/types",
                                   "v8",
                                   "vm",
                                   "wasi",
                                   "worker_threads",
                                   "zlib",
                                   "node:sea",
                                   "node:sqlite",
                                   "node:test",
                                   "node:test/reporters"};

constexpr std::array kExcluded{"node_modules", "favicon.ico"};

bool isBuiltin(const QString &lower)
{
    for (const char *builtin : kNodeBuiltins)
        if (lower == QLatin1String(builtin))
            return true;
    return false;
}

} // namespace

bool isUriComponentSafe(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum
            = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && !QStringView(u"-_.!~*'()").contains(c))
            return false;
    }
    return true;
}

PackageNameCheck checkNpmPackageName(const QString &name, int maxLength)
{
    PackageNameCheck check;
    QStringList &errors = check.errors;
    QStringList &warnings = check.warnings;

    if (name.isEmpty())
        errors << QStringLiteral("name length must be greater than zero");
    if (name.startsWith(u'.'))
        errors << QStringLiteral("name cannot start with a period");
    if (name.startsWith(u'-'))
        errors << QStringLiteral("name cannot start with a hyphen");
    if (name.startsWith(u'_'))
        errors << QStringLiteral("name cannot start with an underscore");
    if (name.trimmed() != name)
        errors << QStringLiteral("name cannot contain leading or trailing spaces");

    const QString lower = name.toLower();
    for (const char *excluded : kExcluded)
        if (lower == QLatin1String(excluded))
            errors << QString::fromLatin1(excluded)
                    + QStringLiteral(" is not a valid package name");

    if (isBuiltin(lower))
        warnings << name + QStringLiteral(" is a core module name");
    if (name.size() > maxLength)
        warnings
            << QStringLiteral("name can no longer contain more than %1 characters").arg(maxLength);
    if (lower != name)
        warnings << QStringLiteral("name can no longer contain capital letters");
    const QString lastSegment = name.section(u'/', -1);
    for (const QChar c : lastSegment) {
        if (QStringView(u"~'!()*").contains(c)) {
            warnings << QStringLiteral(
                "name can no longer contain special characters (\"~'!()*\")");
            break;
        }
    }

    if (!isUriComponentSafe(name)) {
        // Maybe a scoped name, @user/package: exactly one '/', after a leading '@'.
        const qsizetype slash = name.indexOf(u'/');
        const bool scopedShape = name.startsWith(u'@') && slash > 1 && slash < name.size() - 1
            && name.indexOf(u'/', slash + 1) < 0;
        if (scopedShape) {
            const QString user = name.mid(1, slash - 1);
            const QString pkg = name.mid(slash + 1);
            if (pkg.startsWith(u'.'))
                errors << QStringLiteral("name cannot start with a period");
            if (isUriComponentSafe(user) && isUriComponentSafe(pkg))
                return check;
        }
        errors << QStringLiteral("name can only contain URL-friendly characters");
    }
    return check;
}

} // namespace td
