// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <deque>
#include <optional>

namespace td::sandbox {

// A credential one of the emulated CI services accepts.
struct CiCredential
{
    QString provider; // "github", "gitlab", "circleci"
    QString token;
    QString login;
    QStringList permissions; // GitHub "secrets:write", "environments:write",
                             // "organization_secrets:write" (":read" forms too); GitLab
                             // "maintainer", "owner"; CircleCI "all"
    bool may(const QString &permission) const { return permissions.contains(permission); }
};

// One stored secret or variable. The sandbox keeps the plaintext (GitHub's emulation unseals what
// it receives), so the control API can say whether it equals a value.
struct CiStoredValue
{
    QByteArray value;
    QDateTime createdAt;
    QDateTime updatedAt;
    int writes = 0;
    QJsonObject attributes; // provider details: GitHub org "visibility", "selected_repository_ids";
                            // GitLab "masked", "protected", "raw", "variable_type"
};

// A GitHub secret store's X25519 key pair (what GET …/secrets/public-key hands out).
struct CiKeyPair
{
    QString keyId;
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 32 bytes
};

// One OAuth device authorization (GitHub's or GitLab's device flow).
struct CiDeviceGrant
{
    QString provider;
    QString deviceCode;
    QString userCode; // "ABCD-1234"
    QString clientId;
    QString scope;
    QDateTime expiresAt;
    QDateTime lastPoll; // null before the first poll
    int intervalSeconds = 5;
    QString state = QStringLiteral("pending"); // pending, approved, denied, issued
    QString login;                             // who approved
    QStringList permissions;                   // what the issued credential may do
};

// What the CI emulations know, beside SandboxState. Keys are CiSecretTarget ids
// ("github:repository:github.com:acme:widgets:NPM_TOKEN") with the host replaced by the provider's
// default host, so a client's own host name does not matter; a store id is a secret id without
// its last field ("github:repository:github.com:acme:widgets"). Fields are encoded the way
// CiSecretTarget encodes them (field()).
class CiState
{
public:
    CiState();

    // The demo: GitHub credentials for "maintainer" (documented in README §CI), the repository
    // acme/widgets with its environment "production", and the organization acme.
    void seedDemo();

    // --- ids ---
    static QString field(const QString &text); // percent-encodes ':' and '%'
    static QString defaultHost(const QString &provider);
    // `id` with its host field set to the provider's default host; empty when it is not an id.
    static QString canonicalId(const QString &id);
    // The id without its last field (the store of a secret id).
    static QString storeOf(const QString &id);
    // "<provider>:<kind>:<default host>:<encoded field>:…"
    static QString makeId(const QString &provider, const QString &kind, const QStringList &fields);

    // --- credentials ---
    // Adds one; makes a token of the provider's shape when `token` is empty. Returns the token.
    QString addCredential(const QString &provider, const QString &login,
                          const QStringList &permissions, QString token = {});
    const CiCredential *credential(const QString &provider, const QByteArray &token) const;

    // --- stores (repositories, environments, organizations, projects, groups, contexts) ---
    void addStore(const QString &storeId);
    bool hasStore(const QString &storeId) const { return m_stores.contains(storeId); }
    // Store ids starting with `prefix`, sorted.
    QStringList stores(const QString &prefix) const;

    // --- values ---
    const CiStoredValue *value(const QString &id) const;
    CiStoredValue *value(const QString &id);
    // Stores `plaintext` (creating the store when needed); *created says whether it is new.
    CiStoredValue &write(const QString &id, const QByteArray &plaintext, const QDateTime &now,
                         bool *created = nullptr);
    bool remove(const QString &id);
    // Secret ids whose store is `storeId`, sorted.
    QStringList idsIn(const QString &storeId) const;
    QStringList ids() const { return m_values.keys(); }

    // --- GitHub key pairs, made on first use ---
    const CiKeyPair &keyPair(const QString &storeId);

    // --- device flow ---
    CiDeviceGrant &startDevice(const QString &provider, const QString &clientId,
                               const QString &scope, const QDateTime &now);
    CiDeviceGrant *deviceByCode(const QString &provider, const QString &deviceCode);
    CiDeviceGrant *deviceByUserCode(const QString &provider, const QString &userCode);

private:
    QSet<QString> m_stores;
    QMap<QString, CiStoredValue> m_values;
    QMap<QString, CiKeyPair> m_keys;
    std::deque<CiCredential> m_credentials;
    std::deque<CiDeviceGrant> m_devices;
};

// Demo credentials (app/sandbox/README.md §CI).
inline constexpr char kGitHubDemoToken[] = "ghp_sandboxMaintainerAllSecrets000000000";
inline constexpr char kGitHubDemoReadOnlyToken[] = "ghp_sandboxMaintainerReadOnly00000000000";

} // namespace td::sandbox
