// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace td::test {

// True inside tests/run-headless.sh: Xvfb, a private D-Bus session, an unlocked gnome-keyring in
// a throw-away HOME, and the fake tray and notification services.
bool inHeadlessHarness();

// Tests that need the real components call this first. Outside the harness they are skipped
// on a developer's machine, but in CI (CI=true) a missing component is a failure, never a skip.
// Returns false when the test must stop; the macro below does the QSKIP/QFAIL.
#define TD_REQUIRE_HARNESS() \
    do { \
        if (!td::test::inHeadlessHarness()) { \
            if (td::test::inCi()) \
                QFAIL("not running inside tests/run-headless.sh, and CI never skips"); \
            QSKIP("needs tests/run-headless.sh (Xvfb, D-Bus, gnome-keyring)"); \
        } \
    } while (false)

bool inCi();

// Path of the notification log written by tests/support/fake_notifyd.py.
QString notifyLogPath();

// A program built by this project, e.g. programPath("tokendesk-cli").
QString programPath(const QString &name);

} // namespace td::test
