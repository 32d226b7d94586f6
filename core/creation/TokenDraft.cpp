// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/creation/TokenDraft.h"

#include "core/util/Clock.h"

#include <cmath>

namespace td {

namespace {

QStringList cleaned(const QStringList &entries)
{
    QStringList result;
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

// Turns any text into something the name rule accepts: "@acme/ui" → "acme-ui".
QString nameSafe(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.toLower().unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_';
        if (keep)
            out += QChar(u);
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace

TokenDraft::TokenDraft(const Clock &clock, const TokenPolicy &policy, QObject *parent)
    : QObject(parent), m_clock(clock), m_policy(policy)
{ }

void TokenDraft::touch()
{
    emit changed();
}

void TokenDraft::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    const TokenPolicyLimits &limits = m_policy.limits();
    m_customExpiry = {};
    switch (purpose) {
    case Purpose::PublishFromCi:
        // Stage-only: CI stages without 2FA and a human approves the release with 2FA, so no
        // bypass is needed, and the path survives npm's January 2027 end of direct publishing
        // with tokens. The longest allowed life keeps rotation toil low; reminders show expiry.
        m_grants.packagesPermission = Permission::ReadWriteStageOnly;
        m_grants.bypass2fa = false;
        m_expiryDays = limits.writeMaxDays;
        break;
    case Purpose::InstallPrivateInCi:
        m_grants.packagesPermission = Permission::ReadOnly;
        m_grants.bypass2fa = false;
        m_expiryDays = limits.expiryPresetsDays.back();
        break;
    case Purpose::PublishFromComputer:
        m_grants.packagesPermission = Permission::ReadWrite;
        m_grants.bypass2fa = false;
        m_expiryDays = limits.writeDefaultDays;
        break;
    case Purpose::Custom:
        m_grants.packagesPermission = Permission::ReadOnly;
        m_grants.bypass2fa = false;
        m_expiryDays = 0;
        break;
    }
    touch();
}

QString TokenDraft::purposeLabel(Purpose purpose)
{
    switch (purpose) {
    case Purpose::PublishFromCi:
        return tr("Publish from CI");
    case Purpose::InstallPrivateInCi:
        return tr("Install private packages in CI");
    case Purpose::PublishFromComputer:
        return tr("Publish from this computer");
    case Purpose::Custom:
        return tr("Custom");
    }
    return {};
}

QString TokenDraft::purposeExplanation() const
{
    const TokenPolicyLimits &limits = m_policy.limits();
    switch (m_purpose) {
    case Purpose::PublishFromCi:
        return tr("Read and write (stage only) for %n days: CI stages each release without "
                  "2FA, and you approve it with 2FA before it goes live. This keeps working after "
                  "npm ends direct publishing with tokens in January 2027, and the longest allowed "
                  "life means fewer rotations (TokenDesk reminds you before it expires). Better "
                  "still, use trusted publishing: CI then needs no token at all.",
                  nullptr, limits.writeMaxDays);
    case Purpose::InstallPrivateInCi:
        return tr("Read-only for %n days: it can install your private packages but never "
                  "publish, and read-only tokens need no 2FA. Read-only tokens have no maximum "
                  "life; TokenDesk reminds you before it expires.",
                  nullptr, limits.expiryPresetsDays.back());
    case Purpose::PublishFromComputer:
        return tr("Read and write for %n days, npm's default. It does not bypass 2FA: you "
                  "confirm each publish yourself, so a stolen copy cannot publish alone.",
                  nullptr, limits.writeDefaultDays);
    case Purpose::Custom:
        return tr("Choose every setting yourself, starting from npm's defaults: read-only, "
                  "%n days.",
                  nullptr, limits.readOnlyDefaultDays);
    }
    return {};
}

void TokenDraft::setName(const QString &name)
{
    m_name = name;
    touch();
}

void TokenDraft::setDescription(const QString &description)
{
    m_description = description;
    touch();
}

QString TokenDraft::suggestedName() const
{
    QString prefix;
    switch (m_purpose) {
    case Purpose::PublishFromCi:
        prefix = QStringLiteral("ci-publish");
        break;
    case Purpose::InstallPrivateInCi:
        prefix = QStringLiteral("ci-install");
        break;
    case Purpose::PublishFromComputer:
        prefix = QStringLiteral("local-publish");
        break;
    case Purpose::Custom:
        prefix = QStringLiteral("token");
        break;
    }
    QString subject;
    if (m_grants.allPackages)
        subject = QStringLiteral("all");
    else if (!m_grants.scopes.isEmpty())
        subject = nameSafe(m_grants.scopes.first());
    else if (m_grants.packages.size() == 1)
        subject = nameSafe(m_grants.packages.first());
    else if (m_grants.packages.size() > 1)
        subject = QString::number(m_grants.packages.size()) + QStringLiteral("-packages");
    else if (!m_grants.orgs.isEmpty())
        subject = nameSafe(m_grants.orgs.first());
    QString name = subject.isEmpty() ? prefix : prefix + u'-' + subject;
    name.truncate(m_policy.limits().nameMaxLength);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name;
}

void TokenDraft::setAllPackages(bool all)
{
    m_grants.allPackages = all;
    touch();
}

void TokenDraft::setPackages(const QStringList &packages)
{
    m_grants.packages = cleaned(packages);
    touch();
}

void TokenDraft::setScopes(const QStringList &scopes)
{
    QStringList withAt;
    for (const QString &scope : cleaned(scopes)) {
        const QString normalized = TokenPolicy::normalizedScope(scope);
        if (!withAt.contains(normalized))
            withAt << normalized;
    }
    m_grants.scopes = withAt;
    touch();
}

void TokenDraft::setPackagesPermission(Permission permission)
{
    m_grants.packagesPermission = permission;
    touch();
}

void TokenDraft::setOrgs(const QStringList &orgs)
{
    m_grants.orgs = cleaned(orgs);
    touch();
}

void TokenDraft::setOrgsPermission(Permission permission)
{
    m_grants.orgsPermission = permission;
    touch();
}

void TokenDraft::setExpiryDays(int days)
{
    m_expiryDays = days;
    m_customExpiry = {};
    touch();
}

void TokenDraft::setCustomExpiry(const QDateTime &expires)
{
    m_customExpiry = expires;
    touch();
}

void TokenDraft::resetExpiryToDefault()
{
    m_expiryDays = 0;
    m_customExpiry = {};
    touch();
}

int TokenDraft::expiryDays() const
{
    if (hasCustomExpiry()) {
        const double seconds = double(m_clock.now().secsTo(m_customExpiry));
        return int(std::ceil(seconds / 86400.0));
    }
    return m_expiryDays > 0 ? m_expiryDays : m_policy.defaultExpiryDays(isWrite());
}

QDateTime TokenDraft::expiresAt() const
{
    return hasCustomExpiry() ? m_customExpiry : m_clock.now().addDays(expiryDays());
}

void TokenDraft::setCidrRanges(const QStringList &cidr)
{
    m_grants.cidr = cleaned(cidr);
    touch();
}

void TokenDraft::setBypass2fa(bool bypass)
{
    m_grants.bypass2fa = bypass;
    touch();
}

QString TokenDraft::directPublishWarning() const
{
    if (m_grants.packagesPermission != Permission::ReadWrite)
        return {};
    return tr("npm ends direct publishing with bypass-2FA tokens in January 2027; the exact day "
              "is not announced, and npm's documentation words it for every token that publishes "
              "directly. After that day this token may no longer publish. Choose \"Read and "
              "write (stage only)\" to stage releases that you approve with 2FA, or use trusted "
              "publishing.");
}

bool TokenDraft::isWrite() const
{
    return m_grants.isWrite();
}

} // namespace td
