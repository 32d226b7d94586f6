// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/WatchMemory.h"

#include "core/util/AtomicFile.h"
#include "core/watch/RegistryKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

namespace td::watch {

using detail::registryKey;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::WatchMemory)
};

constexpr int kFormat = 1;

QJsonArray sortedArray(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QJsonObject toJson(const PackageMemory &memory)
{
    QJsonObject object;
    if (!memory.etag.isEmpty())
        object.insert(QLatin1String("etag"), QString::fromLatin1(memory.etag));
    if (!memory.summary.isEmpty())
        object.insert(QLatin1String("summary"), memory.summary);
    QJsonObject verdicts;
    for (auto it = memory.verdicts.cbegin(); it != memory.verdicts.cend(); ++it)
        verdicts.insert(it.key(), int(it.value()));
    if (!verdicts.isEmpty())
        object.insert(QLatin1String("verdicts"), verdicts);
    if (!memory.itWasMe.isEmpty())
        object.insert(QLatin1String("itWasMe"), sortedArray(memory.itWasMe));
    if (memory.expectManualPublishUntil.isValid())
        object.insert(QLatin1String("expectManualPublishUntil"),
                      memory.expectManualPublishUntil.toUTC().toString(Qt::ISODate));
    if (memory.excluded)
        object.insert(QLatin1String("excluded"), true);
    if (memory.pinned)
        object.insert(QLatin1String("pinned"), true);
    if (memory.stagersKnown)
        object.insert(QLatin1String("stagers"), QJsonArray::fromStringList(memory.stagers));
    return object;
}

PackageMemory fromJson(const QJsonObject &object)
{
    PackageMemory memory;
    memory.etag = object.value(QLatin1String("etag")).toString().toLatin1();
    memory.summary = object.value(QLatin1String("summary")).toObject();
    const QJsonObject verdicts = object.value(QLatin1String("verdicts")).toObject();
    for (auto it = verdicts.constBegin(); it != verdicts.constEnd(); ++it)
        memory.verdicts.insert(it.key(), RememberedLevel(std::clamp(it.value().toInt(), 0, 2)));
    const QJsonArray mine = object.value(QLatin1String("itWasMe")).toArray();
    for (const QJsonValue &version : mine)
        memory.itWasMe.insert(version.toString());
    memory.expectManualPublishUntil = QDateTime::fromString(
        object.value(QLatin1String("expectManualPublishUntil")).toString(), Qt::ISODate);
    memory.excluded = object.value(QLatin1String("excluded")).toBool();
    memory.pinned = object.value(QLatin1String("pinned")).toBool();
    if (const QJsonValue stagers = object.value(QLatin1String("stagers")); stagers.isArray()) {
        memory.stagersKnown = true;
        const QJsonArray names = stagers.toArray();
        for (const QJsonValue &name : names)
            if (name.isString())
                memory.stagers.append(name.toString());
    }
    return memory;
}
} // namespace

WatchMemory::WatchMemory(QString path, qint64 maxBytes)
    : m_path(std::move(path)), m_maxBytes(maxBytes)
{ }

QString WatchMemory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("publish-watch.json"));
}

void WatchMemory::startFresh(const QString &problem)
{
    m_registries.clear();
    // Kept beside, not deleted: the user (or a bug report) may want to see what it held.
    const QString aside = m_path + QStringLiteral(".broken");
    QFile::remove(aside);
    QFile::rename(m_path, aside);
    m_loadProblem = problem;
}

void WatchMemory::load()
{
    m_registries.clear();
    m_loadProblem.clear();
    const QFileInfo info(m_path);
    if (!info.exists())
        return;
    if (info.size() > m_maxBytes)
        return startFresh(
            Tr::tr("The publish watch's memory (%1) is %2, far larger than it can be; it was "
                   "moved aside and the watch starts again from what the registry shows now.")
                .arg(m_path, QLocale::system().formattedDataSize(info.size())));
    const Result<QByteArray> data = readWholeFile(m_path);
    if (!data)
        return startFresh(Tr::tr("The publish watch's memory (%1) could not be read: %2 The "
                                 "watch starts again from what the registry shows now.")
                              .arg(m_path, data.error().message));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.value(), &error);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("format")).toInt() != kFormat)
        return startFresh(Tr::tr("The publish watch's memory (%1) is damaged; it was moved "
                                 "aside and the watch starts again from what the registry "
                                 "shows now, without alarms for versions already published.")
                              .arg(m_path));
    const QJsonObject registries = root.value(QLatin1String("registries")).toObject();
    for (auto r = registries.constBegin(); r != registries.constEnd(); ++r) {
        const QJsonObject packages = r.value().toObject();
        for (auto p = packages.constBegin(); p != packages.constEnd(); ++p)
            m_registries[r.key()][p.key()] = fromJson(p.value().toObject());
    }
}

