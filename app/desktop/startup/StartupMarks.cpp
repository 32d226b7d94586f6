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
    // The process's CPU time and the calling thread's beside the wall time: on a loaded machine
    // only the CPU times are stable, and wall time the thread did not spend on the CPU was spent
    // waiting (for the display server, the bus, a worker) or preempted.
    const auto ms = [](clockid_t clock) {
        timespec time{};
        clock_gettime(clock, &time);
        return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
    };
    std::fprintf(stderr, "startup %8.2f wall %8.2f cpu %8.2f thread %s\n",
                 double(since.nsecsElapsed()) / 1e6, ms(CLOCK_PROCESS_CPUTIME_ID),
                 ms(CLOCK_THREAD_CPUTIME_ID), what);
}

} // namespace td
