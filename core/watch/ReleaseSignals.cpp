// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/ReleaseSignals.h"

#include "core/stage/ReleaseDiff.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace td::watch {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::ReleaseSignals)
};

using Weight = ReleaseSignal::Weight;

QDateTime publishedAt(const QJsonObject &packument, const QString &version)
{
    return QDateTime::fromString(
        packument.value(QLatin1String("time")).toObject().value(version).toString(),
        Qt::ISODateWithMs);
}

QJsonObject manifestOf(const QJsonObject &packument, const QString &version)
{
    return packument.value(QLatin1String("versions")).toObject().value(version).toObject();
}

// The release published last before `version`; with `sameMajor` only within its major.
QString latestBefore(const QJsonObject &packument, const QString &version, bool sameMajor)
{
    const QDateTime published = publishedAt(packument, version);
    if (!published.isValid())
        return {};
    QString best;
    QDateTime bestTime;
    const QJsonObject versions = packument.value(QLatin1String("versions")).toObject();
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        const QDateTime at = publishedAt(packument, it.key());
        if (it.key() == version || !at.isValid() || at >= published
            || (sameMajor && majorOf(it.key()) != majorOf(version)))
            continue;
        if (!bestTime.isValid() || at > bestTime) {
            best = it.key();
            bestTime = at;
        }
    }
    return best;
}

