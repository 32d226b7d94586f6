// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/creation/TokenPolicy.h"
#include "core/tokens/Token.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

namespace td {

class Clock;

// The new-token request being edited (by the wizard, or by `token create` flags) with live
// validation against TokenPolicy. It holds everything the wizard pages show, so pages keep no
// state of their own and back/forward never loses anything. Holds no secret.
class TokenDraft final : public QObject
{
    Q_OBJECT
public:
    enum class Purpose { PublishFromCi, InstallPrivateInCi, PublishFromComputer, Custom };
    Q_ENUM(Purpose)

    enum class Field {
        Name,
        Description,
        Packages,
        Scopes,
        PackagesPermission,
        Orgs,
        OrgsPermission,
        Grants, // "at least one package, scope or org" and the 50-entry limits
        Expiry,
        Cidr,
        Bypass2fa,
    };
    Q_ENUM(Field)

    // One problem with one field; index is the entry in a list field (packages, cidr…), or -1.
    struct Issue
    {
        Field field;
        int index = -1;
        QString message;
    };

    explicit TokenDraft(const Clock &clock, const TokenPolicy &policy = TokenPolicy(),
                        QObject *parent = nullptr);

    // Presets set permission, expiry and bypass-2FA in one go; purposeExplanation() says why.
    void setPurpose(Purpose purpose);
    Purpose purpose() const { return m_purpose; }
    QString purposeExplanation() const;
    static QString purposeLabel(Purpose purpose);
    // For CI publishing the honest advice is "use trusted publishing, no token at all".
    bool recommendsTrustedPublishing() const { return m_purpose == Purpose::PublishFromCi; }

    void setName(const QString &name);
    QString name() const { return m_name; }
    void setDescription(const QString &description);
    QString description() const { return m_description; }
    // A name for the name field: purpose + what it grants, e.g. "ci-publish-acme".
    QString suggestedName() const;

    void setAllPackages(bool all);
    bool allPackages() const { return m_grants.allPackages; }
    void setPackages(const QStringList &packages); // trimmed, duplicates dropped
    QStringList packages() const { return m_grants.packages; }
    void setScopes(const QStringList &scopes); // stored with '@'
    QStringList scopes() const { return m_grants.scopes; }
    void setPackagesPermission(Permission permission);
    Permission packagesPermission() const { return m_grants.packagesPermission; }

    void setOrgs(const QStringList &orgs);
    QStringList orgs() const { return m_grants.orgs; }
    void setOrgsPermission(Permission permission);
    Permission orgsPermission() const { return m_grants.orgsPermission; }

    // Expiry is either a number of days or a custom date. Until the user picks one, it follows
    // npm's default for the permission (7 days for write, 30 for read-only).
    void setExpiryDays(int days);
    void setCustomExpiry(const QDateTime &expires);
    void resetExpiryToDefault();
    bool hasCustomExpiry() const { return m_customExpiry.isValid(); }
    QDateTime customExpiry() const { return m_customExpiry; }
    int expiryDays() const; // the chosen or default number of days (custom date: days rounded up)
    QDateTime expiresAt() const; // from the clock's now

    void setCidrRanges(const QStringList &cidr);
    QStringList cidrRanges() const { return m_grants.cidr; }
    void setBypass2fa(bool bypass);
    bool bypass2fa() const { return m_grants.bypass2fa; }

    // npm's January 2027 warning, in plain words, while the package permission is direct
    // read-write (bypassing 2FA or not: npm's docs word the end for every direct-publish token);
    // empty otherwise. Shown on the page itself, not in a dialog.
    QString directPublishWarning() const;

    bool isWrite() const;
    const TokenPolicy &policy() const { return m_policy; }
    // Everything above that npm calls the token's permissions, as edited (packages and scopes
    // are kept while "all packages" is on; tokenRequestFromDraft() leaves them out).
    const TokenGrants &grants() const { return m_grants; }

    QList<Issue> issues() const;
    QList<Issue> issues(Field field) const;
    QString firstMessage(Field field) const; // empty when the field is fine
    bool isValid() const { return issues().isEmpty(); }

    // Plain warnings for the review page. accountPackageCount < 0 = unknown.
    QStringList reviewWarnings(int accountPackageCount = -1) const;

signals:
    void changed();

private:
    static TokenGrants readOnlyGrants()
    {
        TokenGrants grants;
        grants.packagesPermission = Permission::ReadOnly;
        return grants;
    }
    void touch();

    const Clock &m_clock;
    TokenPolicy m_policy;
    Purpose m_purpose = Purpose::Custom;
    QString m_name;
    QString m_description;
    TokenGrants m_grants = readOnlyGrants(); // packages read-only until chosen otherwise
    int m_expiryDays = 0;                    // 0 = npm's default for the permission
    QDateTime m_customExpiry;
};

} // namespace td
