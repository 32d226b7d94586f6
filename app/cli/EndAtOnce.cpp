// SPDX-License-Identifier: GPL-3.0-or-later
#include "EndAtOnce.h"

#include <cstdio>

#include <unistd.h>

namespace td::cli {

bool canEndAtOnce()
{
#ifdef TD_ADDRESS_SANITIZER
    return false;
#else
    return true;
#endif
}

void endAtOnce(int exitCode)
{
    std::fflush(nullptr);
    ::_exit(exitCode);
}

} // namespace td::cli
