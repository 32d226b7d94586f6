// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/TrustedPublisher.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace td::provenance {

// The trust configs TokenDesk last read for each package. Reading them needs a second factor
// every time (GET /-/package/<p>/trust), so the verifier cannot poll them: it judges against
// what was read then. Holds no secrets (repository, workflow file, environment, ids), so a
// plain JSON file in the app data folder, keyed by registry origin and package.
class TrustConfigMemory
{
public:
    explicit TrustConfigMemory(QString path = defaultPath());
    static QString defaultPath(); // <AppDataLocation>/trust-configs.json

    struct Entry
    {
        QList<TrustedPublisher> configs;
        QDateTime readAt;
    };

    // Nothing remembered (or an unreadable file) is nullopt: "unknown", never "no configs".
    std::optional<Entry> recall(const QUrl &registry, const QString &package) const;
    Result<void> remember(const QUrl &registry, const QString &package,
                          const QList<TrustedPublisher> &configs, const QDateTime &readAt);

private:
    QString m_path;
};

} // namespace td::provenance
