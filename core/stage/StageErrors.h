// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace td {

enum class StageAction { List, View, Download, Approve, Reject, Diff };

// npm's own rule for stage ids: a UUID, else "stage-id must be a valid UUID".
Result<void> checkStageId(const QString &id);

// The registry's error for a stage call, said for staging: 404 (unknown or not yours), 409
// (still validating / already published or staged), 403 without 2FA; others as they are.
Error stageError(const Error &error, StageAction action, const QString &stageId);

} // namespace td
