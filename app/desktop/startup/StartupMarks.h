// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace td {

// With TD_STARTUP_MARKS set, prints "startup <ms> wall <ms> cpu <ms> thread <what>" on stderr: the
// milliseconds since the first mark, the process's CPU time and the calling thread's, to see which
// step of start-up costs what without a profiler. Without the variable it costs one cached
// environment check.
void startupMark(const char *what);

} // namespace td
