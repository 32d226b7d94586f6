// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace td {
class RegistryClient;
} // namespace td

namespace td::watch {

// A package the publish watch reads, once per registry however many accounts can write it.
struct WatchTarget
{
    QUrl registry; // the registry's base URL as the account has it
    QString package;
    QStringList writers; // ids of the accounts that can write it (empty for a pin only)
    bool pinned = false; // the user asked to watch it
};

// A package the user pins: watched although no account of theirs can write it.
struct WatchPin
{
    QUrl registry;
    QString package;
};

// One account and the client that speaks for it (its session, if any, is set on the client:
// org package lists need it; the user's own list is public).
struct WatchAccount
{
    Account account;
    RegistryClient *client = nullptr;
};

struct WatchTargetList
{
    QList<WatchTarget> targets; // sorted by registry, then package
    QStringList problems;       // one translated sentence per list that could not be read
};

// What to watch (publish-watch.md §2, issue 22): every package each account can write —
// GET /-/user/<name>/package, then GET /-/org/<o>/package for each organization, found as the
// tree finds a user's orgs (the scopes of the user's packages other than their own) — plus the
// pins. Only "write" entries count. Answers once through `done`, unless `context` is gone.
void collectWatchTargets(const QList<WatchAccount> &accounts, const QList<WatchPin> &pins,
                         QObject *context, std::function<void(WatchTargetList)> done);

// The same list from answers already read: the pure part of collectWatchTargets, per account
// the packages it can write (user and org lists merged), deduplicated per registry with the pins.
struct AccountPackages
{
    QUrl registry;
    QString accountId;
    QStringList writable;
};
QList<WatchTarget> mergeWatchTargets(const QList<AccountPackages> &perAccount,
                                     const QList<WatchPin> &pins);

} // namespace td::watch
