// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/CiDesktop.h"

#include "ci/AccountCiPushBackend.h"
#include "ci/CiSecretLines.h"
#include "ci/GitHubCliToken.h"
#include "cisecrets/CiCredentialStore.h"
#include "cisecrets/CiDeviceFlow.h"
#include "cisecrets/CiSecretLedger.h"
#include "migration/TokenUsage.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPointer>

// Discovery and attribution are helper ciplan's (issue 15); until they are in the tree the app
// knows CI secrets only from the ledger (what TokenDesk itself pushed).
#if __has_include("cisecrets/CiTargetDiscovery.h") && __has_include("cisecrets/CiAttribution.h")
#include "cisecrets/CiAttribution.h"
#include "cisecrets/CiTargetDiscovery.h"
#define TD_HAVE_CI_DISCOVERY 1
#endif

namespace td {

namespace {

QString dataFile(const QString &dataDir, const QString &name, const QString &fallback)
{
    return dataDir.isEmpty() ? fallback : QDir(dataDir).filePath(name);
}

// GitLab's device endpoints (GitLab >= 17.9): the web base's /oauth/authorize_device and
// /oauth/token. This build registers no GitLab OAuth application, so it has no client id.
Result<CiDeviceEndpoints> deviceEndpoints(const CiAccount &account)
{
    if (account.provider == CiProvider::GitHub)
        return gitHubDeviceEndpoints(account.apiBase);
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate("td::CiDesktop",
                                                 "This build has no %1 sign-in with a code: paste "
                                                 "a token instead.")
                         .arg(ciProviderLabel(account.provider)));
}

std::optional<CiSecretLedger> loadLedger(const QString &path)
{
    CiSecretLedger ledger(path);
    if (auto loaded = ledger.load(); !loaded) {
        qCWarning(lcApp) << "CI ledger not read:" << loaded.error().oneLine();
        return std::nullopt;
    }
    return ledger;
}

} // namespace

CiDesktop::CiDesktop(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_accounts(
          new CiCredentialStore(*m_options.secrets,
                                dataFile(m_options.dataDir, QStringLiteral("ci-accounts.json"),
                                         CiCredentialStore::defaultIndexPath()),
                                m_options.clock, this)),
      m_ledgerPath(dataFile(m_options.dataDir, QStringLiteral("ci-ledger.json"),
                            CiSecretLedger::defaultPath()))
{
    if (auto loaded = m_accounts->reload(); !loaded)
        qCWarning(lcApp) << "CI accounts not read:" << loaded.error().oneLine();
    CiSecretLines::Parts lines;
    lines.clock = m_options.clock;
    lines.targetsOf = [this](const Token &token, QList<CiSecretTarget> *known) {
        return targetsOf(token, known);
    };
    lines.accountFor = [this](const CiSecretTarget &target) {
        return m_accounts->accountFor(target.provider(), target.host);
    };
    lines.loadCredential = [this](const CiAccount &account, auto done) {
        m_accounts->load(account, std::move(done));
    };
    lines.makeClient = [this](const CiAccount &account, auto credential) {
        return makeClient(account, std::move(credential));
    };
#ifdef TD_HAVE_CI_DISCOVERY
    lines.holds = [this](const CiSecretTarget &target, const CiSecretState &state,
                         const Token &token) {
        const auto ledger = loadLedger(m_ledgerPath);
        const QList<TokenUse> uses = m_options.uses ? m_options.uses() : QList<TokenUse>{};
        return ciAttribution({target, state, {}}, token,
                             ledger ? *ledger : CiSecretLedger(m_ledgerPath), placesOf(token, uses))
            != CiAttributionReason::None;
    };
#endif
    m_lines = new CiSecretLines(lines, this);
    connect(m_accounts, &CiCredentialStore::accountsChanged, m_lines, &CiSecretLines::refresh);
}

CiDesktop::~CiDesktop() = default;

std::unique_ptr<CiSecretClient>
CiDesktop::makeClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential)
{
    CiClientServices services;
    services.nam = m_options.network;
    services.delay = &m_delay;
    services.clock = m_options.clock;
    return makeCiSecretClient(account, std::move(credential), services);
}

