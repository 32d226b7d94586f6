// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/TokenUsage.h"

#include "core/migration/MigrationSurvey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace td {

namespace {

QString homeRelative(const QString &path, const QString &homeDir)
{
    const QString home = QDir::cleanPath(homeDir);
    const QString clean = QDir::cleanPath(path);
    if (!home.isEmpty() && clean.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~/") + clean.mid(home.size() + 1);
    return clean;
}

// The workflow's path inside its repository, the way people name it: ".github/workflows/x.yml".
QString workflowName(const QString &path)
{
    const qsizetype github = path.lastIndexOf(QStringLiteral("/.github/"));
    if (github >= 0)
        return path.mid(github + 1);
    return QFileInfo(path).fileName();
}

bool holdsVariable(const CredentialFinding &finding)
{
    return finding.form == CredentialForm::Environment
        || finding.form == CredentialForm::EnvReference;
}

} // namespace

QList<CredentialFinding> placesOf(const Token &token, const QList<TokenUse> &uses)
{
    QList<CredentialFinding> places = referencesOf(token, uses);
    QSet<QString> variables;
    for (const CredentialFinding &finding : std::as_const(places)) {
        if (holdsVariable(finding) && !finding.variable.isEmpty())
            variables.insert(finding.variable);
    }
    for (const TokenUse &use : uses) {
        if (use.finding.form == CredentialForm::CiSecret
            && variables.contains(use.finding.variable))
            places.append(use.finding);
    }
    return places;
}

QString usagePlaceText(const CredentialFinding &finding, const QString &homeDir)
{
    if (finding.form == CredentialForm::CiSecret)
        return QCoreApplication::translate("td::TokenUsage", "CI uses secret %1 (%2)")
            .arg(finding.variable, workflowName(finding.file));
    if (finding.source == CredentialSource::Environment)
        return QCoreApplication::translate("td::TokenUsage", "environment variable %1")
            .arg(finding.key);
    QString text = QCoreApplication::translate("td::TokenUsage", "%1, line %2")
                       .arg(homeRelative(finding.file, homeDir))
                       .arg(finding.line);
    if (finding.form == CredentialForm::EnvReference && !finding.variable.isEmpty())
        text += QStringLiteral(" (${") + finding.variable + QStringLiteral("})");
    return text;
}

QStringList usageLines(const Token &token, const QList<TokenUse> &uses, const QString &homeDir)
{
    QStringList lines;
    for (const CredentialFinding &finding : placesOf(token, uses)) {
        const QString line = usagePlaceText(finding, homeDir);
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines;
}

} // namespace td
