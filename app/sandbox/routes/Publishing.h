// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a direct publish (PUT /<name>) and a stage approval share: reading the publish document's
// tarball and putting a version into the packument.
#include "sandbox/Context.h"
#include "sandbox/http/HttpResponse.h"

#include <optional>

namespace td::sandbox::publishing {

// The single version's tarball from the publish document's _attachments, or nullopt and what is
// wrong with it (a 400).
std::optional<QByteArray> tarballFromBody(const QJsonObject &body, const QString &name,
                                          const QString &version, QString *problem);

// "public" or "restricted" for a name published for the first time ("access" of the body).
QString accessForNewPackage(const QString &name, const QString &requested);

// _npmUser of a version: the user, or the trusted publisher (provider label + trustedPublisher).
QJsonObject userPublisher(const User &user);
QJsonObject trustedPublisher(const QString &provider, const QString &oidcConfigId);

// Adds the version as npmjs does on publish: dist.tarball/shasum/integrity, the tarball itself,
// time, the given dist-tags (and latest when the package has none), _npmUser and the registry's
// dist.signatures. A trusted publisher's id-token claims (`provenanceClaims`, GitHub or GitLab)
// also get attestations (dist.attestations, the sandbox Sigstore); `tamper` damages them as the
// control API's attacker asks (sigstore::tamperKinds()).
void addVersion(Context &ctx, Package &package, const QString &version, QJsonObject manifest,
                const QByteArray &tarball, const QJsonObject &tags, const QJsonObject &npmUser,
                const QJsonObject &provenanceClaims = {}, const QString &tamper = {});

} // namespace td::sandbox::publishing
