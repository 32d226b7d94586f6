// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waiting on the callback-style async calls of core (start(done)) inside a test.
#include "core/util/Result.h"

#include <QString>
#include <QTest>

#include <optional>
#include <utility>

namespace td::test {

// Runs one async call to completion and returns its result; a Timeout error after `ms`.
template<class T, class Start>
Result<T> await(Start start, int ms = 30000)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}

// The failure message for QVERIFY2. QVERIFY2 evaluates its message even on success, so this
// never calls error() on a good result.
template<class R>
QString why(const R &result)
{
    return result.ok()
        ? QString()
        : result.error().codeName() + QStringLiteral(": ") + result.error().oneLine();
}

} // namespace td::test
