// SPDX-License-Identifier: GPL-3.0-or-later
// Shared steps of the tests that run a WatchService against the real tokendesk-sandbox: one pass,
// the account it watches and the seed's read token in the keychain (the control API is in
// tests/sandbox/SandboxControl.h).
// Helpers return what happened; the tests keep their QVERIFY/QCOMPARE at the call site.
#pragma once

#include "core/account/Account.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QObject;

namespace td {
class SecretStore;
namespace watch {
class WatchService;
}
} // namespace td

namespace td::test {

// The secret of the seed's read-only "watch-read" token (app/sandbox's --seed watch).
constexpr char kSeedWatchReadToken[] = "npm_SandboxWatchReadOnly0000000000000000";

// Runs one pass (runOnce) and waits for passFinished: false when it did not finish in time.
bool runWatchPass(watch::WatchService &service, int timeoutMs);

// Publishes `versions` of `package` through the control API as the seed's trusted publisher with
// provenance (the releases a first pass takes as its baseline), a sandbox minute apart. Empty
// when the sandbox took them all, else what failed.
QString publishTrustedReleases(const QUrl &sandbox, const QString &package,
                               const QStringList &versions);

// The account of `user` on the sandbox, as the watch sees it.
Account sandboxAccount(const QUrl &sandbox, const QString &user);

// Writes `token` under `key` and waits for the keychain's answer: true when it was written.
bool writeSecretAndWait(SecretStore &store, const QString &key, const QByteArray &token,
                        QObject *context);

// Removes `key` and waits for the keychain's answer (whatever it is): false when none came.
bool removeSecretAndWait(SecretStore &store, const QString &key, QObject *context);

} // namespace td::test
