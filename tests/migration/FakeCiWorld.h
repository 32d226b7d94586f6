// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CI secret stores that live in a file, so a runner killed in a child process leaves state the
// test (and a resuming runner) can read back; plus the scenario's CI targets. Test-only: values
// are kept in plain base64.
#include "MigrationScenario.h"
#include "core/migration/CiPushBackend.h"
#include "core/registry/DelayTimer.h"

#include <QJsonObject>

#include <chrono>
#include <functional>
#include <optional>

namespace td::test {

class FakeClock;
class FileFakeBackend;

// Row 0 of the Scenario (the ~/.npmrc token): a GitHub repository secret and a GitLab project
// variable; row 1 (the project token): a CircleCI context variable.
QList<CiSecretTarget> scenarioCiTargets(int row);

class FileFakeCiBackend final : public CiPushBackend
{
public:
    explicit FileFakeCiBackend(QString statePath) : m_path(std::move(statePath)) { }

    void seed(const CiSecretTarget &target, const QString &value);
    QString valueOf(const CiSecretTarget &target) const; // empty when absent
    int writesOf(const CiSecretTarget &target) const;

    std::optional<Error> pushFailure; // every push answers this
    QString failPushTo;               // only pushes to this target id fail (with pushFailure)
    QString verifyFalseFor;           // verify answers false for this target id
    QStringList signedOut;            // target ids canPush() refuses
    bool verifyNeverAnswers = false;  // a verification that hangs (the process dies meanwhile)
    std::function<void(const QString &effect)> afterEffect; // after a write is saved

    bool canPush(const CiSecretTarget &target) const override;
    void push(const CiSecretTarget &target, const CiPushValue &value,
              std::function<void(Result<QDateTime>)> done) override;
    void verify(const CiSecretTarget &target, const CiPushValue &value, const QDateTime &pushedAt,
                std::function<void(Result<bool>)> done) override;

private:
    QJsonObject load() const;
    void save(const QJsonObject &state) const;
    QString m_path;
};

// The scenario's rows with their CI targets, each store seeded with the row's old token.
QList<PlanRow> scenarioPlanWithCi(const Scenario &scenario);
// The CI stores of the scenario that hold the token with this registry key (by its SHA-512).
QStringList scenarioStoresHolding(const FileFakeBackend &registry, const FileFakeCiBackend &ci,
                                  const QString &key);

// Appends to <dir>/violations each CI store that still holds the token `key` about to be revoked.
void recordRevokeViolations(const Scenario &scenario, const FileFakeBackend &registry,
                            const FileFakeCiBackend &ci, const QString &key);

// A DelayTimer for the grace period that never sleeps: it records each requested delay and fires
// only when the test calls fire(), after moving the fake clock on by the delay.
class ManualDelayTimer final : public DelayTimer
{
public:
    explicit ManualDelayTimer(FakeClock &clock) : m_clock(clock) { }
    void start(std::chrono::milliseconds delay, QObject *context,
               std::function<void()> fire) override;
    QList<std::chrono::milliseconds> requested;
    bool pending() const { return bool(m_fire); }
    // Moves the clock to the requested time and fires.
    void fire();

private:
    FakeClock &m_clock;
    std::function<void()> m_fire;
};

} // namespace td::test
