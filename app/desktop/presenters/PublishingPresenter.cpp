// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishingPresenter.h"

#include "core/registry/RegistryClient.h"
#include "core/stage/StageInbox.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QTimer>

namespace td {

PublishingPresenter::PublishingPresenter(Deps deps, QObject *parent)
    : QObject(parent), m_deps(std::move(deps))
{ }

PublishingPresenter::~PublishingPresenter() = default;

void PublishingPresenter::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_ready.clear();
    // deleteLater: the last run may end inside one of these clients' own answer callbacks.
    for (RegistryClient *client : std::as_const(m_clients))
        client->deleteLater();
    m_clients.clear();
    const QDateTime now = m_deps.clock.now();
    QList<Account> accounts;
    for (const Account &account : m_deps.accounts.accounts())
        if (m_deps.accounts.pollable(account, now))
            accounts.append(account);
    m_pendingListings = int(accounts.size());
    if (accounts.isEmpty())
        return runSurvey();
    for (const Account &account : std::as_const(accounts)) {
        RegistryClient *client = m_deps.accounts.makeClient(account, this);
        m_clients.append(client);
        m_deps.accounts.authorize(
            *client, account, this, [this, client, account](Result<void> authorized) {
                if (!authorized)
                    return packagesListed(); // signed out meanwhile: that account is left out
                client->userPackages(
                    account.user, this, [this, client, account](Result<AccessMap> mine) {
                        PublishPathAccount entry;
                        entry.accountId = account.id;
                        entry.registry = account.registry.toString();
                        entry.client = client;
                        entry.tokens = m_deps.tokens(account.id);
                        entry.uses = m_deps.uses();
                        // Only packages the account can write: the others are not its to publish.
                        if (mine) {
                            for (auto it = mine.value().begin(); it != mine.value().end(); ++it)
                                if (it.value() == QLatin1String("write"))
                                    entry.packages.append(it.key());
                        }
                        m_ready.append(entry);
                        packagesListed();
                    });
            });
    }
}

void PublishingPresenter::packagesListed()
{
    if (--m_pendingListings == 0)
        runSurvey();
}

void PublishingPresenter::runSurvey()
{
    if (!m_survey) {
        m_survey = new PublishPathSurvey(m_deps.clock, this);
        m_survey->setHomeDir(QDir::homePath());
        connect(m_survey, &PublishPathSurvey::finished, this, &PublishingPresenter::done);
    }
    // Accounts listed in the order their answers came; the tab sorts rows itself.
    m_survey->start(m_ready);
}

void PublishingPresenter::done(const QList<PackagePublishPath> &paths)
{
    m_running = false;
    m_deps.show(paths);
    Q_EMIT surveyed(paths);
    // Queued: finished() is emitted from inside the survey's last answer.
    if (m_again)
        QTimer::singleShot(0, this, &PublishingPresenter::refresh);
}

} // namespace td
