// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxState.h"

#include "Staging.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/auth/Totp.h"

#include <QJsonArray>

namespace td::sandbox {

namespace {

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

QJsonArray fromStringList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

const char *kindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Session:
        return "session";
    case TokenKind::Granular:
        return "granular";
    case TokenKind::Classic:
        return "classic";
    case TokenKind::Oidc:
        return "oidc";
    }
    return "granular";
}

TokenKind kindFromName(const QString &s)
{
    if (s == QLatin1String("session"))
        return TokenKind::Session;
    if (s == QLatin1String("classic"))
        return TokenKind::Classic;
    if (s == QLatin1String("oidc"))
        return TokenKind::Oidc;
    return TokenKind::Granular;
}

// Absolute ISO time in `field`, or a time relative to now from "<field>_in_hours/_in_days"
// (future) or "<base>_days_ago/_hours_ago" (past).
QDateTime timeField(const QJsonObject &o, const QString &field, const QDateTime &now)
{
    if (o.contains(field) && o.value(field).isString())
        return parseIso(o.value(field).toString());
    if (o.contains(field + QLatin1String("_in_hours")))
        return now.addSecs(qint64(o.value(field + QLatin1String("_in_hours")).toDouble() * 3600));
    if (o.contains(field + QLatin1String("_in_days")))
        return now.addSecs(qint64(o.value(field + QLatin1String("_in_days")).toDouble() * 86400));
    if (o.contains(field + QLatin1String("_days_ago")))
        return now.addSecs(-qint64(o.value(field + QLatin1String("_days_ago")).toDouble() * 86400));
    if (o.contains(field + QLatin1String("_hours_ago")))
        return now.addSecs(-qint64(o.value(field + QLatin1String("_hours_ago")).toDouble() * 3600));
    return {};
}

} // namespace

QString redactToken(const QString &secret)
{
    if (secret.startsWith(QLatin1String("npm_")) && secret.size() > 12)
        return secret.left(8) + QLatin1String("...") + secret.right(4);
    return QStringLiteral("[REDACTED]");
}

QDateTime SandboxState::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void SandboxState::setNow(const QDateTime &t)
{
    m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(t.toUTC());
}

Token *SandboxState::tokenBySecret(const QString &secret)
{
    const QByteArray wanted = secret.toUtf8();
    for (Token &t : tokens)
        if (crypto::equalSecrets(t.secret.toUtf8(), wanted))
            return &t;
    return nullptr;
}

Token *SandboxState::tokenByKey(const QString &key)
{
    for (Token &t : tokens)
        if (t.key == key)
            return &t;
    return nullptr;
}

Pending *SandboxState::pendingById(const QString &id)
{
    for (Pending &p : pending)
        if (p.id == id)
            return &p;
    return nullptr;
}

Package *SandboxState::package(const QString &name)
{
    auto it = packages.find(name);
    return it == packages.end() ? nullptr : &it.value();
}

User *SandboxState::user(const QString &name)
{
    auto it = users.find(name);
    return it == users.end() ? nullptr : &it.value();
}

StagedVersion *SandboxState::stagedById(const QString &id)
{
    for (StagedVersion &s : staged)
        if (s.id.compare(id, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

QJsonObject SandboxState::stagedItem(const StagedVersion &s) const
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("packageName"), s.packageName},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("tag"), s.tag},
            {QStringLiteral("createdAt"), iso(s.created)},
            {QStringLiteral("actor"), s.actor},
            {QStringLiteral("actorType"), s.actorType},
            {QStringLiteral("access"), s.access},
            {QStringLiteral("shasum"), crypto::sha1Hex(s.tarball)},
            {QStringLiteral("status"),
             s.isValidating(now()) ? QStringLiteral("validating") : QStringLiteral("staged")}};
}

QJsonObject SandboxState::trustToJson(const TrustConfig &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("claims"), c.claims},
            {QStringLiteral("permissions"), fromStringList(c.permissions)}};
}

