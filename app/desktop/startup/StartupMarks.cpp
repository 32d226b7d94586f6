// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/startup/StartupMarks.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace td {

void startupMark(const char *what)
{
    static const bool enabled = qEnvironmentVariableIsSet("TD_STARTUP_MARKS");
    if (!enabled)
        return;
    static QElapsedTimer since;
    if (!since.isValid())
        since.start();
    // The process's CPU time beside the wall time: on a loaded machine only the first is stable.
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    std::fprintf(stderr, "startup %8.2f wall %8.2f cpu %s\n", double(since.nsecsElapsed()) / 1e6,
                 double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6, what);
}

} // namespace td
