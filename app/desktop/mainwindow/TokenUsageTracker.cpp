// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/TokenUsageTracker.h"

#include "core/migration/MigrationSurvey.h"
#include "core/migration/TokenUsage.h"
#include "core/npmconfig/NpmConfigLocator.h"
#include "core/util/Logging.h"

#include <QThread>

#include <memory>

namespace td {

TokenUsageTracker::TokenUsageTracker(const Clock &clock, QObject *parent)
    : QObject(parent), m_scan(realScan(clock))
{ }

TokenUsageTracker::~TokenUsageTracker()
{
    // A QThread destroyed while running aborts the program; a scan takes moments.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

TokenUsageTracker::Scan TokenUsageTracker::realScan(const Clock &clock)
{
    return [&clock](const UsageScanInput &input) {
        const NpmConfigLocator locator(input.environment, input.homeDir);
        SurveyInput survey;
        survey.accountRegistry = input.accountRegistry;
        survey.tokens = input.tokens;
        QList<TokenUse> uses;
        // Without a liveness check the matcher answers synchronously.
        runSurvey(locator, input.projectFolders, survey, clock, {},
                  [&uses](Survey result) { uses = std::move(result.uses); });
        return uses;
    };
}

void TokenUsageTracker::rescan(UsageScanInput input)
{
    if (m_running) {
        m_queued = std::move(input);
        return;
    }
    startWorker(std::move(input));
}

void TokenUsageTracker::startWorker(UsageScanInput input)
{
    m_running = true;
    const QString homeDir = input.homeDir;
    Q_EMIT scanStarted();
    auto result = std::make_shared<QList<TokenUse>>();
    QThread *worker = QThread::create(
        [scan = m_scan, input = std::move(input), result] { *result = scan(input); });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, result, homeDir] {
        worker->deleteLater();
        m_worker = nullptr;
        m_running = false;
        m_homeDir = homeDir;
        m_uses = std::move(*result);
        m_hasResult = true;
        qCDebug(lcMigration) << "usage scan:" << m_uses.size() << "place(s)";
        Q_EMIT updated();
        if (m_queued) {
            UsageScanInput next = std::move(*m_queued);
            m_queued.reset();
            startWorker(std::move(next));
        }
    });
    worker->start();
}

TokenUsageView TokenUsageTracker::usageOf(const Token &token) const
{
    TokenUsageView view;
    if (m_hasResult) {
        view.state = TokenUsageView::State::Scanned;
        view.places = usageLines(token, m_uses, m_homeDir);
    }
    if (m_running)
        view.state = TokenUsageView::State::Scanning;
    return view;
}

} // namespace td
