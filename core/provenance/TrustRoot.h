// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER from td/prov-policy with PROV-CONTRACT.md's declarations only, so VersionVerifier
// builds before the merge: the owner of this file is td/prov-verify — take that version at merge.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace td::provenance {

class TrustRoot // trusted_root.json + npm registry keys; value type
{
public:
    static std::optional<TrustRoot> fromJson(const QByteArray &trustedRootJson,
                                             const QByteArray &npmKeysJson, QString *error);
    static const TrustRoot &shipped();

private:
    QByteArray m_placeholder;
};

} // namespace td::provenance
