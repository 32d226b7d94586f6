// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lockdown/PersistenceScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace td {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::PersistenceScan)
};

constexpr qint64 kContentPeek = 256 * 1024;
constexpr qint64 kCatalogueCap = 1024 * 1024;

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

bool containsMarker(const QString &path, const QStringList &markers)
{
    if (markers.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(kContentPeek);
    for (const QString &marker : markers) {
        if (head.contains(marker.toUtf8()))
            return true;
    }
    return false;
}

// The paths under `root` matching `glob` segment by segment ("*" and "?" within one segment).
QStringList expand(const QString &root, const QString &glob)
{
    QStringList current{root};
    const QStringList segments = glob.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i < segments.size(); ++i) {
        const bool last = i == segments.size() - 1;
        const QString &segment = segments.at(i);
        QStringList next;
        for (const QString &dir : std::as_const(current)) {
            if (!segment.contains(QLatin1Char('*')) && !segment.contains(QLatin1Char('?'))) {
                const QString path = dir + QLatin1Char('/') + segment;
                const QFileInfo info(path);
                if (info.exists() && !info.isSymLink() && (last ? info.isFile() : info.isDir()))
                    next.append(path);
                continue;
            }
            const QDir::Filters filters = (last ? QDir::Files : QDir::Dirs | QDir::NoDotAndDotDot)
                | QDir::Hidden | QDir::NoSymLinks;
            const QStringList names = QDir(dir).entryList({segment}, filters, QDir::Name);
            for (const QString &name : names)
                next.append(dir + QLatin1Char('/') + name);
        }
        current = next;
    }
    return current == QStringList{root} ? QStringList() : current;
}
} // namespace

QString PersistenceScan::builtInCatalogue()
{
    return QStringLiteral(":/lockdown/worm-persistence.json");
}

Result<QList<PersistenceEntry>> PersistenceScan::loadCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         Tr::tr("The list of known worms' traces %1 cannot be read.").arg(path),
                         Tr::tr("Reinstall TokenDesk, or give a readable file."));
    const QByteArray bytes = file.read(kCatalogueCap + 1);
    if (bytes.size() > kCatalogueCap)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The list of known worms' traces %1 is too large.").arg(path),
                         Tr::tr("Give the list TokenDesk ships, or a file under 1 MiB."));
    return parseCatalogue(bytes);
}

Result<QList<PersistenceEntry>> PersistenceScan::parseCatalogue(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const Error damaged = makeError(
        ErrorCode::InvalidInput, Tr::tr("The list of known worms' traces is damaged."),
        Tr::tr("Reinstall TokenDesk, or fix the file (format: core/lockdown/README.md)."));
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toInt() != 1)
        return damaged;
    QList<PersistenceEntry> entries;
    const QJsonArray array = doc.object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        PersistenceEntry entry;
        entry.id = o.value(QStringLiteral("id")).toString();
        entry.name = o.value(QStringLiteral("name")).toString();
        entry.kind = o.value(QStringLiteral("kind")).toString();
        entry.homeGlobs = strings(o.value(QStringLiteral("home")));
        entry.repoGlobs = strings(o.value(QStringLiteral("repo")));
        entry.tempGlobs = strings(o.value(QStringLiteral("temp")));
        entry.contains = strings(o.value(QStringLiteral("contains")));
        entry.why = o.value(QStringLiteral("why")).toString();
        entry.disarm = o.value(QStringLiteral("disarm")).toString();
        const bool nowhere
            = entry.homeGlobs.isEmpty() && entry.repoGlobs.isEmpty() && entry.tempGlobs.isEmpty();
        const QStringList allGlobs = entry.homeGlobs + entry.repoGlobs + entry.tempGlobs;
        const bool escapes = std::any_of(allGlobs.cbegin(), allGlobs.cend(), [](const QString &g) {
            return g.startsWith(QLatin1Char('/')) || g.split(QLatin1Char('/')).contains(u"..");
        });
        if (entry.id.isEmpty() || entry.name.isEmpty() || entry.disarm.isEmpty() || nowhere
            || escapes)
            return damaged;
        entries.append(entry);
    }
    if (entries.isEmpty())
        return damaged;
    return entries;
}

PersistenceScan::PersistenceScan(QList<PersistenceEntry> catalogue, QString homeDir,
                                 QStringList repoDirs, QString tempDir)
    : m_catalogue(std::move(catalogue)),
      m_home(std::move(homeDir)),
      m_repos(std::move(repoDirs)),
      m_temp(std::move(tempDir))
{ }

void PersistenceScan::scanRoot(const QString &root, const QStringList &globs,
                               const PersistenceEntry &entry,
                               QList<PersistenceFinding> &found) const
{
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return;
    for (const QString &glob : globs) {
        const QStringList paths = expand(QDir::cleanPath(root), glob);
        for (const QString &path : paths) {
            if (containsMarker(path, entry.contains))
                found.append({entry, path});
        }
    }
}

QList<PersistenceFinding> PersistenceScan::scan() const
{
    QList<PersistenceFinding> found;
    for (const PersistenceEntry &entry : m_catalogue) {
        scanRoot(m_home, entry.homeGlobs, entry, found);
        for (const QString &repo : m_repos)
            scanRoot(repo, entry.repoGlobs, entry, found);
        scanRoot(m_temp, entry.tempGlobs, entry, found);
    }
    return found;
}

QString PersistenceScan::describe(const QList<PersistenceFinding> &findings)
{
    QStringList paragraphs;
    for (const PersistenceFinding &finding : findings)
        paragraphs.append(
            Tr::tr("Found %1 at %2: %3 To disarm it: %4")
                .arg(finding.entry.name, finding.path, finding.entry.why, finding.entry.disarm));
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace td
