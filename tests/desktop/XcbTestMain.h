// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TD_XCB_TEST_MAIN is defined once, in tests/support/Harness.h; this header adds the Qt Widgets
// and QTest includes its expansion needs.
#include "Harness.h"

#include <QApplication>
#include <QTest>
