// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/NoticeMemory.h"

#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {
constexpr int kFormatVersion = 1;
}

NoticeMemory::NoticeMemory(QString path) : m_path(std::move(path)) { }

Result<void> NoticeMemory::load()
{
    m_entries.clear();
    Result<QByteArray> bytes = readWholeFile(m_path);
    if (!bytes)
        return bytes.error().code == ErrorCode::NotFound ? Result<void>() : bytes.error();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    const QJsonObject root = document.object();
    bool ok = parseError.error == QJsonParseError::NoError && document.isObject()
        && root.value(QLatin1String("version")).toInt() == kFormatVersion
        && root.value(QLatin1String("tokens")).isObject();
    const QJsonObject tokens = root.value(QLatin1String("tokens")).toObject();
    for (auto it = tokens.begin(); ok && it != tokens.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        Entry e{QDateTime::fromString(entry.value(QLatin1String("expires")).toString(),
                                      Qt::ISODateWithMs),
                std::chrono::seconds(entry.value(QLatin1String("shown")).toInteger(-1))};
        ok = e.expires.isValid() && e.shown.count() >= 0;
        if (ok)
            m_entries.insert(it.key(), e);
    }
    if (ok)
        return {};
    m_entries.clear();
    const QString aside = m_path + QLatin1String(".corrupt");
    QFile::remove(aside); // only the latest damaged copy is kept: it holds no user data
    QFile::rename(m_path, aside);
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("td::NoticeMemory",
                                                 "The list of expiry notices already shown (%1) "
                                                 "is damaged; it was kept as %2 and started "
                                                 "afresh.")
                         .arg(m_path, aside));
}

Result<void> NoticeMemory::save() const
{
    QJsonObject tokens;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        tokens.insert(it.key(),
                      QJsonObject{{QStringLiteral("expires"),
                                   it->expires.toUTC().toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("shown"), qint64(it->shown.count())}});
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("tokens"), tokens}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

std::optional<std::chrono::seconds> NoticeMemory::mostSevereShown(const QString &key,
                                                                  const QDateTime &expires) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->expires != expires)
        return std::nullopt;
    return it->shown;
}

void NoticeMemory::markShown(const QString &key, const QDateTime &expires,
                             std::chrono::seconds threshold)
{
    const std::optional<std::chrono::seconds> shown = mostSevereShown(key, expires);
    if (!shown || threshold < *shown)
        m_entries.insert(key, Entry{expires, threshold});
}

void NoticeMemory::forget(const QString &key)
{
    m_entries.remove(key);
}

void NoticeMemory::pruneExpiredBefore(const QDateTime &before)
{
    m_entries.removeIf(
        [&before](const QHash<QString, Entry>::iterator it) { return it->expires < before; });
}

} // namespace td