TrustConfig SandboxState::trustFromJson(const QJsonObject &o)
{
    TrustConfig c;
    c.id = o.value(QStringLiteral("id")).toString();
    if (c.id.isEmpty())
        c.id = crypto::newUuid();
    c.type = o.value(QStringLiteral("type")).toString();
    c.claims = o.value(QStringLiteral("claims")).toObject();
    // An earlier npm revision put "environment" at the top level; keep it with the claims.
    if (o.contains(QStringLiteral("environment"))
        && !c.claims.contains(QStringLiteral("environment")))
        c.claims.insert(QStringLiteral("environment"), o.value(QStringLiteral("environment")));
    c.permissions = o.contains(QStringLiteral("permissions"))
        ? toStringList(o.value(QStringLiteral("permissions")))
        : QStringList{QStringLiteral("createPackage")};
    return c;
}

QJsonObject SandboxState::tokenToJson(const Token &t, bool withSecret)
{
    QJsonObject o{{QStringLiteral("key"), t.key},
                  {QStringLiteral("token"), withSecret ? t.secret : redactToken(t.secret)},
                  {QStringLiteral("owner"), t.owner},
                  {QStringLiteral("kind"), QLatin1String(kindName(t.kind))},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("description"), t.description},
                  {QStringLiteral("created"), iso(t.created)},
                  {QStringLiteral("bypass_2fa"), t.bypass2fa},
                  {QStringLiteral("cidr"), fromStringList(t.cidr)},
                  {QStringLiteral("packages_and_scopes_permission"), t.packagesPermission},
                  {QStringLiteral("orgs_permission"), t.orgsPermission},
                  {QStringLiteral("packages_all"), t.packagesAll},
                  {QStringLiteral("packages"), fromStringList(t.packages)},
                  {QStringLiteral("scopes"), fromStringList(t.scopes)},
                  {QStringLiteral("orgs"), fromStringList(t.orgs)},
                  {QStringLiteral("hidden"), t.hidden}};
    const auto putTime = [&o](const char *name, const QDateTime &time) {
        if (time.isValid())
            o.insert(QLatin1String(name), iso(time));
    };
    putTime("updated", t.updated);
    putTime("accessed", t.accessed);
    putTime("expiry", t.expiry);
    putTime("revoked", t.revoked);
    if (!t.classicType.isEmpty())
        o.insert(QStringLiteral("classic_type"), t.classicType);
    if (!t.oidcPackage.isEmpty()) {
        o.insert(QStringLiteral("oidc_package"), t.oidcPackage);
        o.insert(QStringLiteral("oidc_provider"), t.oidcProvider);
        o.insert(QStringLiteral("oidc_config_id"), t.oidcConfigId);
        o.insert(QStringLiteral("oidc_permissions"), fromStringList(t.oidcPermissions));
        if (!t.oidcClaims.isEmpty())
            o.insert(QStringLiteral("oidc_claims"), t.oidcClaims);
    }
    return o;
}

