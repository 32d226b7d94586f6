// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/startup/FontConfigWarmUp.h"

#include "desktop/startup/WarmUpThread.h"

#include <fontconfig/fontconfig.h>

namespace td {

namespace {

WarmUpThread &fontConfigThread()
{
    static WarmUpThread thread; // joined at exit if nobody called finish()
    return thread;
}

} // namespace

// FcInit() is safe on any thread: fontconfig publishes the configuration it loaded with an
// atomic compare-and-swap, and a caller that comes too early loads its own and drops it.
void startFontConfigWarmUp()
{
    fontConfigThread().start([] { FcInit(); });
}

void finishFontConfigWarmUp()
{
    fontConfigThread().finish();
}

} // namespace td
