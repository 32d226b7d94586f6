// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/registry/HttpExchange.h"
#include "core/registry/StagedRelease.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace td {
class Clock;
} // namespace td

namespace td::watch {

class ReadTokenSource;

// What one account's staged list said.
struct StagedListing
{
    Account account;
    bool read = false;           // false: no read token, or the list failed (see problem)
    QList<StagedRelease> staged; // with accountId set
    QString problem;             // translated, when the list failed
};

// The staged versions each account can see (GET /-/stage through core/stage's StageClient), read
// with the account's read token from the keychain: listing needs no second factor, and the watch
// never asks for one. An account without a read token is skipped (read = false, no problem):
// its staged versions are not watched.
class StagedReader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(QList<StagedListing>)>;

    // Not owned: `nam`, `clock`, `tokens`.
    StagedReader(QNetworkAccessManager *nam, const Clock &clock, ReadTokenSource *tokens,
                 QObject *parent = nullptr);
    void setTransportOptions(const TransportOptions &options) { m_options = options; }

    // Answers once, on this thread, with one listing per account in the given order.
    void read(const QList<Account> &accounts, Done done);

private:
    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    ReadTokenSource *m_tokens;
    TransportOptions m_options;
};

} // namespace td::watch
