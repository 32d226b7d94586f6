// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/util/Clock.h"

#include <QSet>

#include <memory>

class QNetworkAccessManager;

namespace td {
class KeychainSecretStore;
namespace watch {
class WatchService;
} // namespace watch
} // namespace td

namespace td::cli {

// tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]: the publish watch
// (core/watch's WatchService) over every package the signed-in accounts can write plus the
// pins. --once runs one pass and exits 1 while an alarm is open (for cron and CI), 0 otherwise;
// without it the watch keeps polling and prints each release as it is judged. Also
// `watch ack <pkg>@<version>` ("it was me"), `watch expect <pkg> [--for MINUTES]` and
// `watch exclude <pkg>` / `watch include <pkg>` (per-package exclusion, remembered).
// Exit 2: a usage error or a watch that could not run.
class WatchCommand final : public Command
{
    Q_OBJECT
public:
    explicit WatchCommand(QObject *parent = nullptr);
    ~WatchCommand() override;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    void acknowledge(const QStringList &arguments, CliContext &context);
    void expect(const QStringList &arguments, CliContext &context);
    void setExcluded(const QStringList &arguments, bool excluded, CliContext &context);
    bool makeService(CliContext &context, const QByteArray &trustRoot, int intervalMinutes);
    void printNew(CliContext &context);
    void usageError(CliContext &context, const QString &line);

    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<watch::WatchService> m_service;
    QSet<QString> m_printed; // release keys already printed (the continuous watch)
};

} // namespace td::cli
