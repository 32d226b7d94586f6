// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/CiChecks.h"

#include <QRegularExpression>

namespace td {

namespace {

// Each line is tested against the tools in this order; the first match names the tool, so that
// `pnpm changeset publish` counts as changesets and `npx semantic-release` as semantic-release.
struct ToolPattern
{
    const char *tool;
    const char *pattern;
};
constexpr ToolPattern kToolPatterns[] = {
    {"changesets", R"(\bchangeset\s+publish\b)"},
    {"semantic-release", R"(\bsemantic-release\b)"},
    {"lerna", R"(\blerna\s+publish\b)"},
    {"yarn", R"(\byarn\b[^|;&\n]*\bpublish(?![\w-]))"},
    {"pnpm", R"(\bpnpm\b[^|;&\n]*\bpublish(?![\w-]))"},
    {"npm", R"(\bnpm\b[^|;&\n]*\bpublish(?![\w-]))"},
};

int nodeMajorForLtsName(const QString &name)
{
    static const QHash<QString, int> codenames = {
        {QStringLiteral("hydrogen"), 18},
        {QStringLiteral("iron"), 20},
        {QStringLiteral("jod"), 22},
        {QStringLiteral("krypton"), 24},
    };
    return codenames.value(name.toLower(), 0);
}

} // namespace

QStringList CiChecks::publishToolsIn(const QString &script)
{
    QStringList tools;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(u"echo "))
            continue;
        for (const ToolPattern &p : kToolPatterns) {
            const QRegularExpression re(QString::fromLatin1(p.pattern));
            if (re.match(line).hasMatch()) {
                const QString tool = QString::fromLatin1(p.tool);
                if (!tools.contains(tool))
                    tools << tool;
                break;
            }
        }
    }
    return tools;
}

std::optional<QVersionNumber> CiChecks::resolveNodeVersion(const QString &rawSpec)
{
    QString spec = rawSpec.trimmed();
    if (spec.isEmpty() || spec.contains(u"${{") || spec.contains(QLatin1Char('$')))
        return std::nullopt;
    spec = spec.toLower();
    if (spec == u"latest" || spec == u"node" || spec == u"current" || spec == u"lts/*"
        || spec == u"lts")
        return QVersionNumber(24, 999, 999);
    if (spec.startsWith(u"lts/")) {
        const int major = nodeMajorForLtsName(spec.mid(4));
        if (major == 0)
            return std::nullopt;
        return QVersionNumber(major, 999, 999);
    }
    // Strip range operators and a leading "v": ">=22.14", "^20", "~22.12", "v22.14.0".
    static const QRegularExpression leading(QStringLiteral(R"(^(?:>=|>|\^|~|=|v)+)"));
    spec.remove(leading);
    static const QRegularExpression numbers(
        QStringLiteral(R"(^(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?)"));
    const auto m = numbers.match(spec);
    if (!m.hasMatch())
        return std::nullopt;
    const int major = m.captured(1).toInt();
    const auto part = [](const QString &s) {
        return (s.isEmpty() || s == u"x" || s == u"*") ? 999 : s.toInt();
    };
    return QVersionNumber(major, part(m.captured(2)), part(m.captured(3)));
}

std::optional<QString> CiChecks::nodeVersionOfImage(const QString &image)
{
    // node:20, node:22.14-alpine, cimg/node:22.14.0, cimg/node:lts, library/node:24-bookworm
    static const QRegularExpression re(QStringLiteral(R"(^(?:[\w.-]+/)*(?:node):([\w.*]+))"));
    const auto m = re.match(image.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString tag = m.captured(1);
    static const QRegularExpression version(QStringLiteral(R"(^\d+(?:\.\d+)*)"));
    const auto v = version.match(tag);
    if (v.hasMatch())
        return v.captured(0);
    if (tag == u"lts" || tag == u"current" || tag == u"latest")
        return tag == u"lts" ? QStringLiteral("lts/*") : QStringLiteral("latest");
    return std::nullopt;
}

bool CiChecks::upgradesNpm(const QString &script, QString *version)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\bnpm\s+(?:install|i|add)\s+(?:-g|--global)\s+npm(?:@([\w.^~*-]+))?)"));
    static const QRegularExpression reAfter(
        QStringLiteral(R"(\bnpm\s+(?:install|i|add)\s+npm(?:@([\w.^~*-]+))?\s+(?:-g|--global)\b)"));
    auto m = re.match(script);
    if (!m.hasMatch())
        m = reAfter.match(script);
    if (!m.hasMatch())
        return false;
    if (version)
        *version = m.captured(1).isEmpty() ? QStringLiteral("latest") : m.captured(1);
    return true;
}

bool CiChecks::npmSpecIsRecentEnough(const QString &rawSpec)
{
    QString spec = rawSpec.trimmed();
    static const QRegularExpression leading(QStringLiteral(R"(^(?:>=|\^|~|=|v)+)"));
    spec.remove(leading);
    static const QRegularExpression numbers(QStringLiteral(R"(^(\d+)(?:\.(\d+))?(?:\.(\d+))?$)"));
    const auto m = numbers.match(spec);
    if (!m.hasMatch())
        return true; // "latest", "next", dist-tags
    // "11" resolves to the newest 11.x, which is recent enough.
    if (m.captured(2).isEmpty())
        return m.captured(1).toInt() >= minimumNpm().majorVersion();
    const QVersionNumber v(m.captured(1).toInt(), m.captured(2).toInt(),
                           m.captured(3).isEmpty() ? 999 : m.captured(3).toInt());
    return v >= minimumNpm();
}

bool CiChecks::isNpmTokenVariable(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("NODE_AUTH_TOKEN"),   QStringLiteral("NPM_TOKEN"),
        QStringLiteral("NPM_AUTH_TOKEN"),    QStringLiteral("NPM_CONFIG_TOKEN"),
        QStringLiteral("NPM_PUBLISH_TOKEN"), QStringLiteral("NPM_CONFIG__AUTH"),
    };
    return names.contains(name.toUpper());
}

bool CiChecks::referencesSecret(const QString &value)
{
    return value.contains(u"secrets.") || value.contains(QLatin1Char('$'));
}

bool CiChecks::isGitHubHostedLabel(const QString &label)
{
    static const QRegularExpression hosted(QStringLiteral(R"(^(ubuntu|windows|macos)-[\w.-]+$)"));
    return label.contains(u"${{") || hosted.match(label.trimmed().toLower()).hasMatch();
}

} // namespace td
