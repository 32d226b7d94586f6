// SPDX-License-Identifier: GPL-3.0-or-later
#include "EndAtOnce.h"

#include <cstdio>

#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define TD_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TD_ADDRESS_SANITIZER 1
#endif
#endif

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