CiConnectServices CiDesktop::connectServices()
{
    CiConnectServices services;
    services.makeClient = [this](const CiAccount &account, auto credential) {
        return makeClient(account, std::move(credential));
    };
    QPointer<CiCredentialStore> store(m_accounts);
    services.save = [store](const CiAccount &account, auto credential, auto done) {
        if (!store)
            return;
        store->save(account, *credential, std::move(done));
    };
    services.offersDeviceFlow = [](CiProvider provider) {
        return provider == CiProvider::GitHub && !gitHubOAuthClientId().isEmpty();
    };
    services.deviceFlow
        = [this](const CiAccount &account, auto code, auto done) -> std::function<void()> {
        auto endpoints = deviceEndpoints(account);
        if (!endpoints) {
            done(endpoints.error());
            return {};
        }
        CiClientServices clientServices;
        clientServices.nam = m_options.network;
        clientServices.delay = &m_delay;
        clientServices.clock = m_options.clock;
        QPointer<CiDeviceFlow> flow
            = new CiDeviceFlow(account.provider, endpoints.value(), clientServices, this);
        flow->start(
            [code](const CiDeviceCode &given) { code(given.userCode, given.verificationUri); },
            [flow, done](Result<SecretBuffer> token) {
                if (flow)
                    flow->deleteLater();
                if (!token)
                    return done(token.error());
                done(std::make_shared<const SecretBuffer>(std::move(token.value())));
            });
        // Destroying the flow stops it without a callback.
        return [flow] {
            if (flow)
                flow->deleteLater();
        };
    };
    services.ghToken = [this](const QString &host, auto done) {
        readGitHubCliToken(host, this, std::move(done));
    };
    return services;
}

CiServicesPresenter::Parts CiDesktop::servicesParts()
{
    CiServicesPresenter::Parts parts;
    QPointer<CiCredentialStore> store(m_accounts);
    parts.accounts = [store] { return store ? store->accounts() : QList<CiAccount>{}; };
    parts.remove = [store](const CiAccount &account, auto done) {
        if (store)
            store->remove(account, std::move(done));
    };
    parts.connect = connectServices();
    parts.openUrl = m_options.openUrl;
    // A device code is not a secret: the plain clipboard (no clearing) is right for it.
    parts.copyText = [](const QString &text) { QGuiApplication::clipboard()->setText(text); };
    return parts;
}

std::shared_ptr<CiPushBackend> CiDesktop::makePushBackend()
{
    const QString ledgerPath = m_ledgerPath;
    QPointer<CiSecretLines> lines(m_lines);
    return std::make_shared<AccountCiPushBackend>(
        *m_accounts, *m_options.clock,
        [this](const CiAccount &account, auto credential) {
            return makeClient(account, std::move(credential));
        },
        [ledgerPath, lines, clock = m_options.clock](
            const CiSecretTarget &target, const CiPushValue &value, const QDateTime &pushedAt) {
            CiSecretLedger ledger(ledgerPath);
            const auto recorded = ledger.record(
                {target.id(), value.tokenKey, value.tokenRedacted, pushedAt, clock->now()});
            if (!recorded)
                qCWarning(lcApp) << "CI ledger not written:" << recorded.error().oneLine();
            if (lines)
                lines->refresh();
        });
}

