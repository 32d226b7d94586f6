// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/HttpExchange.h"
#include "core/registry/PackumentFetch.h"
#include "core/registry/RegistryTypes.h"
#include "core/registry/StagedRelease.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace td {

class Clock;
class DelayTimer;
class TwoFactorPrompt;

// The core's one door to an npm registry. Every HTTP call TokenDesk makes goes through here, so
// the rules live in one place: which headers go out (Authorization only to the registry's own
// origin, npm-command, npm-auth-type, npm-otp, a TokenDesk user-agent), the OTP challenge (code
// or browser approval through TwoFactorPrompt, then one retry with npm-otp), urls.next paging,
// 429 retry-after, redirects, timeouts, the size cap, and npm's error codes.
//
// Every call is asynchronous and answers exactly once through its callback, on this thread,
// unless `context` has been destroyed first.
//
// A write that may be challenged for a second factor takes the prompt that answers it as its
// last argument; without one (null) the client's own prompt (setTwoFactorPrompt()) answers. A
// prompt given to a call must live as long as the call's `context` (or the call, without one):
// once the context is gone, the call asks no one.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    template<class T>
    using Callback = std::function<void(Result<T>)>;

    enum class AuthType { Web, Legacy }; // npm-auth-type: how a second factor may be asked for
    enum class Credential { Session, AccessToken }; // what setAuthToken() holds

    RegistryClient(QNetworkAccessManager *nam, const QUrl &baseUrl, const Clock &clock,
                   QObject *parent = nullptr);
    ~RegistryClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    const Clock &clock() const { return m_clock; }

    // The bearer credential. A Session's 401 becomes ENEEDAUTH ("sign in again").
    void setAuthToken(SecretBuffer token, Credential kind = Credential::Session);
    void clearAuthToken();
    bool hasAuthToken() const { return !m_token.isEmpty(); }

    void setAuthType(AuthType type) { m_authType = type; }
    // The prompt for calls that bring none of their own: set once by the client's owner (the
    // signed-in session, the CLI). Not owned.
    void setTwoFactorPrompt(TwoFactorPrompt *prompt) { m_prompt = prompt; }
    void setDelayTimer(DelayTimer *timer); // not owned; null restores the QTimer one
    void setTransportOptions(const TransportOptions &options) { m_options = options; }
    TransportOptions transportOptions() const { return m_options; }
    void setWebAuthTimeLimit(std::chrono::seconds limit) { m_webAuthLimit = limit; }

    // When the credential ends, as the registry said on the latest authenticated answer that
    // said it (GitHub Packages' GitHub-Authentication-Token-Expiration); nullopt until then.
    std::optional<QDateTime> reportedTokenExpiry() const { return m_reportedExpiry; }

    // Identity and sign-in.
    void whoami(QObject *context, Callback<QString> done);
    void profile(QObject *context, Callback<RegistryProfile> done);
    // POST /-/v1/login, show loginUrl through the prompt, poll doneUrl: the new session token.
    // A registry without web login answers Unsupported (npm's ENYI) so callers can fall back.
    void webLogin(QObject *context, Callback<SecretBuffer> done);
    // PUT /-/user/org.couchdb.user:<name>; an OTP challenge is answered through the prompt.
    void couchLogin(const QString &user, const SecretBuffer &password, QObject *context,
                    Callback<SecretBuffer> done);
    // DELETE /-/user/token/<current token>.
    void logout(QObject *context, Callback<void> done);

    // Tokens. listTokens reads every page (TokenListPager: large pages, the rest in parallel,
    // urls.next followed, tokens deduplicated by key).
    void listTokens(QObject *context, Callback<TokenPage> done);
    void createToken(const TokenCreateRequest &request, const SecretBuffer &password,
                     QObject *context, Callback<CreatedToken> done,
                     TwoFactorPrompt *prompt = nullptr);
    void revokeToken(const QString &keyOrToken, QObject *context, Callback<void> done,
                     TwoFactorPrompt *prompt = nullptr);

    // Packages, orgs, search.
    void userPackages(const QString &user, QObject *context, Callback<AccessMap> done);
    void orgPackages(const QString &org, QObject *context, Callback<AccessMap> done);
    void orgMembers(const QString &org, QObject *context, Callback<AccessMap> done);
    void packageCollaborators(const QString &package, QObject *context, Callback<AccessMap> done);
    void search(const QString &text, int size, int from, QObject *context,
                Callback<SearchResult> done);
    void packument(const QString &package, QObject *context, Callback<Packument> done);
    // A conditional packument read for the publish watch (PackumentFetch.cpp): a 304 is an
    // answer, not an error; a 304 to an unconditional read is asked once more with no-cache.
    void fetchPackument(const PackumentFetch &fetch, QObject *context,
                        Callback<PackumentFetchAnswer> done);

    // Provenance (publish-watch.md §2): raw bodies, read by core/provenance. The full packument
    // as sent (the parsed Packument drops dist.signatures, dist.attestations and _npmUser
    // details); npm's registry keys (no credential); a version's attestations document, fetched
    // from this registry's origin by the path of the advertised dist.attestations.url (an
    // invalid or empty `advertised` falls back to /-/npm/v1/attestations/<name>@<version>).
    void packumentJson(const QString &package, QObject *context, Callback<QByteArray> done);
    void npmKeys(QObject *context, Callback<QByteArray> done);
    // The sandbox's trust data (GET /-/sandbox/trusted-root, no credential): only a loopback
    // tokendesk-sandbox answers it.
    void sandboxTrustedRoot(QObject *context, Callback<QByteArray> done);
    void attestations(const QString &package, const QString &version, const QUrl &advertised,
                      QObject *context, Callback<QByteArray> done);

    // Trusted publishing.
    void listTrust(const QString &package, QObject *context, Callback<QList<TrustConfig>> done);
    void createTrust(const QString &package, const TrustConfig &config, QObject *context,
                     Callback<QList<TrustConfig>> done, TwoFactorPrompt *prompt = nullptr);
    void deleteTrust(const QString &package, const QString &id, QObject *context,
                     Callback<void> done, TwoFactorPrompt *prompt = nullptr);

    // Package publishing access (2FA / tokens) and visibility.
    void packageAccess(const QString &package, QObject *context, Callback<PackageAccess> done);
    void packageVisibility(const QString &package, QObject *context, Callback<PackageAccess> done);
    void setPackageAccess(const QString &package, const PackageAccess &change, QObject *context,
                          Callback<void> done, TwoFactorPrompt *prompt = nullptr);

    // Staged publishing (GET/POST/DELETE /-/stage…, staged-publishing-and-2027.md §2; defined in
    // StageRequests.cpp). Listing and viewing need no 2FA; approve and reject are challenged
    // every time (npm-otp or a browser approval through the prompt). listStaged reads pages of
    // 100 until `total` or a short page, as npm stage list does; an empty filter lists all.
    void listStaged(const QString &packageFilter, QObject *context,
                    Callback<QList<StagedRelease>> done);
    void viewStaged(const QString &stageId, QObject *context, Callback<StagedRelease> done);
    void stagedTarball(const QString &stageId, QObject *context, Callback<QByteArray> done);
    void approveStaged(const QString &stageId, QObject *context, Callback<void> done,
                       TwoFactorPrompt *prompt = nullptr);
    void rejectStaged(const QString &stageId, QObject *context, Callback<void> done,
                      TwoFactorPrompt *prompt = nullptr);
    // The newest real release of a package (never the 0.0.0-stage placeholder nor
    // `excludeVersion`) and a published tarball (credential only to the registry's own origin).
    void lastRelease(const QString &package, const QString &excludeVersion, QObject *context,
                     Callback<PublishedRelease> done);
    void releaseTarball(const QUrl &tarballUrl, QObject *context, Callback<QByteArray> done);

