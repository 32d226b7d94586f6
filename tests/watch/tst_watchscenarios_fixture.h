// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A package's full packument whose provenance is real: each version with provenance gets an
// attestations document signed by the sandbox's Sigstore emulation (its Fulcio CA, transparency
// log and registry key, with the identity a GitHub job of the given repository, workflow, ref and
// trigger would have), every version a registry signature. A loopback registry serves the
// packument, the attestations and the keys, so VersionVerifier checks everything for real
// (ProvenanceChecks::real(), the sandbox's trusted root) — no verdict is set by hand.

#include "FakeClock.h"
#include "FakeRegistryServer.h"

#include "core/provenance/VersionVerifier.h"
#include "core/registry/RegistryClient.h"
#include "sandbox/sigstore/CiIdentity.h"
#include "sandbox/sigstore/SandboxSigstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

namespace td::watch::test {

using namespace Qt::Literals::StringLiterals;

// How a version was published.
struct Publisher
{
    enum class Kind { TrustedPublisher, TokenWithProvenance, Token };
    Kind kind = Kind::TrustedPublisher;
    QString repository = u"acme/ui"_s; // with provenance: the job's repository …
    QString workflow = u"release.yml"_s;
    QString ref;                        // … ref (empty: refs/tags/v<version>) …
    QString trigger = u"push"_s;        // … and event
    QString user = u"GitHub Actions"_s; // _npmUser.name
};

inline Publisher trusted(QString repository = u"acme/ui"_s, QString ref = {},
                         QString trigger = u"push"_s)
{
    return {Publisher::Kind::TrustedPublisher,
            std::move(repository),
            u"release.yml"_s,
            std::move(ref),
            std::move(trigger),
            u"GitHub Actions"_s};
}
inline Publisher tokenWithProvenance(QString user)
{
    return {Publisher::Kind::TokenWithProvenance,
            u"acme/ui"_s,
            u"release.yml"_s,
            {},
            u"push"_s,
            std::move(user)};
}
inline Publisher token(QString user)
{
    return {Publisher::Kind::Token, {}, {}, {}, {}, std::move(user)};
}

struct VersionSpec
{
    QString version;
    QDateTime published;
    Publisher publisher;
    QJsonObject extra; // merged into the manifest: scripts, dependencies, gypfile, …
};

class ProvenancePackage
{
public:
    explicit ProvenancePackage(QString name)
        : m_name(std::move(name)),
          m_sigstore(sandbox::sigstore::SandboxSigstore::load(
              {}, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)))
    {
        m_packument = {{u"name"_s, m_name},
                       {u"maintainers"_s, QJsonArray{QJsonObject{{u"name"_s, u"alice"_s}}}}};
    }

    bool listen()
    {
        if (!m_server.listen())
            return false;
        m_server.setHandler([this](const td::test::FakeRegistryServer::Request &request) {
            return answer(request);
        });
        return true;
    }

    QString baseUrl() const
    {
        QString url = m_server.baseUrl().toString();
        if (url.endsWith(u'/'))
            url.chop(1);
        return url;
    }

