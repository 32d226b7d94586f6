// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/TokenGrants.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace td {

// What a token is, in the words a maintainer uses. Granular kinds come from the registry's
// permissions; classic kinds survive only in old .npmrc files and on registries like Verdaccio.
enum class TokenKind {
    GranularReadOnly,
    GranularReadWrite,
    GranularStageOnly, // "read and write (stage only)": can stage, not publish directly
    GranularBypass2fa, // read-write that skips 2FA; direct publishing ends January 2027
    ClassicPublish,
    ClassicReadOnly,
    ClassicAutomation,
    Session, // from `npm login`, 2 hours, never listed by the registry
    Unknown,
};

// One token as TokenDesk knows it: metadata only. The secret never lives here; it is in the
// keychain under SecretStore::tokenKey(accountId, key). Its grants (TokenGrants) are the
// registry's permissions; classic tokens carry none but readOnly.
struct Token : TokenGrants
{
    QString accountId; // which account listed it
    QString key; // the registry's id: a UUID (granular) or the hex SHA-512 of the secret (classic)
    QString redacted; // the registry's masked form, e.g. "npm_NYn6...jCq0"
    QString name;
    QString description;
    TokenKind kind = TokenKind::Unknown;

    bool readOnly = false;

    QDateTime created;
    QDateTime updated;
    QDateTime lastUsed; // invalid when the registry does not say
    QDateTime expires;  // invalid = no expiry (classic tokens, Verdaccio)
    QDateTime revoked;  // invalid = active

    bool hasExpiry() const { return expires.isValid(); }
    bool isRevoked() const { return revoked.isValid(); }
    bool isClassic() const
    {
        return kind == TokenKind::ClassicPublish || kind == TokenKind::ClassicReadOnly
            || kind == TokenKind::ClassicAutomation;
    }
    bool canWrite() const
    {
        return kind == TokenKind::GranularReadWrite || kind == TokenKind::GranularStageOnly
            || kind == TokenKind::GranularBypass2fa || kind == TokenKind::ClassicPublish
            || kind == TokenKind::ClassicAutomation;
    }
    // A granular token that publishes directly (read and write on packages, bypassing 2FA or
    // not): npm ends that in January 2027 (the exact day is not announced). Write access that
    // comes from organizations alone does not publish. Kinds without known permissions count.
    bool canPublishDirectly() const
    {
        if (isRevoked()
            || (kind != TokenKind::GranularReadWrite && kind != TokenKind::GranularBypass2fa))
            return false;
        const bool permissionsUnknown
            = packagesPermission == Permission::NoAccess && orgsPermission == Permission::NoAccess;
        return packagesPermission == Permission::ReadWrite || permissionsUnknown;
    }
};

// Stable machine names, used in --json output and in the metadata cache.
QString tokenKindId(TokenKind kind);
TokenKind tokenKindFromId(const QString &id);
// Translated, short: "read-only", "publish (bypasses 2FA)", "classic automation".
QString tokenKindLabel(TokenKind kind);

} // namespace td

Q_DECLARE_METATYPE(td::Token)
