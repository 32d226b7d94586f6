// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchJson.h"

#include <algorithm>
#include <iterator>

namespace td::watch {

namespace {

using Kind = WatchEvent::Kind;
using Level = WatchVerdict::Level;

constexpr Kind kKinds[]
    = {Kind::NewVersion,      Kind::TagMoved,          Kind::Deprecated,      Kind::VersionRemoved,
       Kind::MaintainerAdded, Kind::MaintainerRemoved, Kind::StagedByNewActor};
constexpr Level kLevels[] = {Level::Expected, Level::Notable, Level::Alarm};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

QJsonObject publisherToJson(const provenance::PublisherIdentity &identity)
{
    return {{QStringLiteral("issuer"), identity.issuer},
            {QStringLiteral("repository"), identity.repository()},
            {QStringLiteral("repositoryUri"), identity.sourceRepositoryUri},
            {QStringLiteral("workflow"), identity.workflowFile()},
            {QStringLiteral("buildConfigUri"), identity.buildConfigUri},
            {QStringLiteral("ref"), identity.sourceRepositoryRef},
            {QStringLiteral("commit"), identity.sourceRepositoryDigest},
            {QStringLiteral("trigger"), identity.buildTrigger},
            {QStringLiteral("runner"), identity.runnerEnvironment},
            {QStringLiteral("environment"), identity.deploymentEnvironment},
            {QStringLiteral("run"), identity.runInvocationUri}};
}

provenance::PublisherIdentity publisherFromJson(const QJsonObject &o)
{
    provenance::PublisherIdentity identity;
    identity.issuer = o.value(QLatin1String("issuer")).toString();
    identity.sourceRepositoryUri = o.value(QLatin1String("repositoryUri")).toString();
    identity.buildConfigUri = o.value(QLatin1String("buildConfigUri")).toString();
    identity.sourceRepositoryRef = o.value(QLatin1String("ref")).toString();
    identity.sourceRepositoryDigest = o.value(QLatin1String("commit")).toString();
    identity.buildTrigger = o.value(QLatin1String("trigger")).toString();
    identity.runnerEnvironment = o.value(QLatin1String("runner")).toString();
    identity.deploymentEnvironment = o.value(QLatin1String("environment")).toString();
    identity.runInvocationUri = o.value(QLatin1String("run")).toString();
    return identity;
}

} // namespace

QJsonObject releaseToJson(const WatchRelease &r)
{
    QJsonObject out{{QStringLiteral("registry"), r.registry.toString()},
                    {QStringLiteral("account"), r.account},
                    {QStringLiteral("kind"), kindName(r.kind)},
                    {QStringLiteral("package"), r.package},
                    {QStringLiteral("version"), r.version},
                    {QStringLiteral("actor"), r.actor},
                    {QStringLiteral("at"), timeText(r.at)},
                    {QStringLiteral("seenAt"), timeText(r.seenAt)},
                    {QStringLiteral("level"), levelName(r.level)},
                    {QStringLiteral("open"), r.isOpenAlarm()},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)},
                    {QStringLiteral("codes"), QJsonArray::fromStringList(r.codes)},
                    {QStringLiteral("baseline"), r.baseline},
                    {QStringLiteral("acknowledged"), r.acknowledged}};
    if (r.kind == Kind::TagMoved) {
        out.insert(QStringLiteral("tag"), r.tag);
        out.insert(QStringLiteral("fromVersion"), r.fromVersion);
    }
    if (!r.note.isEmpty())
        out.insert(QStringLiteral("note"), r.note);
    if (!r.publishPath.isEmpty())
        out.insert(QStringLiteral("publishPath"), r.publishPath);
    if (r.publisher)
        out.insert(QStringLiteral("publisher"), publisherToJson(*r.publisher));
    return out;
}

std::optional<WatchRelease> releaseFromJson(const QJsonObject &o)
{
    WatchRelease r;
    r.package = o.value(QLatin1String("package")).toString();
    if (r.package.isEmpty())
        return std::nullopt;
    const QString kind = o.value(QLatin1String("kind")).toString();
    const auto *foundKind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                         [&kind](Kind k) { return kindName(k) == kind; });
    const QString level = o.value(QLatin1String("level")).toString();
    const auto *foundLevel = std::find_if(std::begin(kLevels), std::end(kLevels),
                                          [&level](Level l) { return levelName(l) == level; });
    if (foundKind == std::end(kKinds) || foundLevel == std::end(kLevels))
        return std::nullopt;
    r.kind = *foundKind;
    r.level = *foundLevel;
    r.registry = QUrl(o.value(QLatin1String("registry")).toString());
    r.account = o.value(QLatin1String("account")).toString();
    r.version = o.value(QLatin1String("version")).toString();
    r.tag = o.value(QLatin1String("tag")).toString();
    r.fromVersion = o.value(QLatin1String("fromVersion")).toString();
    r.actor = o.value(QLatin1String("actor")).toString();
    r.at = timeOf(o.value(QLatin1String("at")));
    r.seenAt = timeOf(o.value(QLatin1String("seenAt")));
    r.reasons = stringsOf(o.value(QLatin1String("reasons")));
    r.codes = stringsOf(o.value(QLatin1String("codes")));
    r.note = o.value(QLatin1String("note")).toString();
    r.publishPath = o.value(QLatin1String("publishPath")).toString();
    if (o.value(QLatin1String("publisher")).isObject())
        r.publisher = publisherFromJson(o.value(QLatin1String("publisher")).toObject());
    r.baseline = o.value(QLatin1String("baseline")).toBool();
    r.acknowledged = o.value(QLatin1String("acknowledged")).toBool();
    return r;
}

QJsonArray releasesToJson(const QList<WatchRelease> &releases)
{
    QJsonArray out;
    for (const WatchRelease &release : releases)
        out.append(releaseToJson(release));
    return out;
}

QList<WatchRelease> releasesFromJson(const QJsonArray &array)
{
    QList<WatchRelease> out;
    for (const QJsonValue &value : array)
        if (auto release = releaseFromJson(value.toObject()))
            out.append(*release);
    return out;
}

} // namespace td::watch
