// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publishing/PublishPathSurvey.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace td {

class Clock;
class RegistryClient;
class StageAccountSource;

// Feeds the Publishing tab: for every account with a live session, lists the packages it can
// write, then runs the core PublishPathSurvey over them with the account's tokens and where
// they are used here. One run at a time; a refresh asked for during a run starts another after
// it, so the tab always ends on the newest facts. No widget code: results go to `show`.
class PublishingPresenter : public QObject
{
    Q_OBJECT
public:
    struct Deps
    {
        StageAccountSource &accounts; // the same session-backed source the stage inbox polls
        const Clock &clock;
        std::function<QList<Token>(const QString &accountId)> tokens;
        std::function<QList<TokenUse>()> uses;
        std::function<void(const QList<PackagePublishPath> &)> show;
    };

    PublishingPresenter(Deps deps, QObject *parent = nullptr);
    ~PublishingPresenter() override;

    void refresh();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void surveyed(const QList<td::PackagePublishPath> &paths);

private:
    void packagesListed();
    void runSurvey();
    void done(const QList<PackagePublishPath> &paths);

    Deps m_deps;
    bool m_running = false;
    bool m_again = false;
    int m_pendingListings = 0;
    QList<PublishPathAccount> m_ready; // accounts whose packages are listed
    QList<RegistryClient *> m_clients;
    PublishPathSurvey *m_survey = nullptr;
};

} // namespace td
