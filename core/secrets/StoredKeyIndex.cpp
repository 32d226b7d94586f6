// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/StoredKeyIndex.h"

#include "core/util/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
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
    // The app and the CLI share the file: read it again whenever another process rewrote it.
    const QFileInfo info(m_path);
    const std::pair<QDateTime, qint64> stamp{info.exists() ? info.lastModified() : QDateTime(),
                                             info.exists() ? info.size() : -1};
    if (m_loaded && stamp == m_stamp)
        return;
    m_loaded = true;
    m_stamp = stamp;
    const Result<QByteArray> data = readWholeFile(m_path);
    if (!data)
        return; // not built (yet): changes stay in memory
    const QJsonDocument document = QJsonDocument::fromJson(data.value());
    const QJsonValue keys = document.object().value(QStringLiteral("keys"));
    if (!keys.isArray()) {
        m_built = false; // damaged: rebuilt like a missing one
        return;
    }
    m_keys.clear();
    for (const QJsonArray entries = keys.toArray(); const QJsonValue &key : entries)
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
    const Result<void> written
        = writeFileAtomically(m_path, QJsonDocument(object).toJson(QJsonDocument::Indented));
    const QFileInfo info(m_path);
    m_stamp = {info.lastModified(), info.size()};
    return written;
}

} // namespace td
