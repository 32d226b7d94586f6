// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Harness.h"

#include <QApplication>
#include <QTest>

#include <cstdio>

// main() for tests that need a real X server. Without DISPLAY the xcb plugin would abort, so we
// stop first: exit 77 (ctest SKIP_RETURN_CODE) on a developer machine, a failure in CI.
#define TD_XCB_TEST_MAIN(TestClass) \
    int main(int argc, char *argv[]) \
    { \
        if (qEnvironmentVariableIsEmpty("DISPLAY")) { \
            std::fprintf(stderr, "needs an X server: run through tests/run-headless.sh\n"); \
            return td::test::inCi() ? 1 : 77; \
        } \
        qputenv("QT_QPA_PLATFORM", "xcb"); \
        QApplication app(argc, argv); \
        TestClass tc; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&tc, argc, argv); \
    }
