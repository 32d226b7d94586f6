// SPDX-License-Identifier: GPL-3.0-or-later
#include "Packument.h"

#include "sandbox/auth/Crypto.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace td::sandbox::packument {

namespace {

// The fields npmjs keeps in an abbreviated version document.
const QStringList &abbreviatedFields()
{
    static const QStringList fields{QStringLiteral("name"),
                                    QStringLiteral("version"),
                                    QStringLiteral("deprecated"),
                                    QStringLiteral("dependencies"),
                                    QStringLiteral("optionalDependencies"),
                                    QStringLiteral("devDependencies"),
                                    QStringLiteral("bundleDependencies"),
                                    QStringLiteral("peerDependencies"),
                                    QStringLiteral("peerDependenciesMeta"),
                                    QStringLiteral("acceptDependencies"),
                                    QStringLiteral("bin"),
                                    QStringLiteral("directories"),
                                    QStringLiteral("dist"),
                                    QStringLiteral("engines"),
                                    QStringLiteral("cpu"),
                                    QStringLiteral("os"),
                                    QStringLiteral("libc"),
                                    QStringLiteral("_hasShrinkwrap"),
                                    QStringLiteral("funding"),
                                    QStringLiteral("license")};
    return fields;
}

bool hasInstallScript(const QJsonObject &manifest)
{
    const QJsonObject scripts = manifest.value(QStringLiteral("scripts")).toObject();
    return scripts.contains(QStringLiteral("preinstall"))
        || scripts.contains(QStringLiteral("install"))
        || scripts.contains(QStringLiteral("postinstall"))
        || manifest.value(QStringLiteral("gypfile")).toBool();
}

// A seeded version's manifest as served: an absolute tarball URL and attestations URL.
QJsonObject servedManifest(const Context &ctx, const Package &p, const QString &version)
{
    QJsonObject v = p.versions.value(version).toObject();
    QJsonObject dist = v.value(QStringLiteral("dist")).toObject();
    if (!dist.contains(QStringLiteral("tarball"))) { // seeded versions
        const QString file = p.name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + version
            + QLatin1String(".tgz");
        dist.insert(QStringLiteral("tarball"),
                    ctx.url(QLatin1Char('/') + p.name + QLatin1String("/-/") + file));
    }
    // Seeded attestations name a registry path; npmjs answers an absolute URL.
    QJsonObject attestations = dist.value(QStringLiteral("attestations")).toObject();
    const QString attestationsUrl = attestations.value(QStringLiteral("url")).toString();
    if (attestationsUrl.startsWith(QLatin1Char('/'))) {
        attestations.insert(QStringLiteral("url"), ctx.url(attestationsUrl));
        dist.insert(QStringLiteral("attestations"), attestations);
    }
    v.insert(QStringLiteral("dist"), dist);
    return v;
}

QJsonObject withoutRev(const Context &ctx, const Package &p)
{
    QJsonArray maintainers;
    for (const QString &m : p.maintainers)
        maintainers.append(QJsonObject{{QStringLiteral("name"), m},
                                       {QStringLiteral("email"), ctx.state.users.value(m).email}});
    QJsonObject versions;
    for (auto it = p.versions.begin(); it != p.versions.end(); ++it)
        versions.insert(it.key(), servedManifest(ctx, p, it.key()));
    return {{QStringLiteral("_id"), p.name},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("dist-tags"), p.distTags},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("time"), p.time},
            {QStringLiteral("maintainers"), maintainers}};
}

} // namespace

QString revision(const Context &ctx, const Package &package)
{
    const QByteArray doc = QJsonDocument(withoutRev(ctx, package)).toJson(QJsonDocument::Compact);
    return QStringLiteral("%1-%2")
        .arg(package.versions.size() + 1)
        .arg(QString::fromLatin1(QCryptographicHash::hash(doc, QCryptographicHash::Md5).toHex()));
}

QJsonObject full(const Context &ctx, const Package &package)
{
    QJsonObject doc = withoutRev(ctx, package);
    doc.insert(QStringLiteral("_rev"), revision(ctx, package));
    return doc;
}

QString modified(const Package &package)
{
    QString stored = package.time.value(QStringLiteral("modified")).toString();
    if (!stored.isEmpty())
        return stored;
    QString newest;
    for (auto it = package.time.begin(); it != package.time.end(); ++it)
        newest = qMax(newest, it.value().toString());
    return newest;
}

void touch(Context &ctx, Package &package)
{
    QString now = iso(ctx.state.now());
    // Two writes in one millisecond must still differ for a poller comparing `modified`.
    if (now <= modified(package))
        now = iso(parseIso(modified(package)).addMSecs(1));
    package.time.insert(QStringLiteral("modified"), now);
}

QJsonObject abbreviated(const Context &ctx, const Package &package)
{
    QJsonObject versions;
    for (auto it = package.versions.begin(); it != package.versions.end(); ++it) {
        const QJsonObject manifest = servedManifest(ctx, package, it.key());
        QJsonObject v;
        for (const QString &field : abbreviatedFields())
            if (manifest.contains(field))
                v.insert(field, manifest.value(field));
        if (v.value(QStringLiteral("deprecated")).toString().isEmpty())
            v.remove(QStringLiteral("deprecated"));
        if (hasInstallScript(manifest))
            v.insert(QStringLiteral("hasInstallScript"), true);
        versions.insert(it.key(), v);
    }
    return {{QStringLiteral("name"), package.name},
            {QStringLiteral("modified"), modified(package)},
            {QStringLiteral("dist-tags"), package.distTags},
            {QStringLiteral("versions"), versions}};
}

bool wantsAbbreviated(const HttpRequest &request)
{
    if (request.query.hasQueryItem(QStringLiteral("write")))
        return false;
    return request.header("accept").contains(kAbbreviatedType);
}

HttpResponse conditionalJson(const HttpRequest &request, const QJsonObject &document,
                             const QByteArray &contentType)
{
    const QByteArray body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    const QByteArray etag = '"' + crypto::sha1Hex(body).toLatin1() + '"';
    const QByteArray ifNoneMatch = request.header("if-none-match");
    bool matches = ifNoneMatch.trimmed() == "*";
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    for (const QByteArray &candidate : candidates) {
        QByteArray tag = candidate.trimmed();
        if (tag.startsWith("W/")) // weak comparison, as RFC 9110 asks for If-None-Match
            tag = tag.mid(2);
        matches = matches || tag == etag;
    }
    HttpResponse r;
    if (matches && !ifNoneMatch.isEmpty()) {
        r.status = 304;
    } else {
        r = HttpResponse::raw(200, contentType, body);
    }
    r.setHeader("ETag", etag);
    r.setHeader("Vary", "Accept");
    return r;
}

} // namespace td::sandbox::packument
