// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace td {

// Which registry software an account talks to: it decides what TokenDesk can offer there.
enum class RegistryKind {
    Npmjs,          // registry.npmjs.org: every feature
    NpmCompatible,  // another host that answers npm's token API with expiries (the practice
                    // registry, a mirror of npm's API): treated like npmjs
    Verdaccio,      // token list/create/revoke; the registry sets expiry and does not say it
    GitHubPackages, // npm.pkg.github.com: no token API; expiry in a response header
    CodeArtifact,   // *.d.codeartifact.<region>.amazonaws.com: tokens live 12 hours
    AzureArtifacts, // pkgs.dev.azure.com: a PAT in _password; the user enters its expiry
    Unknown,        // an opaque token, no token API; the user enters its expiry
};

// Where the expiry TokenDesk shows for a kind comes from.
enum class ExpirySource {
    PerToken,             // each listed token carries its expiry (npm's API)
    SetByRegistry,        // the registry decides and does not say (Verdaccio)
    ResponseHeader,       // GitHub-Authentication-Token-Expiration on any authenticated answer
    TwelveHoursFromWrite, // CodeArtifact: 12 hours from when the token was written
    UserEntered,          // nobody but the user knows
};

// What TokenDesk can do on a registry of a kind.
struct RegistryCapabilities
{
    bool listTokens = false;
    bool createTokens = false;
    bool revokeTokens = false;
    bool stage = false;     // staged publishing (npm stage)
    bool trust = false;     // trusted publishing (npm trust)
    bool twoFactor = false; // npm's 2FA challenges (OTP, browser approval)
    ExpirySource expiry = ExpirySource::UserEntered;
    // TokenDesk learns the expiry without asking the user.
    bool expiryKnown() const
    {
        return expiry == ExpirySource::PerToken || expiry == ExpirySource::ResponseHeader
            || expiry == ExpirySource::TwelveHoursFromWrite;
    }
};

// What TokenDesk has seen a registry answer, beyond its address.
struct RegistryEvidence
{
    std::optional<bool> reportsExpiry; // a token list carried `expiry` (false: Verdaccio's)
    std::optional<bool> tokenApi;      // GET /-/npm/v1/tokens exists (false: 404/405 seen)
    QString poweredBy;                 // the X-Powered-By answer header ("verdaccio/6.1.2")
};

// Decided from the host first (npmjs, GitHub, AWS and Azure have fixed names), then from the
// answers. Another host is npm-compatible until an answer says otherwise: Verdaccio names itself
// and leaves `expiry` out of its tokens; a registry without the token API is Unknown.
RegistryKind registryKindOf(const QUrl &registry, const RegistryEvidence &evidence = {});
RegistryCapabilities capabilitiesOf(RegistryKind kind);

QString registryKindId(RegistryKind kind);    // "npmjs", "github-packages"…: --json, caches
QString registryKindLabel(RegistryKind kind); // translated: "GitHub Packages"

// The things the desktop may offer, for the "why not" texts.
enum class RegistryAction { CreateToken, RevokeToken, Stage, Trust };
// Translated, one line: why the kind lacks `action` and what to do instead; empty when it has it.
QString missingCapabilityReason(RegistryKind kind, RegistryAction action);

} // namespace td
