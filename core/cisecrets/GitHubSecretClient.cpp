// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/GitHubSecretClient.h"

#include "core/cisecrets/CiHttp.h"
#include "core/cisecrets/CiSeal.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {

// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::GitHubSecretClient)
};

// GitHub's secret timestamps are whole seconds and its clock is not ours.
constexpr int kSkewSeconds = 2;

bool isGitHubKind(CiStoreKind kind)
{
    return kind == CiStoreKind::GitHubRepository || kind == CiStoreKind::GitHubEnvironment
        || kind == CiStoreKind::GitHubOrganization;
}

// "/repos/acme/widgets/actions/secrets", "/repos/acme/widgets/environments/prod/secrets",
// "/orgs/acme/actions/secrets".
QByteArray storePath(const CiSecretTarget &t)
{
    switch (t.kind) {
    case CiStoreKind::GitHubEnvironment:
        return "/repos/" + ciPathSegment(t.owner) + '/' + ciPathSegment(t.repo) + "/environments/"
            + ciPathSegment(t.scope) + "/secrets";
    case CiStoreKind::GitHubOrganization:
        return "/orgs/" + ciPathSegment(t.owner) + "/actions/secrets";
    default:
        return "/repos/" + ciPathSegment(t.owner) + '/' + ciPathSegment(t.repo)
            + "/actions/secrets";
    }
}

QByteArray secretPath(const CiSecretTarget &t)
{
    return storePath(t) + '/' + ciPathSegment(t.name);
}

// For 404s: what could not be found.
QString storeSubject(const CiSecretTarget &t)
{
    switch (t.kind) {
    case CiStoreKind::GitHubEnvironment:
        return Tr::tr("environment %1 in the repository %2/%3").arg(t.scope, t.owner, t.repo);
    case CiStoreKind::GitHubOrganization:
        return Tr::tr("organization %1").arg(t.owner);
    default:
        return Tr::tr("repository %1/%2").arg(t.owner, t.repo);
    }
}

// For 403s without GitHub's own words.
QString permissionFor(const CiSecretTarget &t)
{
    return t.kind == CiStoreKind::GitHubOrganization
        ? Tr::tr("Organization secrets read and write (classic token: admin:org)")
        : Tr::tr("Secrets read and write (classic token: repo)");
}

Error unreadable(const QString &what)
{
    return makeError(ErrorCode::MalformedResponse,
                     Tr::tr("GitHub's answer about %1 could not be read.").arg(what),
                     Tr::tr("Check the API address; if it is right, try again later."));
}

Result<CiSecretState> stateFrom(const HttpResponse &response, const CiSecretTarget &target)
{
    CiSecretState state;
    if (response.status == 404)
        return state;
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    state.updatedAt
        = QDateTime::fromString(o.value(QLatin1String("updated_at")).toString(), Qt::ISODateWithMs);
    if (!state.updatedAt.isValid())
        return unreadable(target.label());
    state.exists = true;
    return state;
}

} // namespace

GitHubSecretClient::GitHubSecretClient(const CiAccount &account,
                                       std::shared_ptr<const SecretBuffer> credential,
                                       const CiClientServices &services)
    : m_http(std::make_unique<CiHttp>(CiProvider::GitHub, account.apiBase, std::move(credential),
                                      services))
{ }

GitHubSecretClient::~GitHubSecretClient() = default;

void GitHubSecretClient::whoami(std::function<void(Result<QString>)> done)
{
    CiRequest request;
    request.url = m_http->endpoint("/user");
    m_http->send(request, [done](Result<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        const QString login = QJsonDocument::fromJson(answer.value().body)
                                  .object()
                                  .value(QLatin1String("login"))
                                  .toString();
        if (login.isEmpty())
            return done(unreadable(Tr::tr("the signed-in user")));
        done(login);
    });
}

void GitHubSecretClient::describe(const CiSecretTarget &target,
                                  std::function<void(Result<CiSecretState>)> done)
{
    if (!isGitHubKind(target.kind) || !target.isValid())
        return done(makeError(ErrorCode::InvalidInput,
                              Tr::tr("%1 is not a GitHub secret.").arg(target.label())));
    CiRequest request;
    request.url = m_http->endpoint(secretPath(target));
    request.subject = storeSubject(target);
    request.permission = permissionFor(target);
    request.passStatuses = {404};
    m_http->send(request, [this, target, done](Result<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        if (answer.value().status != 404)
            return done(stateFrom(answer.value(), target));
        // GitHub answers 404 for a missing secret and for a missing store alike: the store's
        // public key tells them apart, so "no such environment" is not mistaken for "no secret".
        CiRequest probe;
        probe.url = m_http->endpoint(storePath(target) + "/public-key");
        probe.subject = storeSubject(target);
        probe.permission = permissionFor(target);
        m_http->send(probe, [done](Result<HttpResponse> key) {
            if (!key)
                return done(key.error());
            done(CiSecretState{});
        });
    });
}

