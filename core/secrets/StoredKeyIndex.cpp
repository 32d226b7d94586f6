// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/StoredKeyIndex.h"

#include "util/AtomicFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace td {

StoredKeyIndex::StoredKeyIndex(QString path) : m_path(std::move(path)) { }

QString StoredKeyIndex::defaultPath(const QString &service)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("keychain-index/") + service + QStringLiteral(".json"));
}

void StoredKeyIndex::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    const Result<QByteArray> data = readWholeFile(m_path);
    if (!data)
        return;
    const QJsonDocument document = QJsonDocument::fromJson(data.value());
    const QJsonValue keys = document.object().value(QStringLiteral("keys"));
    if (!keys.isArray())
        return; // damaged: rebuilt like a missing one
    for (const QJsonValue &key : keys.toArray())
        if (key.isString())
            m_keys.insert(key.toString());
    m_built = true;
}

bool StoredKeyIndex::isBuilt() const
{
    load();
    return m_built;
}

bool StoredKeyIndex::contains(const QString &key) const
{
    load();
    return m_keys.contains(key);
}

QSet<QString> StoredKeyIndex::keys() const
{
    load();
    return m_keys;
}

Result<void> StoredKeyIndex::add(const QString &key)
{
    load();
    if (m_keys.contains(key))
        return {};
    m_keys.insert(key);
    return m_built ? save() : Result<void>();
}

Result<void> StoredKeyIndex::remove(const QString &key)
{
    load();
    if (!m_keys.remove(key))
        return {};
    return m_built ? save() : Result<void>();
}

Result<void> StoredKeyIndex::replaceAll(const QSet<QString> &keys)
{
    load();
    m_keys = keys;
    m_built = true;
    return save();
}

Result<void> StoredKeyIndex::save()
{
    QStringList sorted(m_keys.cbegin(), m_keys.cend());
    std::sort(sorted.begin(), sorted.end());
    const QJsonObject object{{QStringLiteral("version"), 1},
                             {QStringLiteral("keys"), QJsonArray::fromStringList(sorted)}};
    return writeFileAtomically(m_path, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace td
