// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace td {

// Which expiry notices were already shown, per token, so a restart never repeats one. Stores,
// per token key, the expiry the notices were for and the most severe threshold shown (a
// smaller "time before expiry" is more severe; everything less severe is implied). A token whose
// expiry date changes starts afresh. JSON file at the path it is given, written atomically.
class NoticeMemory
{
public:
    explicit NoticeMemory(QString path);

    // A missing file is an empty memory. A damaged one is moved aside (kept) and reported; the
    // memory then starts empty, which at worst repeats one notice per token.
    Result<void> load();
    Result<void> save() const;

    std::optional<std::chrono::seconds> mostSevereShown(const QString &key,
                                                        const QDateTime &expires) const;
    void markShown(const QString &key, const QDateTime &expires, std::chrono::seconds threshold);
    void forget(const QString &key);
    // Drops entries for tokens that expired before `before` (they can never notify again).
    void pruneExpiredBefore(const QDateTime &before);
    qsizetype size() const { return m_entries.size(); }
    QString path() const { return m_path; }

private:
    struct Entry
    {
        QDateTime expires;
        std::chrono::seconds shown{};
    };
    QString m_path;
    QHash<QString, Entry> m_entries;
};

} // namespace td
