// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ci/CiDesktop.h"

#include "core/cisecrets/CiAttribution.h"
#include "core/cisecrets/CiCredentialStore.h"
#include "core/cisecrets/CiDeviceFlow.h"
#include "core/cisecrets/CiTargetDiscovery.h"
#include "core/cisecrets/GitLabDeviceEndpoints.h"
#include "core/migration/CiClientPushBackend.h"
#include "core/migration/CiPlanTargets.h"
#include "core/migration/TokenUsage.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"
#include "desktop/ci/CiSecretLines.h"
#include "desktop/ci/GitHubCliToken.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPointer>

namespace td {

namespace {

QString dataFile(const QString &dataDir, const QString &name, const QString &fallback)
{
    return dataDir.isEmpty() ? fallback : QDir(dataDir).filePath(name);
}

// GitLab's device flow needs the OAuth application registered on the instance: its id comes
// from TOKENDESK_GITLAB_CLIENT_ID, as for `tokendesk-cli ci login gitlab`.
QString gitLabClientId()
{
    return qEnvironmentVariable("TOKENDESK_GITLAB_CLIENT_ID");
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
                            CiSecretLedger::defaultPath())),
      m_ledger(m_ledgerPath)
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
    lines.holds
        = [this](const CiSecretTarget &target, const CiSecretState &state, const Token &token) {
              const QList<TokenUse> uses = m_options.uses ? m_options.uses() : QList<TokenUse>{};
              // The workflow reference the candidate came from: the same-name rule needs its file.
              const CiResolvedTarget resolved{target, state, m_findingOf.value(target.id())};
              return ciAttribution(resolved, token, ledger(), placesOf(token, uses))
                  != CiAttributionReason::None;
          };
    m_lines = new CiSecretLines(lines, this);
    connect(m_accounts, &CiCredentialStore::accountsChanged, m_lines, &CiSecretLines::refresh);
}

CiDesktop::~CiDesktop() = default;

void CiDesktop::reload()
{
    if (auto loaded = m_accounts->reload(); !loaded)
        qCWarning(lcApp) << "CI accounts not read:" << loaded.error().oneLine();
    m_lines->refresh();
}

QString CiDesktop::gitHubClientId() const
{
    return m_options.gitHubClientId.isEmpty() ? gitHubOAuthClientId() : m_options.gitHubClientId;
}

CiClientServices CiDesktop::clientServices()
{
    CiClientServices services;
    services.nam = m_options.network;
    services.delay = &m_delay;
    services.clock = m_options.clock;
    return services;
}

const CiSecretLedger &CiDesktop::ledger()
{
    if (auto loaded = m_ledger.load(); !loaded)
        qCWarning(lcApp) << "CI ledger not read:" << loaded.error().oneLine();
    return m_ledger;
}

std::unique_ptr<CiSecretClient>
CiDesktop::makeClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential)
{
    return makeCiSecretClient(account, std::move(credential), clientServices());
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
    services.offersDeviceFlow = [this](CiProvider provider) {
        return provider == CiProvider::GitHub ? !gitHubClientId().isEmpty()
                                              : !gitLabClientId().isEmpty();
    };
    services.deviceFlow
        = [this](const CiAccount &account, auto code, auto done) -> std::function<void()> {
        auto endpoints = account.provider == CiProvider::GitHub
            ? gitHubDeviceEndpoints(account.apiBase, QStringLiteral("repo"), gitHubClientId())
            : gitLabDeviceEndpoints(account.apiBase, gitLabClientId());
        if (!endpoints) {
            done(endpoints.error());
            return {};
        }
        QPointer<CiDeviceFlow> flow
            = new CiDeviceFlow(account.provider, endpoints.value(), clientServices(), this);
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
    // Read again each time the page fills: `tokendesk-cli ci login` may have added one.
    parts.accounts = [store] {
        if (!store)
            return QList<CiAccount>{};
        if (auto loaded = store->reload(); !loaded)
            qCWarning(lcApp) << "CI accounts not read:" << loaded.error().oneLine();
        return store->accounts();
    };
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
    // The backend is a QObject whose clients may still be answering when the run drops it.
    return std::shared_ptr<CiClientPushBackend>(
        new CiClientPushBackend(*m_accounts, clientServices(), &makeCiSecretClient, &m_ledger,
                                *m_options.clock),
        [](CiClientPushBackend *gone) { gone->deleteLater(); });
}

QList<CiSecretTarget> CiDesktop::targetsOf(const Token &token, QList<CiSecretTarget> *known)
{
    for (const CiLedgerEntry &entry : ledger().entries())
        if (!token.key.isEmpty() && entry.tokenKey == token.key)
            if (auto target = CiSecretTarget::fromId(entry.targetId))
                known->append(*target);
    // Every CI reference of the scan is a candidate where a connected account can ask its store
    // (attribution then keeps the ones holding this token: the ledger, GitLab's value, CircleCI's
    // last four, the same-name rule). Where none can, only a reference of a variable that holds
    // this token here is shown, once, as "not connected".
    const QList<TokenUse> uses = m_options.uses ? m_options.uses() : QList<TokenUse>{};
    QList<CredentialFinding> ciFindings;
    for (const TokenUse &use : uses)
        if (use.finding.form == CredentialForm::CiSecret)
            ciFindings.append(use.finding);
    const QList<CredentialFinding> places = placesOf(token, uses);
    QList<CiSecretTarget> candidates;
    for (const CiReference &reference : ci_discovery::referencesIn(ciFindings)) {
        if (reference.candidates.isEmpty())
            continue;
        for (const CiSecretTarget &target : reference.candidates)
            m_findingOf.insert(target.id(), reference.finding);
        const CiSecretTarget &first = reference.candidates.constFirst();
        if (m_accounts->accountFor(first.provider(), first.host)) {
            candidates += reference.candidates;
            continue;
        }
        const bool heldHere
            = std::any_of(places.cbegin(), places.cend(), [&](const CredentialFinding &place) {
                  return place.form == CredentialForm::CiSecret
                      && place.file == reference.finding.file
                      && place.line == reference.finding.line;
              });
        if (heldHere)
            candidates.append(first);
    }
    return candidates;
}

void CiDesktop::addCiTargets(QList<PlanRow> rows, const QList<TokenUse> &uses, QObject *context,
                             std::function<void(QList<PlanRow>)> done)
{
    // As `tokendesk-cli token rotate` does (CiServices::attachTargets): one resolution for every
    // CI reference the scan found, asked through the signed-in accounts; each row that creates a
    // token keeps the stores holding its old one, and their references stop being manual.
    QList<CredentialFinding> ciFindings;
    for (const TokenUse &use : uses)
        if (use.finding.form == CredentialForm::CiSecret)
            ciFindings.append(use.finding);
    std::shared_ptr<CiPushBackend> base = makePushBackend();
    auto backend = std::static_pointer_cast<CiClientPushBackend>(base);
    const CiDescribe describe = [backend](const CiSecretTarget &target, auto answer) {
        backend->describe(target, std::move(answer));
    };
    QPointer<CiDesktop> self(this);
    QPointer<QObject> guard(context);
    ci_discovery::resolve(
        ci_discovery::referencesIn(ciFindings), describe,
        [self, guard, rows, uses, done, backend](CiResolution resolution) mutable {
            if (!self || !guard)
                return;
            for (const QString &problem : resolution.problems)
                qCInfo(lcApp) << "CI store not asked:" << problem;
            attachCiTargets(rows, resolution.targets, self->ledger(), uses);
            done(rows);
        });
}

} // namespace td