private:
    enum class Auth { Required, IfAvailable, None };
    struct Call
    {
        Call(QByteArray method_, QUrl url_, QByteArray npmCommand_, Auth auth_ = Auth::Required,
             std::shared_ptr<const SecretBuffer> body_ = {})
            : method(std::move(method_)),
              url(std::move(url_)),
              npmCommand(std::move(npmCommand_)),
              auth(auth_),
              body(std::move(body_))
        { }
        QByteArray method;
        QUrl url;
        QByteArray npmCommand;
        Auth auth = Auth::Required;
        std::shared_ptr<const SecretBuffer> body;
        std::shared_ptr<const SecretBuffer> otp;
        std::shared_ptr<const SecretBuffer> basic; // "user:password" for couch re-login
        bool urlHasSecret = false;
        bool passwordInBody = false; // a 401 then means a wrong password, not an ended session
        TwoFactorPrompt *prompt = nullptr; // this call's own; null = the client's
        QPointer<QObject> context;         // whose answer it is: a prompt is asked only for it
        bool hasContext = false;
        QList<QPair<QByteArray, QByteArray>> headers; // extra or replacing ("accept"), lower-case
    };
    using RawDone = std::function<void(Result<HttpResponse>)>;

    QUrl endpoint(const QByteArray &encodedRelative) const;
    // Who answers the call's second factor now: its own prompt while its context lives, or the
    // client's; null = no one.
    TwoFactorPrompt *promptFor(const Call &call) const;
    static void bindContext(Call &call, QObject *context);
    HttpRequest buildRequest(const Call &call) const;
    // One exchange through the transport: any HTTP status is a response.
    void send(const Call &call, RawDone done);
    // send() + npm error mapping + the OTP challenge: only 2xx/3xx come back as responses.
    void execute(Call call, RawDone done, bool mayAskForOtp = true);
    void answerOtpChallenge(Call call, const HttpResponse &challenge, RawDone done);
    template<class T>
    void request(Call call, QObject *context, std::function<Result<T>(const HttpResponse &)> parse,
                 Callback<T> done);
    void requestVoid(Call call, QObject *context, Callback<void> done);
    void stagePage(int page, std::shared_ptr<struct StageListState> state);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    const Clock &m_clock;
    SecretBuffer m_token;
    Credential m_credential = Credential::Session;
    AuthType m_authType = AuthType::Web;
    TwoFactorPrompt *m_prompt = nullptr;
    std::unique_ptr<DelayTimer> m_ownTimer;
    DelayTimer *m_delay;
    TransportOptions m_options;
    std::optional<QDateTime> m_reportedExpiry;
    std::chrono::seconds m_webAuthLimit{300}; // an npm authId lives about five minutes
};

// "TokenDesk/<version> (npm-compatible; Qt <version>)": what every request says it is.
QByteArray registryUserAgent();

} // namespace td
