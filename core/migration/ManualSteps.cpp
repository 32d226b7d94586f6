// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/ManualSteps.h"

#include "core/util/LocalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace td {

namespace {

QString field(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QString repositoryRoot(const QString &workflowFile)
{
    const qsizetype github = workflowFile.lastIndexOf(QStringLiteral("/.github/"));
    if (github >= 0)
        return workflowFile.left(github);
    return QFileInfo(workflowFile).absolutePath();
}

} // namespace

QString repositoryNameOf(const QString &workflowFile)
{
    const QString root = repositoryRoot(workflowFile);
    if (const auto config = readLocalFile(root + QStringLiteral("/.git/config"), kConfigFileCap)) {
        // The first remote URL is the one people push to; "owner/name" is its last two parts.
        static const QRegularExpression url(
            QStringLiteral(R"(^\s*url\s*=\s*\S*?[:/]([^/:\s]+/[^/\s]+?)(?:\.git)?/?\s*$)"));
        for (const QByteArray &line : config.value().split('\n')) {
            const auto match = url.match(QString::fromUtf8(line));
            if (match.hasMatch())
                return match.captured(1);
        }
    }
    return QDir(root).dirName();
}

QString manualStepText(const QJsonObject &finding, const QString &copyHint)
{
    const QString form = field(finding, "form");
    const QString variable = field(finding, "variable");
    const QString file = field(finding, "file");
    const int line = finding.value(QStringLiteral("line")).toInt();
    if (form == QLatin1String("ci-secret"))
        return QCoreApplication::translate("td::ManualSteps",
                                           "Set the CI secret %1 in %2 to the new token — %3. "
                                           "(%4 uses it.)")
            .arg(variable, repositoryNameOf(file), copyHint, QDir::toNativeSeparators(file));
    if (form == QLatin1String("env-reference"))
        return QCoreApplication::translate("td::ManualSteps",
                                           "%1, line %2 reads ${%3}: set %3 to the new token "
                                           "wherever you export it (for example export %3=… in "
                                           "~/.profile) — %4.")
            .arg(file)
            .arg(line)
            .arg(variable, copyHint);
    if (form == QLatin1String("environment"))
        return QCoreApplication::translate("td::ManualSteps",
                                           "Set the environment variable %1 to the new token "
                                           "wherever you export it (for example export %1=… in "
                                           "~/.profile) — %2.")
            .arg(field(finding, "key"), copyHint);
    return QCoreApplication::translate("td::ManualSteps",
                                       "Put the new token in %1, line %2 (%3) by hand — %4.")
        .arg(file)
        .arg(line)
        .arg(field(finding, "key"), copyHint);
}

QStringList manualStepTexts(const QJsonArray &findings, const QString &copyHint)
{
    QStringList texts;
    for (const QJsonValue &finding : findings) {
        const QString text = manualStepText(finding.toObject(), copyHint);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts;
}

} // namespace td
