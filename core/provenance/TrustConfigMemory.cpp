// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/TrustConfigMemory.h"

#include "core/util/AtomicFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace td::provenance {

namespace {

QString keyOf(const QUrl &registry, const QString &package)
{
    return registry
               .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                         | QUrl::RemoveUserInfo)
               .toString()
        + QLatin1Char(' ') + package;
}

QJsonObject readAll(const QString &path)
{
    const Result<QByteArray> data = readWholeFile(path);
    return data ? QJsonDocument::fromJson(data.value()).object() : QJsonObject();
}

} // namespace

TrustConfigMemory::TrustConfigMemory(QString path) : m_path(std::move(path)) { }

QString TrustConfigMemory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("trust-configs.json"));
}

std::optional<TrustConfigMemory::Entry> TrustConfigMemory::recall(const QUrl &registry,
                                                                  const QString &package) const
{
    const QJsonValue stored = readAll(m_path).value(keyOf(registry, package));
    if (!stored.isObject())
        return std::nullopt;
    Entry entry;
    entry.readAt = QDateTime::fromString(stored[QLatin1String("readAt")].toString(), Qt::ISODate);
    for (const QJsonArray entries = stored[QLatin1String("configs")].toArray();
         const QJsonValue &config : entries)
        if (auto publisher = TrustedPublisher::fromJson(config.toObject()))
            entry.configs.append(std::move(*publisher));
    return entry;
}

Result<void> TrustConfigMemory::remember(const QUrl &registry, const QString &package,
                                         const QList<TrustedPublisher> &configs,
                                         const QDateTime &readAt)
{
    QJsonObject all = readAll(m_path);
    QJsonArray list;
    for (const TrustedPublisher &config : configs) {
        QJsonObject json = config.toJson();
        json.insert(QLatin1String("id"), config.id);
        list.append(json);
    }
    all.insert(keyOf(registry, package),
               QJsonObject{{QLatin1String("readAt"), readAt.toUTC().toString(Qt::ISODate)},
                           {QLatin1String("configs"), list}});
    return writeFileAtomically(m_path, QJsonDocument(all).toJson(QJsonDocument::Indented));
}

} // namespace td::provenance