bool SandboxState::load(const QJsonObject &seed, QString *error)
{
    const QDateTime t0 = now();
    QMap<QString, User> newUsers;
    QMap<QString, Org> newOrgs;
    QMap<QString, Package> newPackages;
    std::deque<Token> newTokens;

    for (const QJsonValue &v : seed.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        User u;
        u.name = o.value(QStringLiteral("name")).toString();
        if (u.name.isEmpty()) {
            *error = QStringLiteral("a user has no name");
            return false;
        }
        u.password = o.value(QStringLiteral("password")).toString();
        u.email
            = o.value(QStringLiteral("email")).toString(u.name + QLatin1String("@example.invalid"));
        u.tfa = o.value(QStringLiteral("tfa")).toString(QStringLiteral("none"));
        u.totpSecret = o.value(QStringLiteral("totp_secret")).toString();
        u.fullname = o.value(QStringLiteral("fullname")).toString();
        if (u.tfa == QLatin1String("totp") && !u.totpSecret.isEmpty()
            && !totp::decodeBase32(u.totpSecret)) {
            *error = QStringLiteral("user %1 has an invalid base32 TOTP secret").arg(u.name);
            return false;
        }
        if (!QStringList{QStringLiteral("none"), QStringLiteral("totp"), QStringLiteral("webauthn")}
                 .contains(u.tfa)) {
            *error = QStringLiteral("user %1 has an unknown tfa mode").arg(u.name);
            return false;
        }
        u.created = timeField(o, QStringLiteral("created"), t0);
        if (!u.created.isValid())
            u.created = t0.addDays(-400);
        u.updated = timeField(o, QStringLiteral("updated"), t0);
        if (!u.updated.isValid())
            u.updated = u.created;
        u.skip2faUntil = timeField(o, QStringLiteral("skip_2fa_until"), t0);
        newUsers.insert(u.name, u);
    }

    for (const QJsonValue &v : seed.value(QStringLiteral("orgs")).toArray()) {
        const QJsonObject o = v.toObject();
        Org org;
        org.name = o.value(QStringLiteral("name")).toString();
        const QJsonObject members = o.value(QStringLiteral("members")).toObject();
        for (auto it = members.begin(); it != members.end(); ++it)
            org.members.insert(it.key(), it.value().toString());
        const QJsonObject teams = o.value(QStringLiteral("teams")).toObject();
        for (auto it = teams.begin(); it != teams.end(); ++it)
            org.teams.insert(it.key(), toStringList(it.value()));
        newOrgs.insert(org.name, org);
    }

    for (const QJsonValue &v : seed.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject o = v.toObject();
        Package p;
        p.name = o.value(QStringLiteral("name")).toString();
        if (p.name.isEmpty()) {
            *error = QStringLiteral("a package has no name");
            return false;
        }
        p.description = o.value(QStringLiteral("description")).toString();
        p.maintainers = toStringList(o.value(QStringLiteral("maintainers")));
        p.access = o.value(QStringLiteral("access")).toString(QStringLiteral("public"));
        p.publishRequiresTfa = o.value(QStringLiteral("publish_requires_tfa")).toBool(true);
        p.automationTokenOverridesTfa
            = o.value(QStringLiteral("automation_token_overrides_tfa")).toBool(true);
        p.distTags = o.value(QStringLiteral("dist-tags")).toObject();
        p.time = o.value(QStringLiteral("time")).toObject();
        const QJsonValue versions = o.value(QStringLiteral("versions"));
        if (versions.isArray()) {
            // Seed shorthand: a list of version strings, oldest first.
            const QStringList list = toStringList(versions);
            const QString publisher = p.maintainers.value(0);
            qsizetype i = 0;
            for (const QString &ver : list) {
                const QDateTime when = t0.addDays(-30 * (list.size() - i++));
                // "_id" as every version document of npm's has it: a verifier checks it before
                // any signature counts.
                p.versions.insert(
                    ver,
                    QJsonObject{
                        {QStringLiteral("_id"), QString(p.name + QLatin1Char('@') + ver)},
                        {QStringLiteral("name"), p.name},
                        {QStringLiteral("version"), ver},
                        {QStringLiteral("description"), p.description},
                        {QStringLiteral("_npmUser"),
                         QJsonObject{{QStringLiteral("name"), publisher},
                                     {QStringLiteral("email"), newUsers.value(publisher).email}}}});
                p.time.insert(ver, iso(when));
                p.distTags.insert(QStringLiteral("latest"), ver);
            }
        } else {
            p.versions = versions.toObject();
        }
        // How a seeded release came (_npmUser, dist.attestations, _stagedId), merged into the
        // shorthand's manifests so the story can tell trusted, staged and token releases apart.
        const QJsonObject facts = o.value(QStringLiteral("version_facts")).toObject();
        for (auto it = facts.begin(); it != facts.end(); ++it) {
            QJsonObject manifest = p.versions.value(it.key()).toObject();
            if (manifest.isEmpty()) {
                *error = QStringLiteral("version_facts of %1 names the unknown version %2")
                             .arg(p.name, it.key());
                return false;
            }
            const QJsonObject extra = it.value().toObject();
            for (auto field = extra.begin(); field != extra.end(); ++field)
                manifest.insert(field.key(), field.value());
            p.versions.insert(it.key(), manifest);
        }
        for (const QJsonValue &t : o.value(QStringLiteral("trust")).toArray())
            p.trust.append(trustFromJson(t.toObject()));
        const QJsonObject tarballs = o.value(QStringLiteral("tarballs")).toObject();
        for (auto it = tarballs.begin(); it != tarballs.end(); ++it)
            p.tarballs.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
        // Real tarballs for seeded versions, so that a staged version has something to diff with.
        const QJsonObject filesByVersion = o.value(QStringLiteral("files_by_version")).toObject();
        for (auto it = filesByVersion.begin(); it != filesByVersion.end(); ++it) {
            QJsonObject manifest = p.versions.value(it.key()).toObject();
            if (manifest.isEmpty()) {
                *error = QStringLiteral("files_by_version of %1 names the unknown version %2")
                             .arg(p.name, it.key());
                return false;
            }
            QJsonObject bare = manifest;
            bare.remove(QStringLiteral("_npmUser"));
            bare.remove(QStringLiteral("dist"));
            const QByteArray data = staging::tarballFromFiles(it.value().toObject(), bare);
            QJsonObject dist = manifest.value(QStringLiteral("dist")).toObject();
            dist.insert(QStringLiteral("shasum"), crypto::sha1Hex(data));
            dist.insert(QStringLiteral("integrity"),
                        QString(QLatin1String("sha512-")
                                + QString::fromLatin1(crypto::sha512(data).toBase64())));
            manifest.insert(QStringLiteral("dist"), dist);
            p.versions.insert(it.key(), manifest);
            p.tarballs.insert(p.name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + it.key()
                                  + QLatin1String(".tgz"),
                              data);
        }
        newPackages.insert(p.name, p);
    }

    for (const QJsonValue &v : seed.value(QStringLiteral("tokens")).toArray()) {
        const QJsonObject o = v.toObject();
        Token t;
        t.kind = kindFromName(o.value(QStringLiteral("kind")).toString());
        t.owner = o.value(QStringLiteral("owner")).toString();
        if (!newUsers.contains(t.owner)) {
            *error = QStringLiteral("a token's owner %1 is not a user").arg(t.owner);
            return false;
        }
        t.secret = o.value(QStringLiteral("token")).toString();
        if (t.secret.isEmpty())
            t.secret
                = t.kind == TokenKind::Classic ? crypto::newUuid() : crypto::newGranularToken();
        t.key = o.value(QStringLiteral("key")).toString();
        if (t.key.isEmpty())
            t.key = t.kind == TokenKind::Classic ? crypto::sha512Hex(t.secret.toUtf8())
                                                 : crypto::newUuid();
        t.name = o.value(QStringLiteral("name")).toString();
        t.description = o.value(QStringLiteral("description")).toString();
        t.created = timeField(o, QStringLiteral("created"), t0);
        if (!t.created.isValid())
            t.created = t0;
        t.updated = timeField(o, QStringLiteral("updated"), t0);
        t.accessed = timeField(o, QStringLiteral("accessed"), t0);
        t.expiry = timeField(o, QStringLiteral("expiry"), t0);
        if (!t.expiry.isValid())
            t.expiry = timeField(o, QStringLiteral("expires"), t0);
        t.revoked = timeField(o, QStringLiteral("revoked"), t0);
        t.hidden = o.value(QStringLiteral("hidden")).toBool();
        t.bypass2fa = o.value(QStringLiteral("bypass_2fa")).toBool();
        t.cidr = toStringList(o.value(QStringLiteral("cidr")));
        t.packagesPermission = o.value(QStringLiteral("packages_and_scopes_permission"))
                                   .toString(QStringLiteral("no-access"));
        t.orgsPermission
            = o.value(QStringLiteral("orgs_permission")).toString(QStringLiteral("no-access"));
        t.packagesAll = o.value(QStringLiteral("packages_all")).toBool();
        t.packages = toStringList(o.value(QStringLiteral("packages")));
        t.scopes = toStringList(o.value(QStringLiteral("scopes")));
        t.orgs = toStringList(o.value(QStringLiteral("orgs")));
        t.classicType = o.value(QStringLiteral("classic_type")).toString();
        if (t.kind == TokenKind::Classic && t.classicType.isEmpty())
            t.classicType = QStringLiteral("publish");
        t.oidcPackage = o.value(QStringLiteral("oidc_package")).toString();
        t.oidcProvider = o.value(QStringLiteral("oidc_provider")).toString();
        t.oidcConfigId = o.value(QStringLiteral("oidc_config_id")).toString();
        t.oidcClaims = o.value(QStringLiteral("oidc_claims")).toObject();
        t.oidcPermissions = o.contains(QStringLiteral("oidc_permissions"))
            ? toStringList(o.value(QStringLiteral("oidc_permissions")))
            : QStringList{QStringLiteral("createPackage")};
        newTokens.push_back(t);
    }

    const qint64 validation
        = qint64(seed.value(QStringLiteral("stage_validation_seconds")).toDouble(30));
    QList<StagedVersion> newStaged;
    for (const QJsonValue &v : seed.value(QStringLiteral("staged")).toArray()) {
        auto s = staging::fromSeed(v.toObject(), newPackages, newUsers, validation, t0, error);
        if (!s)
            return false;
        newStaged.append(*s);
    }

    users = newUsers;
    orgs = newOrgs;
    packages = newPackages;
    tokens = newTokens;
    staged = newStaged;
    stageValidationSeconds = validation;
    trustConfigsPerPackage
        = qsizetype(seed.value(QStringLiteral("trust_configs_per_package")).toInt(10));
    pending.clear();
    codes.clear();
    outbox.clear();
    const QString key = seed.value(QStringLiteral("signing_key")).toString();
    signingKey = key.isEmpty() ? crypto::randomBytes(32) : QByteArray::fromBase64(key.toLatin1());
    sigstore
        = sigstore::SandboxSigstore::load(seed.value(QStringLiteral("sigstore")).toObject(), t0);
    sigstore.prepareLoaded(packages);
    return true;
}

