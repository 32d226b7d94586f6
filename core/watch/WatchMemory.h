// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/watch/WatchMarks.h"
#include "core/watch/WatchTargets.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QUrl>

namespace td::watch {

// How a version was judged (WatchVerdict's levels, stored by number).
enum class RememberedLevel { Expected = 0, Notable = 1, Alarm = 2 };

// What the watch remembers of one package. No secret, ever.
struct PackageMemory
{
    QByteArray etag;     // of the abbreviated packument last read
    QJsonObject summary; // packumentSummary() of the full one: the next comparison's `before`
    QMap<QString, RememberedLevel> verdicts; // version → how it was judged
    QSet<QString> itWasMe;
    QDateTime expectManualPublishUntil;
    bool excluded = false;
    bool pinned = false;
    // Who staged versions of it (actor names, sorted); stagersKnown once a staged list of its
    // account was read: from then on an actor not in `stagers` is new (StagedActors).
    QStringList stagers;
    bool stagersKnown = false;
};

// The publish watch's memory across restarts (issue 22): per registry and package what was
// seen and judged and what the user said. A JSON file of its own in the app data folder,
// written atomically with mode 0600. A damaged or oversized file never stops the watch: it is
// moved aside, loadProblem() says so, and the watch starts from a fresh baseline (which alarms
// on nothing already published).
class WatchMemory
{
public:
    static constexpr qint64 kDefaultMaxBytes = 32 * 1024 * 1024;

    explicit WatchMemory(QString path = defaultPath(), qint64 maxBytes = kDefaultMaxBytes);
    static QString defaultPath();
    QString path() const { return m_path; }

    // Never fails: a missing file is an empty memory; a broken or huge one is a fresh start
    // with loadProblem() set (translated: what happened and what it means).
    void load();
    QString loadProblem() const { return m_loadProblem; }
    Result<void> save() const;

    bool hasBaseline(const QUrl &registry, const QString &package) const;
    PackageMemory package(const QUrl &registry, const QString &package) const;
    QList<QPair<QUrl, QString>> packages() const; // every package remembered

    void rememberSeen(const QUrl &registry, const QString &package, const QByteArray &etag,
                      const QJsonObject &summary);
    void rememberVerdict(const QUrl &registry, const QString &package, const QString &version,
                         RememberedLevel level);
    void markItWasMe(const QUrl &registry, const QString &package, const QString &version);
    void expectManualPublish(const QUrl &registry, const QString &package, const QDateTime &until);
    void setExcluded(const QUrl &registry, const QString &package, bool excluded);
    void setPinned(const QUrl &registry, const QString &package, bool pinned);
    // The known stagers of every package of `registry` whose staged list was read before, as
    // stagedByNewActors() takes them; packages without a baseline are missing.
    QHash<QString, QStringList> knownStagers(const QUrl &registry) const;
    // After a staged list was read: `actors` staged `package` (added to the known ones, which
    // also become known when `actors` is empty).
    void rememberStagers(const QUrl &registry, const QString &package, const QStringList &actors);
    QList<WatchPin> pins() const;

    // The user's marks on one registry's packages, as WatchVerdict takes them. Windows that have
    // ended stay in until forgotten: the verdict compares them with each version's publish time,
    // and a version published inside a window may be judged after it ended.
    WatchMarks marks(const QUrl &registry) const;
    // Drops "expect a manual publish" windows that ended before `cutoff` (true if any did); pass
    // a time safely behind the last judged publish, e.g. now minus a day.
    bool forgetExpectationsEndedBefore(const QDateTime &cutoff);

private:
    PackageMemory &entry(const QUrl &registry, const QString &package);
    void startFresh(const QString &problem);

    QString m_path;
    qint64 m_maxBytes;
    QString m_loadProblem;
    QMap<QString, QMap<QString, PackageMemory>> m_registries; // registry URL → package → memory
};

} // namespace td::watch
