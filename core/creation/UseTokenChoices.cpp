// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/creation/UseTokenChoices.h"

#include "core/npmconfig/NpmConfigSyntax.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/util/SecretBuffer.h"

#include <QCoreApplication>

namespace td {

namespace {

bool isNpmjs(const QUrl &registry)
{
    return registry.host() == QLatin1String("registry.npmjs.org");
}
} // namespace

QString npmrcTokenKey(const QUrl &registry)
{
    return nerfDart(registry.toString()) + QStringLiteral(":_authToken");
}

QString npmrcTokenLine(const QUrl &registry, const QString &value)
{
    return npmrcTokenKey(registry) + u'=' + value;
}

Result<NpmrcTokenPlan> planNpmrcToken(const QString &path, const QUrl &registry)
{
    if (path.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("td::UseTokenChoices", "Choose an .npmrc file."));
    auto document = NpmrcDocument::load(path);
    if (!document)
        return document.error();
    NpmrcTokenPlan plan;
    plan.path = path;
    plan.fileExists = document.value().existedOnDisk();
    const int existing = document.value().effectiveIndexOfKey(npmrcTokenKey(registry));
    plan.replacesLine = existing >= 0 ? existing + 1 : -1;
    return plan;
}

Result<NpmrcTokenWritten> writeNpmrcToken(const QString &path, const QUrl &registry,
                                          const SecretBuffer &secret, const QDateTime &now)
{
    if (secret.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("td::UseTokenChoices", "There is no token to write."));
    auto loaded = NpmrcDocument::load(path);
    if (!loaded)
        return loaded.error();
    NpmrcDocument document = std::move(loaded).value();
    const QString key = npmrcTokenKey(registry);
    int index = document.effectiveIndexOfKey(key);
    if (index >= 0) {
        if (!document.setValue(index, secret.revealString()))
            index = -1;
    } else {
        index = document.appendEntry(key, secret.revealString());
    }
    if (index < 0)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("td::UseTokenChoices",
                                                     "The token line could not be added to %1.")
                             .arg(path));
    NpmrcTokenWritten written;
    written.line = index + 1;
    written.backupPath = document.existedOnDisk() ? npmrcBackupPath(path, now) : QString();
    if (auto saved = document.save(written.backupPath); !saved)
        return saved.error();
    return written;
}

QString npmrcBackupPath(const QString &path, const QDateTime &now)
{
    return path + QStringLiteral(".tokendesk-backup-")
        + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString runWithTokenCommand(const QUrl &registry)
{
    if (isNpmjs(registry) || registry.isEmpty())
        return QStringLiteral("tokendesk-cli run -- npm publish");
    return QStringLiteral("tokendesk-cli --registry %1 run -- npm publish")
        .arg(registry.toString());
}

QString githubActionsSecretName()
{
    return QStringLiteral("NPM_TOKEN");
}

QString githubActionsEnvLine()
{
    return QStringLiteral("NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}");
}

} // namespace td
