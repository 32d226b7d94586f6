// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace td {

// AWS CodeArtifact's authorization tokens (aws codeartifact login) last 12 hours by default.
inline constexpr std::chrono::hours kCodeArtifactTokenLifetime{12};

// Where the end of an account's own credential was learned, for registries without a token list.
enum class CredentialExpiryBasis {
    None,           // not known (yet)
    ResponseHeader, // GitHub said so in GitHub-Authentication-Token-Expiration
    TokenStored,    // CodeArtifact: 12 hours from when TokenDesk stored the token
    FileWritten,    // CodeArtifact: 12 hours from the npmrc file's last write
    UserEntered,    // the user typed it in
};

struct CredentialExpiry
{
    QDateTime expires; // UTC; invalid when not known
    CredentialExpiryBasis basis = CredentialExpiryBasis::None;

    bool isKnown() const { return expires.isValid() && basis != CredentialExpiryBasis::None; }
    bool operator==(const CredentialExpiry &other) const = default;
};

// CodeArtifact: counts from when TokenDesk stored the token when it knows that (the exact
// moment it was issued), else from the npmrc file's modification time (`aws codeartifact login`
// writes the file when it fetches the token). Neither known: not known.
CredentialExpiry codeArtifactExpiry(const QDateTime &storedAt, const QDateTime &fileModified);

QString credentialExpiryBasisId(CredentialExpiryBasis basis); // "response-header"…
CredentialExpiryBasis credentialExpiryBasisFromId(const QString &id);

} // namespace td