QJsonObject SandboxState::toJson(bool redacted) const
{
    QJsonArray userArray;
    for (const User &u : users) {
        QJsonObject o{{QStringLiteral("name"), u.name},
                      {QStringLiteral("email"), u.email},
                      {QStringLiteral("tfa"), u.tfa},
                      {QStringLiteral("fullname"), u.fullname},
                      {QStringLiteral("created"), iso(u.created)},
                      {QStringLiteral("updated"), iso(u.updated)}};
        // Only an open window is shown: a test reads "no skip" as null either way.
        o.insert(QStringLiteral("skip_2fa_until"),
                 u.skip2faUntil.isValid() && u.skip2faUntil > now()
                     ? QJsonValue(iso(u.skip2faUntil))
                     : QJsonValue());
        if (!redacted) {
            o.insert(QStringLiteral("password"), u.password);
            o.insert(QStringLiteral("totp_secret"), u.totpSecret);
        }
        userArray.append(o);
    }
    QJsonArray orgArray;
    for (const Org &org : orgs) {
        QJsonObject members, teams;
        for (auto it = org.members.begin(); it != org.members.end(); ++it)
            members.insert(it.key(), it.value());
        for (auto it = org.teams.begin(); it != org.teams.end(); ++it)
            teams.insert(it.key(), fromStringList(it.value()));
        orgArray.append(QJsonObject{{QStringLiteral("name"), org.name},
                                    {QStringLiteral("members"), members},
                                    {QStringLiteral("teams"), teams}});
    }
    QJsonArray packageArray;
    for (const Package &p : packages) {
        QJsonArray trust;
        for (const TrustConfig &c : p.trust)
            trust.append(trustToJson(c));
        QJsonObject o{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("maintainers"), fromStringList(p.maintainers)},
            {QStringLiteral("access"), p.access},
            {QStringLiteral("publish_requires_tfa"), p.publishRequiresTfa},
            {QStringLiteral("automation_token_overrides_tfa"), p.automationTokenOverridesTfa},
            {QStringLiteral("versions"), p.versions},
            {QStringLiteral("dist-tags"), p.distTags},
            {QStringLiteral("time"), p.time},
            {QStringLiteral("trust"), trust}};
        if (!redacted) {
            QJsonObject tarballs;
            for (auto it = p.tarballs.begin(); it != p.tarballs.end(); ++it)
                tarballs.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
            o.insert(QStringLiteral("tarballs"), tarballs);
        }
        packageArray.append(o);
    }
    QJsonArray tokenArray;
    for (const Token &t : tokens)
        tokenArray.append(tokenToJson(t, !redacted));
    QJsonArray stagedArray;
    for (const StagedVersion &st : staged)
        stagedArray.append(staging::toSeed(st, !redacted));
    QJsonObject out{{QStringLiteral("now"), iso(now())},
                    {QStringLiteral("staged"), stagedArray},
                    {QStringLiteral("stage_validation_seconds"), stageValidationSeconds},
                    {QStringLiteral("trust_configs_per_package"), trustConfigsPerPackage},
                    {QStringLiteral("users"), userArray},
                    {QStringLiteral("orgs"), orgArray},
                    {QStringLiteral("packages"), packageArray},
                    {QStringLiteral("tokens"), tokenArray}};
    if (!redacted)
        out.insert(QStringLiteral("signing_key"), QString::fromLatin1(signingKey.toBase64()));
    out.insert(QStringLiteral("sigstore"), sigstore.toJson(redacted));
    return out;
}

} // namespace td::sandbox
