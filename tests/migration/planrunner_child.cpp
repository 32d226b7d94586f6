// SPDX-License-Identifier: GPL-3.0-or-later
// Crash helper for tst_planrunner: runs the scenario's migration and SIGKILLs itself right after
// the N-th event (a journal write or a registry side effect). Usage: planrunner_child <dir> <N>
#include "FakeMigrationWorld.h"
#include "MigrationScenario.h"
#include "migration/PlanRunner.h"

#include <QCoreApplication>

#include <csignal>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
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
    QObject::connect(&runner, &td::PlanRunner::finished, &app,
                     [&](bool completed) { app.exit(completed ? 0 : 3); });
    if (!runner.start(QStringLiteral("jane@npmjs"), scenario.plan(), QStringLiteral("run1")))
        return 4;
    return app.exec();
}
