// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/PackumentReleases.h"
#include "core/provenance/JsonAccess.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::PackumentReleases)
};

using nlohmann::json;

constexpr auto text = &jsonString;

constexpr auto member = &jsonMember;

PackumentRelease releaseOf(const QString &version, const json &manifest, const json &times)
{
    PackumentRelease release;
    release.evidence.version = version;
    release.evidence.published
        = QDateTime::fromString(text(times, version.toStdString().c_str()), Qt::ISODateWithMs);
    const json &user = member(manifest, "_npmUser");
    release.evidence.npmUser = text(user, "name");
    release.evidence.trustedPublisher = member(user, "trustedPublisher").is_object();
    release.evidence.approver = text(member(user, "approver"), "name");
    const json &dist = member(manifest, "dist");
    release.integrity = text(dist, "integrity");
    const json &attestations = member(dist, "attestations");
    release.evidence.hasAttestations = attestations.is_object();
    release.attestationsUrl = QUrl(text(attestations, "url"));
    release.manifestJson = QByteArray::fromStdString(manifest.dump());
    return release;
}

} // namespace

const PackumentRelease *PackumentReleases::find(const QString &version) const
{
    for (const PackumentRelease &release : releases)
        if (release.evidence.version == version)
            return &release;
    return nullptr;
}

std::optional<PackumentReleases> readPackumentReleases(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.size() > kMaxPackumentBytes)
        return fail(Tr::tr("Could not verify: the package document is larger than 64 MiB."));
    // Each version document is written out again (manifestJson) by nlohmann's serializer, which
    // recurses once per level: a hostile document nested a few hundred thousand levels deep
    // would overflow the stack there. npm's documents nest a handful of levels.
    int deepest = 0;
    const json::parser_callback_t depth = [&deepest](int level, json::parse_event_t, json &) {
        deepest = std::max(deepest, level);
        return true;
    };
    const json document = json::parse(bytes.cbegin(), bytes.cend(), depth, false);
    if (document.is_discarded() || !document.is_object())
        return fail(Tr::tr("Could not verify: the registry's package document is not valid "
                           "JSON. Try again later."));
    if (deepest > kMaxPackumentDepth)
        return fail(Tr::tr("Could not verify: the registry's package document nests deeper than "
                           "%1 levels, which no npm document does.")
                        .arg(kMaxPackumentDepth));
    if (text(document, "name").isEmpty())
        return fail(Tr::tr("Could not verify: the registry's package document has no name."));
    const json &versions = member(document, "versions");
    if (!versions.is_object())
        return fail(Tr::tr("Could not verify: the registry's package document lists no "
                           "versions."));
    PackumentReleases out;
    out.name = text(document, "name");
    out.latest = text(member(document, "dist-tags"), "latest");
    const json &times = member(document, "time");
    for (const auto &item : versions.items()) {
        if (item.value().is_object())
            out.releases.append(releaseOf(QString::fromStdString(item.key()), item.value(), times));
    }
    std::stable_sort(out.releases.begin(), out.releases.end(),
                     [](const PackumentRelease &a, const PackumentRelease &b) {
                         const QDateTime &x = a.evidence.published;
                         const QDateTime &y = b.evidence.published;
                         if (x.isValid() != y.isValid())
                             return x.isValid();
                         return x.isValid() && x < y;
                     });
    return out;
}

} // namespace td::provenance