    void publish(const VersionSpec &spec)
    {
        QJsonObject manifest = spec.extra;
        manifest.insert(u"name"_s, m_name);
        manifest.insert(u"version"_s, spec.version);
        manifest.insert(u"_id"_s, QString(m_name + u'@' + spec.version));
        const QByteArray tarball = (m_name + spec.version + spec.publisher.user).toUtf8();
        QJsonObject dist{
            {u"integrity"_s,
             QString(
                 u"sha512-"_s
                 + QString::fromLatin1(
                     QCryptographicHash::hash(tarball, QCryptographicHash::Sha512).toBase64()))},
            {u"fileCount"_s, 12},
            {u"unpackedSize"_s, 48000}};
        const Publisher &p = spec.publisher;
        QJsonObject user{{u"name"_s, p.user}, {u"email"_s, QString(p.user + u"@example.com"_s)}};
        if (p.kind == Publisher::Kind::TrustedPublisher)
            user.insert(u"trustedPublisher"_s,
                        QJsonObject{{u"id"_s, u"github"_s}, {u"oidcConfigId"_s, u"oidc:1"_s}});
        if (p.kind != Publisher::Kind::Token) {
            const QString ref = p.ref.isEmpty() ? u"refs/tags/v"_s + spec.version : p.ref;
            const QJsonObject claims{
                {u"repository"_s, p.repository},
                {u"workflow_ref"_s,
                 QString(p.repository + u"/.github/workflows/"_s + p.workflow + u'@' + ref)},
                {u"ref"_s, ref},
                {u"event_name"_s, p.trigger}};
            QJsonObject attestations
                = m_sigstore.attest({m_name, spec.version, dist.value(u"integrity"_s).toString(),
                                     baseUrl(), sandbox::sigstore::completeClaims(claims),
                                     spec.published.toSecsSinceEpoch(), QString()});
            attestations.insert(u"url"_s,
                                QString(baseUrl() + attestations.value(u"url"_s).toString()));
            dist.insert(u"attestations"_s, attestations);
        }
        manifest.insert(u"dist"_s, dist);
        manifest.insert(u"_npmUser"_s, user);
        m_sigstore.signVersion(m_name, spec.version, manifest);

        QJsonObject versions = m_packument.value(u"versions"_s).toObject();
        versions.insert(spec.version, manifest);
        m_packument.insert(u"versions"_s, versions);
        QJsonObject time = m_packument.value(u"time"_s).toObject();
        const QString at = spec.published.toUTC().toString(Qt::ISODateWithMs);
        time.insert(spec.version, at);
        if (!time.contains(u"created"_s))
            time.insert(u"created"_s, at);
        time.insert(u"modified"_s, at);
        m_packument.insert(u"time"_s, time);
        QJsonObject tags = m_packument.value(u"dist-tags"_s).toObject();
        tags.insert(u"latest"_s, spec.version);
        m_packument.insert(u"dist-tags"_s, tags);
    }

    QJsonObject &packument() { return m_packument; }
    const QString &name() const { return m_name; }

    // VersionVerifier over the loopback registry, the real checks and the sandbox's trust data.
    std::optional<QList<provenance::VersionReport>>
    verify(const QString &version, const QList<TrustedPublisher> &configs, bool allVersions = false)
    {
        QNetworkAccessManager nam;
        td::test::FakeClock clock;
        RegistryClient client(&nam, m_server.baseUrl(), clock);
        provenance::VersionVerifier verifier(&client);
        provenance::VerifyRequest request;
        request.package = m_name;
        request.version = version;
        request.allVersions = allVersions;
        request.trustConfigs = configs;
        request.trustRootJson = QJsonDocument(m_sigstore.trustedRoot(baseUrl())).toJson();
        std::optional<Result<QList<provenance::VersionReport>>> answer;
        verifier.verify(request, [&answer](Result<QList<provenance::VersionReport>> result) {
            answer = std::move(result);
        });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000) || !*answer) {
            qWarning("verify failed: %s",
                     answer ? qPrintable(answer->error().message) : "no answer");
            return std::nullopt;
        }
        return answer->value();
    }

private:
    td::test::FakeRegistryServer::Reply answer(const td::test::FakeRegistryServer::Request &request)
    {
        using Reply = td::test::FakeRegistryServer::Reply;
        const QString target = QUrl::fromPercentEncoding(request.target);
        const QString attestations = u"/-/npm/v1/attestations/"_s;
        if (target == u"/-/npm/v1/keys")
            return Reply::json(200, QJsonDocument(m_sigstore.keysJson()).toJson());
        if (target.startsWith(attestations)) {
            const QString spec = target.mid(attestations.size());
            const qsizetype at = spec.lastIndexOf(u'@');
            if (const auto document = m_sigstore.document(spec.left(at), spec.mid(at + 1)))
                return Reply::json(200, QJsonDocument(*document).toJson());
        } else if (target == QString(u'/' + m_name)) {
            return Reply::json(200, QJsonDocument(m_packument).toJson(QJsonDocument::Compact));
        }
        return Reply::json(404, R"({"error":"not found"})");
    }

    QString m_name;
    sandbox::sigstore::SandboxSigstore m_sigstore;
    QJsonObject m_packument;
    td::test::FakeRegistryServer m_server;
};

} // namespace td::watch::test
