// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the PlanRunner tests share: the scenario on disk in a fresh folder with its fake registry
// and keychain, and the helpers that run a plan to its end and read a file's token back.
#include "FakeMigrationWorld.h"
#include "MigrationScenario.h"
#include "core/migration/PlanRunner.h"

#include <QTemporaryDir>

#include <functional>

namespace td::test {

QByteArray bytesOf(const QString &path); // empty when unreadable
QString tokenIn(const QString &path);    // the secret on the file's _authToken line

// Calls `begin` (start, resume or rollback) and waits for `finished`; its success flag.
bool runToEnd(PlanRunner &runner, const std::function<Result<void>()> &begin);
// runner.start() for the scenario's user, to its end.
bool startToEnd(PlanRunner &runner, const QList<PlanRow> &rows);

struct RunnerWorld
{
    RunnerWorld() { s.create(); }

    QTemporaryDir tmp;
    Scenario s{tmp.path()};
    FileFakeBackend backend{s.registryState()};
    FileSecretStore store{s.keychain()};
};

} // namespace td::test
