// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace td {

// With TD_STARTUP_MARKS set, prints "startup <ms> wall <ms> cpu <what>" on stderr: the milliseconds
// since the first mark and the process's CPU time, to see which step of start-up costs what without
// a profiler. Without the variable it costs one cached environment check.
void startupMark(const char *what);

} // namespace td