Result<void> WatchMemory::save() const
{
    QJsonObject registries;
    for (auto r = m_registries.cbegin(); r != m_registries.cend(); ++r) {
        QJsonObject packages;
        for (auto p = r.value().cbegin(); p != r.value().cend(); ++p)
            packages.insert(p.key(), toJson(p.value()));
        registries.insert(r.key(), packages);
    }
    const QJsonObject root{{QLatin1String("format"), kFormat},
                           {QLatin1String("registries"), registries}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

PackageMemory &WatchMemory::entry(const QUrl &registry, const QString &package)
{
    return m_registries[registryKey(registry)][package];
}

bool WatchMemory::hasBaseline(const QUrl &registry, const QString &package) const
{
    return !this->package(registry, package).summary.isEmpty();
}

PackageMemory WatchMemory::package(const QUrl &registry, const QString &package) const
{
    return m_registries.value(registryKey(registry)).value(package);
}

QList<QPair<QUrl, QString>> WatchMemory::packages() const
{
    QList<QPair<QUrl, QString>> all;
    for (auto r = m_registries.cbegin(); r != m_registries.cend(); ++r)
        for (auto p = r.value().cbegin(); p != r.value().cend(); ++p)
            all.append({QUrl(r.key()), p.key()});
    return all;
}

void WatchMemory::rememberSeen(const QUrl &registry, const QString &package, const QByteArray &etag,
                               const QJsonObject &summary)
{
    PackageMemory &memory = entry(registry, package);
    memory.etag = etag;
    memory.summary = summary;
}

void WatchMemory::rememberVerdict(const QUrl &registry, const QString &package,
                                  const QString &version, RememberedLevel level)
{
    entry(registry, package).verdicts.insert(version, level);
}

void WatchMemory::markItWasMe(const QUrl &registry, const QString &package, const QString &version)
{
    entry(registry, package).itWasMe.insert(version);
}

void WatchMemory::expectManualPublish(const QUrl &registry, const QString &package,
                                      const QDateTime &until)
{
    entry(registry, package).expectManualPublishUntil = until.toUTC();
}

void WatchMemory::setExcluded(const QUrl &registry, const QString &package, bool excluded)
{
    entry(registry, package).excluded = excluded;
}

QHash<QString, QStringList> WatchMemory::knownStagers(const QUrl &registry) const
{
    QHash<QString, QStringList> known;
    const auto packages = m_registries.value(registryKey(registry));
    for (auto it = packages.cbegin(); it != packages.cend(); ++it)
        if (it.value().stagersKnown)
            known.insert(it.key(), it.value().stagers);
    return known;
}

void WatchMemory::rememberStagers(const QUrl &registry, const QString &package,
                                  const QStringList &actors)
{
    PackageMemory &memory = entry(registry, package);
    memory.stagersKnown = true;
    for (const QString &actor : actors)
        if (!actor.isEmpty() && !memory.stagers.contains(actor))
            memory.stagers.append(actor);
    memory.stagers.sort();
}

void WatchMemory::setPinned(const QUrl &registry, const QString &package, bool pinned)
{
    entry(registry, package).pinned = pinned;
}

QList<WatchPin> WatchMemory::pins() const
{
    QList<WatchPin> pins;
    for (auto r = m_registries.cbegin(); r != m_registries.cend(); ++r)
        for (auto p = r.value().cbegin(); p != r.value().cend(); ++p)
            if (p.value().pinned)
                pins.append({QUrl(r.key()), p.key()});
    return pins;
}

WatchMarks WatchMemory::marks(const QUrl &registry) const
{
    WatchMarks marks;
    const QMap<QString, PackageMemory> packages = m_registries.value(registryKey(registry));
    for (auto it = packages.cbegin(); it != packages.cend(); ++it) {
        for (const QString &version : it.value().itWasMe)
            marks.itWasMe.insert(WatchMarks::versionKey(it.key(), version));
        if (it.value().expectManualPublishUntil.isValid())
            marks.expectManualUntil.insert(it.key(), it.value().expectManualPublishUntil);
        if (it.value().excluded)
            marks.excluded.insert(it.key());
    }
    return marks;
}

bool WatchMemory::forgetExpectationsEndedBefore(const QDateTime &cutoff)
{
    bool any = false;
    for (auto &packages : m_registries)
        for (PackageMemory &memory : packages)
            if (memory.expectManualPublishUntil.isValid()
                && memory.expectManualPublishUntil < cutoff) {
                memory.expectManualPublishUntil = QDateTime();
                any = true;
            }
    return any;
}

} // namespace td::watch