void GitHubSecretClient::push(const CiSecretTarget &target,
                              std::shared_ptr<const SecretBuffer> value,
                              std::function<void(Result<CiSecretState>)> done)
{
    if (!isGitHubKind(target.kind) || !target.isValid())
        return done(makeError(ErrorCode::InvalidInput,
                              Tr::tr("%1 is not a GitHub secret.").arg(target.label())));
    if (!value)
        return done(makeError(ErrorCode::InvalidInput, Tr::tr("There is no value to push.")));
    if (target.kind != CiStoreKind::GitHubOrganization)
        return put(target, std::move(value), Visibility{}, std::move(done));
    readVisibility(target, [this, target, value, done](Result<Visibility> visibility) {
        if (!visibility)
            return done(visibility.error());
        put(target, value, visibility.value(), done);
    });
}

void GitHubSecretClient::readVisibility(const CiSecretTarget &target,
                                        std::function<void(Result<Visibility>)> done)
{
    CiRequest request;
    request.url = m_http->endpoint(secretPath(target));
    request.subject = storeSubject(target);
    request.permission = permissionFor(target);
    request.passStatuses = {404};
    m_http->send(request, [this, target, done](Result<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        Visibility visibility; // a new organization secret: private (visible to private repos)
        if (answer.value().status == 404)
            return done(visibility);
        visibility.visibility = QJsonDocument::fromJson(answer.value().body)
                                    .object()
                                    .value(QLatin1String("visibility"))
                                    .toString(QStringLiteral("private"));
        if (visibility.visibility != QLatin1String("selected"))
            return done(visibility);
        CiRequest repos;
        repos.url = m_http->endpoint(secretPath(target) + "/repositories?per_page=100");
        repos.subject = storeSubject(target);
        repos.permission = permissionFor(target);
        m_http->send(repos, [visibility, target, done](Result<HttpResponse> list) mutable {
            if (!list)
                return done(list.error());
            const QJsonValue items = QJsonDocument::fromJson(list.value().body)
                                         .object()
                                         .value(QLatin1String("repositories"));
            if (!items.isArray())
                return done(unreadable(target.label()));
            for (const QJsonArray entries = items.toArray(); const QJsonValue &repo : entries)
                visibility.selectedRepositoryIds
                    << qint64(repo.toObject().value(QLatin1String("id")).toDouble());
            done(visibility);
        });
    });
}

void GitHubSecretClient::put(const CiSecretTarget &target,
                             std::shared_ptr<const SecretBuffer> value,
                             const Visibility &visibility,
                             std::function<void(Result<CiSecretState>)> done)
{
    // The key is fetched before every PUT: GitHub may rotate it, and key_id must match.
    CiRequest keyRequest;
    keyRequest.url = m_http->endpoint(storePath(target) + "/public-key");
    keyRequest.subject = storeSubject(target);
    keyRequest.permission = permissionFor(target);
    m_http->send(
        keyRequest, [this, target, value, visibility, done](Result<HttpResponse> keyAnswer) {
            if (!keyAnswer)
                return done(keyAnswer.error());
            const QJsonObject key = QJsonDocument::fromJson(keyAnswer.value().body).object();
            const QString keyId = key.value(QLatin1String("key_id")).toString();
            const QByteArray publicKey = key.value(QLatin1String("key")).toString().toLatin1();
            if (keyId.isEmpty() || publicKey.isEmpty())
                return done(
                    unreadable(Tr::tr("the public key of the %1").arg(storeSubject(target))));
            const auto sealed = sealForGitHub(*value, publicKey);
            if (!sealed)
                return done(sealed.error());

            QJsonObject body{
                {QStringLiteral("encrypted_value"), QString::fromLatin1(sealed.value())},
                {QStringLiteral("key_id"), keyId}};
            if (target.kind == CiStoreKind::GitHubOrganization) {
                body.insert(QStringLiteral("visibility"), visibility.visibility);
                if (visibility.visibility == QLatin1String("selected")) {
                    QJsonArray ids;
                    for (const qint64 id : visibility.selectedRepositoryIds)
                        ids.append(double(id));
                    body.insert(QStringLiteral("selected_repository_ids"), ids);
                }
            }
            CiRequest request;
            request.method = "PUT";
            request.url = m_http->endpoint(secretPath(target));
            request.body = ciJsonBody(body);
            request.subject = storeSubject(target);
            request.permission = permissionFor(target);
            m_http->send(request, [this, target, done](Result<HttpResponse> answer) {
                if (!answer)
                    return done(answer.error());
                describe(target, done);
            });
        });
}

void GitHubSecretClient::verify(const CiSecretTarget &target,
                                std::shared_ptr<const SecretBuffer> value,
                                const QDateTime &pushedAt, std::function<void(Result<bool>)> done)
{
    Q_UNUSED(value); // GitHub never hands a secret back: its updated_at is all there is
    describe(target, [pushedAt, done](Result<CiSecretState> state) {
        if (!state)
            return done(state.error());
        done(state.value().exists && state.value().updatedAt >= pushedAt.addSecs(-kSkewSeconds));
    });
}

std::unique_ptr<CiSecretClient>
makeGitHubSecretClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                       const CiClientServices &services)
{
    return std::make_unique<GitHubSecretClient>(account, std::move(credential), services);
}

} // namespace td
