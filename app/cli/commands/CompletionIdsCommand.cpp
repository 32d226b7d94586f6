// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompletionIdsCommand.h"

#include "cli/CliContext.h"
#include "core/tokens/TokenJson.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStandardPaths>

namespace td::cli {

QString CompletionIdsCommand::summary()
{
    return tr("token ids from the local cache, for shell completion (no network)");
}

void CompletionIdsCommand::run(const QStringList &arguments, CliContext &context)
{
    if (arguments != QStringList{QStringLiteral("tokens")}) {
        context.fail(tr("usage: tokendesk-cli completion-ids tokens"));
        return Q_EMIT finished(1);
    }
    // The folder the app's TokenCache writes (AppDataLocation/token-cache). Files are read, not
    // loaded through TokenCache: a completion must not move a damaged file aside.
    const QDir cache(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(QStringLiteral("token-cache")));
    QMap<QString, QString> names; // id -> name, sorted and without duplicates
    const QStringList files
        = cache.entryList({QStringLiteral("tokens-*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const Result<QByteArray> bytes = readWholeFile(cache.filePath(file));
        if (!bytes)
            continue;
        const QJsonArray tokens = QJsonDocument::fromJson(bytes.value())
                                      .object()
                                      .value(QLatin1String("tokens"))
                                      .toArray();
        for (const QJsonValue &entry : tokens) {
            Token token;
            if (entry.isObject() && tokenFromJson(entry.toObject(), &token) && !token.isRevoked())
                names.insert(token.key, token.name);
        }
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QString name = it.value();
        name.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        context.out << it.key() << '\t' << name << '\n';
    }
    context.out.flush();
    Q_EMIT finished(0);
}

} // namespace td::cli
