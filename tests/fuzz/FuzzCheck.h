// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An invariant a fuzz target checks beyond "no crash": a violation aborts, so libFuzzer saves
// the input as a crash-* file like any sanitizer finding.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define TD_FUZZ_CHECK(condition, what) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "fuzz invariant violated: %s (%s:%d): %s\n", #condition, \
                         __FILE__, __LINE__, QString(what).toUtf8().constData()); \
            std::abort(); \
        } \
    } while (false)
