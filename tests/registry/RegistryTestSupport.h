// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/DelayTimer.h"
#include "core/registry/TwoFactorPrompt.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <utility>

namespace td::test {

// Records the delays asked for and fires at once, so retry-after tests take no time.
class RecordingDelayTimer final : public DelayTimer
{
public:
    void start(std::chrono::milliseconds delay, QObject *context,
               std::function<void()> fire) override
    {
        delays.append(delay);
        QTimer::singleShot(0, context, std::move(fire));
    }
    QList<std::chrono::milliseconds> delays;
};

// Records the delays asked for and holds the waits until the test fires them (a poll that plans
// its successor on each wake-up would otherwise never end).
class ManualDelayTimer final : public DelayTimer
{
public:
    void start(std::chrono::milliseconds delay, QObject *context,
               std::function<void()> fire) override
    {
        delays.append(delay);
        pending.append({QPointer<QObject>(context), std::move(fire)});
    }
    void fireAll()
    {
        auto now = std::exchange(pending, {});
        for (auto &[context, fire] : now)
            if (context)
                fire();
    }
    QList<std::chrono::milliseconds> delays;
    QList<QPair<QPointer<QObject>, std::function<void()>>> pending;
};

// A prompt that answers with a fixed code, and records approval pages; it can cancel at once.
class ScriptedPrompt final : public TwoFactorPrompt
{
public:
    void askForCode(const QString &, CodeAnswer answer) override
    {
        ++codeRequests;
        if (code.isEmpty())
            return answer(makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
        answer(SecretBuffer(QByteArrayView(code)));
    }
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override
    {
        pages.append(url);
        purposes.append(purpose);
        if (cancelAtOnce)
            QTimer::singleShot(0, [cancel] { cancel(); });
        if (onPage)
            onPage(url);
    }
    void approvalFinished() override { ++finishedCount; }

    QByteArray code;
    bool cancelAtOnce = false;
    std::function<void(const QUrl &)> onPage;
    int codeRequests = 0;
    int finishedCount = 0;
    QList<QUrl> pages;
    QList<Purpose> purposes;
};

} // namespace td::test
