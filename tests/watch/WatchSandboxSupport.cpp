// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchSandboxSupport.h"

#include "SandboxControl.h"
#include "core/secrets/SecretStore.h"
#include "core/util/SecretBuffer.h"
#include "core/watch/WatchService.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace td::test {

bool runWatchPass(watch::WatchService &service, int timeoutMs)
{
    QSignalSpy finished(&service, &watch::WatchService::passFinished);
    service.runOnce();
    return finished.wait(timeoutMs);
}

QString publishTrustedReleases(const QUrl &sandbox, const QString &package,
                               const QStringList &versions)
{
    for (const QString &version : versions) {
        QString problem
            = sandboxPublishAndTick(sandbox,
                                    {{QStringLiteral("package"), package},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("actor"), QStringLiteral("trusted-publisher")},
                                     {QStringLiteral("provenance"), true}});
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

Account sandboxAccount(const QUrl &sandbox, const QString &user)
{
    Account account;
    account.registry = sandbox;
    account.user = user;
    account.id = Account::makeId(sandbox, user);
    return account;
}

bool writeSecretAndWait(SecretStore &store, const QString &key, const QByteArray &token,
                        QObject *context)
{
    std::optional<Result<void>> written;
    store.write(key, SecretBuffer(QByteArrayView(token)), context,
                [&written](Result<void> r) { written = std::move(r); });
    return QTest::qWaitFor([&] { return written.has_value(); }, 20000) && written->ok();
}

bool removeSecretAndWait(SecretStore &store, const QString &key, QObject *context)
{
    bool removed = false;
    store.remove(key, context, [&removed](Result<void>) { removed = true; });
    return QTest::qWaitFor([&] { return removed; }, 10000);
}

} // namespace td::test
