// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance/PackumentReader.h"
#include "provenance/JsonAccess.h"

#include <QCoreApplication>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::PackumentReader)
};

using nlohmann::json;

constexpr auto str = &jsonString;

constexpr auto member = &jsonMember;

} // namespace

const PackumentVersion *PackumentVersions::find(const QString &version) const
{
    for (const PackumentVersion &each : versions)
        if (each.version == version)
            return &each;
    return nullptr;
}

std::optional<PackumentVersions> readPackument(const QByteArray &body, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<PackumentVersions> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (body.size() > maxPackumentSize)
        return fail(Tr::tr("the package document is larger than %1 MiB")
                        .arg(maxPackumentSize / (1024 * 1024)));
    json root = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return fail(Tr::tr("the package document is not JSON"));
    PackumentVersions out;
    out.name = str(root, "name");
    if (out.name.isEmpty())
        return fail(Tr::tr("the package document has no name"));
    const json &times = member(root, "time");
    json &versions = root["versions"];
    if (!versions.is_object())
        return out;
    for (auto &[number, manifest] : versions.items()) {
        if (!manifest.is_object())
            continue;
        PackumentVersion version;
        version.version = QString::fromStdString(number);
        const QString published = str(times, number.c_str());
        version.published = QDateTime::fromString(published, Qt::ISODateWithMs).toUTC();
        const json &dist = member(manifest, "dist");
        version.integrity = str(dist, "integrity");
        const json &attestations = member(dist, "attestations");
        version.attestationsUrl = str(attestations, "url");
        version.provenancePredicateType = str(member(attestations, "provenance"), "predicateType");
        version.manifest = std::move(manifest); // the document is ours: no copy of large ones
        out.versions.append(std::move(version));
    }
    return out;
}

} // namespace td::provenance