// A dependency spec that installs from somewhere other than the registry: git, a URL, a local
// path, or GitHub's "owner/repo" shorthand.
bool notFromRegistry(const QString &spec)
{
    static const QRegularExpression remote(
        QStringLiteral("^(git\\+|git:|git@|github:|gitlab:|bitbucket:|gist:|https?:|file:|link:)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shorthand(QStringLiteral("^[^@/\\s:]+/[^/\\s]+(#.*)?$"));
    return remote.match(spec).hasMatch() || shorthand.match(spec).hasMatch();
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void sizeSignals(qint64 oldSize, qint64 size, int oldFiles, int files, const QString &was,
                 const SignalThresholds &t, QList<ReleaseSignal> &out)
{
    if (oldSize > 0 && size > oldSize * t.sizeFactor && size - oldSize >= t.sizeMinGrowth)
        out.append({Weight::Notable, QStringLiteral("size-jump"),
                    Tr::tr("Unpacked size jumped from %1 in %2 to %3.")
                        .arg(sizeText(oldSize), was, sizeText(size))});
    if (oldFiles > 0 && files > oldFiles * t.fileCountFactor
        && files - oldFiles >= t.fileCountMinGrowth)
        out.append({Weight::Notable, QStringLiteral("file-count-jump"),
                    Tr::tr("The file count jumped from %1 in %2 to %3.")
                        .arg(oldFiles)
                        .arg(was)
                        .arg(files)});
}

void compareDist(const QJsonObject &manifest, const QJsonObject &previous,
                 const SignalThresholds &t, QList<ReleaseSignal> &out)
{
    const QJsonObject dist = manifest.value(QLatin1String("dist")).toObject();
    const QJsonObject before = previous.value(QLatin1String("dist")).toObject();
    sizeSignals(qint64(before.value(QLatin1String("unpackedSize")).toDouble()),
                qint64(dist.value(QLatin1String("unpackedSize")).toDouble()),
                before.value(QLatin1String("fileCount")).toInt(),
                dist.value(QLatin1String("fileCount")).toInt(),
                previous.value(QLatin1String("version")).toString(), t, out);
}

// What the package.json changes (stage's compareManifests) mean for an install.
void manifestChangeSignals(const QList<ManifestChange> &changes, const QString &was,
                           QList<ReleaseSignal> &out)
{
    for (const ManifestChange &change : changes) {
        if (change.after.isEmpty())
            continue; // removals install nothing new
        const bool dependency
            = change.section == u"dependencies" || change.section == u"optionalDependencies";
        if (change.installScript || (change.section == u"scripts" && change.key == u"prepare")) {
            const Weight weight = change.installScript ? Weight::Alarm : Weight::Notable;
            out.append({weight, QStringLiteral("install-script"),
                        change.before.isEmpty()
                            ? Tr::tr("Adds a %1 script: \"%2\" (%3 had none).")
                                  .arg(change.key, change.after, was)
                            : Tr::tr("Changes the %1 script from \"%2\" in %3 to \"%4\".")
                                  .arg(change.key, change.before, was, change.after)});
        } else if (dependency && notFromRegistry(change.after)) {
            out.append({Weight::Alarm, QStringLiteral("git-dependency"),
                        Tr::tr("Depends on %1 from %2, not from the registry.")
                            .arg(change.key, change.after)});
        } else if (change.section == u"optionalDependencies" && change.before.isEmpty()) {
            out.append({Weight::Notable, QStringLiteral("optional-dependency"),
                        Tr::tr("Adds the optional dependency %1 (%2); %3 had none of that name.")
                            .arg(change.key, change.after, was)});
        } else if (change.section == u"bin") {
            out.append({Weight::Notable, QStringLiteral("bin"),
                        change.before.isEmpty()
                            ? Tr::tr("Adds the command %1 (%2).").arg(change.key, change.after)
                            : Tr::tr("Points the command %1 at %2 instead of %3.")
                                  .arg(change.key, change.after, change.before)});
        }
    }
}

ReleaseSignal nativeBuild(const QString &was)
{
    return {Weight::Alarm, QStringLiteral("native-build"),
            Tr::tr("Builds native code from a binding.gyp on install (node-gyp runs it without "
                   "any install script); %1 did not.")
                .arg(was)};
}

} // namespace

QString previousVersionOf(const QJsonObject &packument, const QString &version)
{
    const QString sameMajor = latestBefore(packument, version, true);
    return sameMajor.isEmpty() ? latestBefore(packument, version, false) : sameMajor;
}

QList<ReleaseSignal> compareManifestSignals(const QJsonObject &manifest,
                                            const QJsonObject &previous,
                                            const SignalThresholds &thresholds)
{
    QList<ReleaseSignal> out;
    if (previous.isEmpty())
        return out; // a first release has nothing to be compared with
    const QString was = previous.value(QLatin1String("version")).toString();
    const auto bytes
        = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    manifestChangeSignals(compareManifests(bytes(previous), bytes(manifest)), was, out);
    const bool gyp = manifest.value(QLatin1String("gypfile")).toBool();
    if (gyp && !previous.value(QLatin1String("gypfile")).toBool())
        out.append(nativeBuild(was));
    compareDist(manifest, previous, thresholds, out);
    return out;
}

QList<ReleaseSignal> releaseDiffSignals(const ReleaseDiff &diff, const SignalThresholds &thresholds)
{
    QList<ReleaseSignal> out;
    if (diff.oldVersion.isEmpty())
        return out;
    manifestChangeSignals(diff.manifest, diff.oldVersion, out);
    const bool gyp = std::any_of(diff.files.cbegin(), diff.files.cend(), [](const FileChange &f) {
        return f.kind == FileChange::Kind::Added && f.path == u"binding.gyp";
    });
    if (gyp)
        out.append(nativeBuild(diff.oldVersion));
    sizeSignals(diff.oldUnpackedSize, diff.newUnpackedSize, diff.oldFileCount, diff.newFileCount,
                diff.oldVersion, thresholds, out);
    return out;
}

QList<ReleaseSignal> releaseSignals(const QJsonObject &packument, const QString &version,
                                    const SignalThresholds &thresholds)
{
    const QString previous = previousVersionOf(packument, version);
    QList<ReleaseSignal> out = compareManifestSignals(
        manifestOf(packument, version),
        previous.isEmpty() ? QJsonObject() : manifestOf(packument, previous), thresholds);
    const QString before = latestBefore(packument, version, false);
    const QDateTime at = publishedAt(packument, version);
    const QDateTime then = publishedAt(packument, before);
    if (!before.isEmpty() && then.isValid() && then.daysTo(at) >= thresholds.dormantDays)
        out.append({Weight::Notable, QStringLiteral("dormancy"),
                    Tr::tr("The first release in %n day(s): the one before, %1, was published "
                           "on %2.",
                           nullptr, int(then.daysTo(at)))
                        .arg(before, then.date().toString(Qt::ISODate))});
    return out;
}

} // namespace td::watch
