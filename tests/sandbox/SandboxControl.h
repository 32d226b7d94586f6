// SPDX-License-Identifier: GPL-3.0-or-later
// The tokendesk-sandbox's control API (/-/sandbox/…, see app/sandbox/README.md) for tests that
// set up a story: publish, stage, move the clock. They return what the sandbox answered; the
// test keeps its QVERIFY/QCOMPARE at the call site.
#pragma once

#include "HttpHelper.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace td::test {

// POSTs `body` as JSON to the sandbox's control path (e.g. "/-/sandbox/publish").
HttpReply sandboxControl(const QUrl &sandbox, const QString &path, const QJsonObject &body);

// Publishes through the control API, then advances the sandbox clock by `advanceSeconds` so each
// version has its own publish time. Empty when both answered as expected (201, 200), else what
// failed (the step, its status and body).
QString sandboxPublishAndTick(const QUrl &sandbox, const QJsonObject &body,
                              int advanceSeconds = 60);

} // namespace td::test
