// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/ReplacementPlanner.h"
#include "desktop/details/TokenDetailsPane.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QThread>

#include <functional>

namespace td {

class Clock;

// What one usage scan looks at.
struct UsageScanInput
{
    QProcessEnvironment environment;
    QString homeDir;
    QStringList projectFolders; // the folders the user added in the migration dialog
    QString accountRegistry;
    QList<Token> tokens;
};

// Keeps the last "where is each token used on this machine" scan for the dashboard's details
// pane. The scan reads many files, so it runs on a worker thread; it never asks the registry
// (no liveness check): classic tokens match by key, granular ones by their masked form.
// A rescan while one runs is queued, so the newest token list always gets scanned.
class TokenUsageTracker : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread: must only use its input (no QObject of the GUI thread).
    using Scan = std::function<QList<TokenUse>(const UsageScanInput &)>;

    explicit TokenUsageTracker(const Clock &clock, QObject *parent = nullptr);
    ~TokenUsageTracker() override;

    void setScan(Scan scan) { m_scan = std::move(scan); }
    void rescan(UsageScanInput input);

    bool isScanning() const { return m_running; }
    bool hasResult() const { return m_hasResult; }
    const QList<TokenUse> &uses() const { return m_uses; }
    TokenUsageView usageOf(const Token &token) const;

    // The real scan: CredentialScanner + TokenMatcher without liveness.
    static Scan realScan(const Clock &clock);

Q_SIGNALS:
    void scanStarted();
    void updated(); // a scan finished; usageOf() has its result

private:
    void startWorker(UsageScanInput input);

    Scan m_scan;
    QString m_homeDir;
    QList<TokenUse> m_uses;
    bool m_hasResult = false;
    bool m_running = false;
    std::optional<UsageScanInput> m_queued;
    QPointer<QThread> m_worker;
};

} // namespace td
