// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test program (an object on td_test_support's link line, so the linker cannot
// drop it): tests see the English plurals the programs install at start ("1 day", "2 days").
// It needs an application object, so no test uses QTEST_APPLESS_MAIN.
#include "core/util/EnglishPlurals.h"

#include <QCoreApplication>

namespace {

void installAtStart()
{
    if (!td::installEnglishPlurals())
        qFatal("the English catalogue is missing from td_core's resources");
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installAtStart)
