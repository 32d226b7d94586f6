// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/StagedReader.h"

#include "core/registry/RegistryClient.h"
#include "core/stage/StageClient.h"
#include "core/watch/ReadTokenSource.h"

#include <QCoreApplication>

#include <memory>

namespace td::watch {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::StagedReader)
};

struct Pass
{
    QList<StagedListing> listings;
    int waiting = 0;
    StagedReader::Done done;

    void finishOne()
    {
        if (--waiting == 0)
            done(listings);
    }
};

} // namespace

StagedReader::StagedReader(QNetworkAccessManager *nam, const Clock &clock, ReadTokenSource *tokens,
                           QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock), m_tokens(tokens)
{ }

void StagedReader::read(const QList<Account> &accounts, Done done)
{
    auto pass = std::make_shared<Pass>();
    pass->done = std::move(done);
    for (const Account &account : accounts)
        pass->listings.append({account, false, {}, {}});
    if (!m_tokens || accounts.isEmpty())
        return pass->done(pass->listings);
    pass->waiting = int(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        m_tokens->readToken(
            account.registry, {account.id}, this,
            [this, pass, i, account](std::optional<SecretBuffer> token) {
                if (!token)
                    return pass->finishOne();
                auto *client = new RegistryClient(m_nam, account.registry, m_clock, this);
                client->setTransportOptions(m_options);
                client->setAuthToken(std::move(*token), RegistryClient::Credential::AccessToken);
                auto *stage = new StageClient(*client, client);
                stage->list({}, [pass, i, account, client](Result<QList<StagedRelease>> items) {
                    StagedListing &listing = pass->listings[i];
                    if (items) {
                        listing.read = true;
                        listing.staged = items.value();
                        for (StagedRelease &item : listing.staged)
                            item.accountId = account.id;
                    } else {
                        listing.problem = Tr::tr("The staged versions of %1 could not be read: %2")
                                              .arg(account.id, items.error().oneLine());
                    }
                    client->deleteLater();
                    pass->finishOne();
                });
            });
    }
}

} // namespace td::watch
