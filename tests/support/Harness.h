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

// A deadline inside a test, stretched as ctest's own (TD_TEST_TIMEOUT_FACTOR, 3 in the sanitizer
// build, where the same work takes several times longer): a wait that would never end still
// fails, one that is only slow does not.
int scaledDeadlineMs(int ms);

// For main() of tests that need a real X server. Without DISPLAY the xcb plugin would abort, so
// this says why and returns the exit code to stop with: 77 (ctest SKIP_RETURN_CODE) on a
// developer machine, 1 (a failure) in CI. With DISPLAY it forces QT_QPA_PLATFORM=xcb and
// returns -1: go on.
int requireXServerExitCode();

// main() for tests that need a real X server (the expanding file includes <QApplication> and
// <QTest>; Harness.h stays free of Qt Widgets).
#define TD_XCB_TEST_MAIN(TestClass) \
    int main(int argc, char *argv[]) \
    { \
        if (const int rc = td::test::requireXServerExitCode(); rc >= 0) \
            return rc; \
        QApplication app(argc, argv); \
        TestClass tc; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&tc, argc, argv); \
    }

// Path of the notification log written by tests/support/fake_notifyd.py.
QString notifyLogPath();

// A program built by this project, e.g. programPath("tokendesk-cli").
QString programPath(const QString &name);

} // namespace td::test
