// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/NpmConfigSyntax.h"

#include <QRegularExpression>
#include <QUrl>

namespace td {

namespace {
const QRegularExpression &referencePattern()
{
    // Same expression as @npmcli/config/lib/env-replace.js.
    static const QRegularExpression pattern(QStringLiteral(R"((?<!\\)(\\*)\$\{([^${}?]+)(\?)?\})"));
    return pattern;
}

// Every reference has "${": a value without it is left alone without the expression, which costs
// a compilation on its first use (most .npmrc values and --registry URLs hold none; issue 18).
bool mayHoldReference(const QString &value)
{
    return value.contains(QLatin1String("${"));
}
} // namespace

QString expandNpmEnvReferences(const QString &value, const QProcessEnvironment &env)
{
    if (!mayHoldReference(value))
        return value;
    QString out;
    qsizetype last = 0;
    auto it = referencePattern().globalMatch(value);
    while (it.hasNext()) {
        const auto match = it.next();
        out += value.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString escapes = match.captured(1);
        const QString name = match.captured(2);
        if (escapes.size() % 2 == 1) {
            out += match.captured(0).mid((escapes.size() + 1) / 2);
            continue;
        }
        const QString fallback = match.captured(3) == QLatin1String("?")
            ? QString()
            : QStringLiteral("${%1}").arg(name);
        out += escapes.left(escapes.size() / 2) + (env.contains(name) ? env.value(name) : fallback);
    }
    out += value.mid(last);
    return out;
}

QStringList npmEnvReferences(const QString &value)
{
    QStringList names;
    if (!mayHoldReference(value))
        return names;
    auto it = referencePattern().globalMatch(value);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(1).size() % 2 == 0)
            names.append(match.captured(2));
    }
    return names;
}

QString soleNpmEnvReference(const QString &value)
{
    if (!mayHoldReference(value))
        return {};
    const auto match = referencePattern().match(value);
    if (match.hasMatch() && match.capturedStart() == 0 && match.capturedEnd() == value.size()
        && match.captured(1).isEmpty())
        return match.captured(2);
    return {};
}

QString nerfDart(const QString &url)
{
    QString text = url.trimmed();
    if (text.startsWith(QLatin1String("//")))
        text.prepend(QLatin1String("https:"));
    const QUrl parsed(text);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    QString path = parsed.path(QUrl::FullyEncoded);
    // new URL('.', from): drop everything after the last slash.
    path = path.left(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (path.isEmpty())
        path = QStringLiteral("/");
    const int defaultPort = parsed.scheme() == QLatin1String("http") ? 80 : 443;
    const QString host = parsed.port() > 0 && parsed.port() != defaultPort
        ? parsed.host() + QLatin1Char(':') + QString::number(parsed.port())
        : parsed.host();
    return QLatin1String("//") + host + path;
}

} // namespace td
