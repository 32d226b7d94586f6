// SPDX-License-Identifier: GPL-3.0-or-later
// Crash helper for tst_planrunner: runs the scenario's migration and SIGKILLs itself right after
// the N-th event (a journal write or a registry side effect). Usage: planrunner_child <dir> <N>
// [ci]: with "ci" the rows also push into the scenario's CI stores (FakeCiWorld), grace 0, and a
// revoke of a token some CI store still holds is written to <dir>/violations.
#include "FakeCiWorld.h"
#include "FakeMigrationWorld.h"
#include "MigrationScenario.h"
#include "core/migration/PlanRunner.h"

#include <QCoreApplication>

#include <csignal>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 2;
    const bool withCi = argc == 4 && QByteArray(argv[3]) == "ci";
    const td::test::Scenario scenario{QString::fromLocal8Bit(argv[1])};
    const int dieAfter = QByteArray(argv[2]).toInt();
    int events = 0;
    auto tick = [&] {
        if (++events == dieAfter)
            ::kill(::getpid(), SIGKILL);
    };
    td::test::FileFakeBackend backend(scenario.registryState());
    backend.afterEffect = [&](const QString &) { tick(); };
    td::test::FileSecretStore store(scenario.keychain());
    td::PlanRunner runner(backend, store, scenario.journal(), scenario.backups());
    runner.setStepHook([&](int, const QString &) { tick(); });
    td::test::FileFakeCiBackend ci(scenario.dir + QStringLiteral("/ci.json"));
    QList<td::PlanRow> rows = scenario.plan();
    if (withCi) {
        rows = td::test::scenarioPlanWithCi(scenario);
        ci.afterEffect = [&](const QString &) { tick(); };
        runner.setCiBackend(&ci);
        runner.setGracePeriod(std::chrono::seconds(0));
        backend.beforeRevoke = [&](const QString &key) {
            td::test::recordRevokeViolations(scenario, backend, ci, key);
        };
    }
    QObject::connect(&runner, &td::PlanRunner::finished, &app,
                     [&](bool completed) { app.exit(completed ? 0 : 3); });
    if (!runner.start(QStringLiteral("jane@npmjs"), rows, QStringLiteral("run1")))
        return 4;
    return app.exec();
}