QList<CiSecretTarget> CiDesktop::targetsOf(const Token &token, QList<CiSecretTarget> *known)
{
    if (const auto ledger = loadLedger(m_ledgerPath)) {
        for (const CiLedgerEntry &entry : ledger->entries())
            if (!token.key.isEmpty() && entry.tokenKey == token.key)
                if (auto target = CiSecretTarget::fromId(entry.targetId))
                    known->append(*target);
    }
    QList<CiSecretTarget> candidates;
#ifdef TD_HAVE_CI_DISCOVERY
    const QList<TokenUse> uses = m_options.uses ? m_options.uses() : QList<TokenUse>{};
    QList<CredentialFinding> ciPlaces;
    for (const CredentialFinding &place : placesOf(token, uses))
        if (place.form == CredentialForm::CiSecret)
            ciPlaces.append(place);
    for (const CiReference &reference : ci_discovery::referencesIn(ciPlaces))
        candidates += reference.candidates;
#endif
    return candidates;
}

void CiDesktop::addCiTargets(QList<PlanRow> rows, const QList<TokenUse> &uses, QObject *context,
                             std::function<void(QList<PlanRow>)> done)
{
#ifdef TD_HAVE_CI_DISCOVERY
    // One resolution for every CI reference the scan found; each row keeps what holds its token.
    QList<CredentialFinding> ciFindings;
    for (const TokenUse &use : uses)
        if (use.finding.form == CredentialForm::CiSecret)
            ciFindings.append(use.finding);
    auto clients = std::make_shared<std::vector<std::unique_ptr<CiSecretClient>>>();
    QPointer<CiDesktop> self(this);
    const CiDescribe describe = [self, clients](const CiSecretTarget &target, auto answer) {
        const auto account
            = self ? self->m_accounts->accountFor(target.provider(), target.host) : std::nullopt;
        if (!account)
            return answer(
                makeError(ErrorCode::ENEEDAUTH,
                          QCoreApplication::translate("td::CiDesktop", "not connected to %1 on %2")
                              .arg(ciProviderLabel(target.provider()), target.host)));
        self->m_accounts->load(*account,
                               [self, clients, account, target,
                                answer](Result<std::shared_ptr<const SecretBuffer>> c) {
                                   if (!self)
                                       return answer(makeError(ErrorCode::Cancelled, QString()));
                                   if (!c)
                                       return answer(c.error());
                                   auto client = self->makeClient(*account, c.value());
                                   if (!client)
                                       return answer(makeError(ErrorCode::Unsupported, QString()));
                                   CiSecretClient *raw = client.get();
                                   clients->push_back(std::move(client));
                                   raw->describe(target, answer);
                               });
    };
    QPointer<QObject> guard(context);
    const QString ledgerPath = m_ledgerPath;
    ci_discovery::resolve(
        ci_discovery::referencesIn(ciFindings), describe,
        [self, guard, rows, uses, done, clients, ledgerPath](CiResolution resolution) mutable {
            if (!self || !guard)
                return;
            const auto loaded = loadLedger(ledgerPath);
            const CiSecretLedger ledger = loaded ? *loaded : CiSecretLedger(ledgerPath);
            for (PlanRow &row : rows) {
                if (!row.oldToken)
                    continue;
                QList<CiSecretTarget> targets = ciTargetsHolding(
                    resolution.targets, *row.oldToken, ledger, placesOf(*row.oldToken, uses));
                for (const CiLedgerEntry &entry : ledger.entries())
                    if (entry.tokenKey == row.oldToken->key)
                        if (auto target = CiSecretTarget::fromId(entry.targetId);
                            target && !targets.contains(*target))
                            targets.append(*target);
                row.ciTargets.clear();
                for (const CiSecretTarget &target : targets)
                    if (self->m_accounts->accountFor(target.provider(), target.host))
                        row.ciTargets.append(target);
            }
            // Deleted on the next turn: the last describe's client may still be on the stack.
            QMetaObject::invokeMethod(
                self, [clients] {}, Qt::QueuedConnection);
            done(rows);
        });
#else
    Q_UNUSED(uses);
    Q_UNUSED(context);
    done(std::move(rows));
#endif
}

} // namespace td
