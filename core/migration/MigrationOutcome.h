// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace td {

// One line of a finished rotation or migration, naming the token and saying what happened to it:
// "ci-publish: replaced, 2 references rewritten, old token revoked". `row` is a journal row
// (MigrationJournal::row), `stage` its stage. Empty for a stage with nothing final to say
// (pending, running, failed…): the caller then shows the stage as it is.
QString migrationRowOutcome(const QJsonObject &row, const QString &stage);

// The token a journal row is about, as the user knows it: its name, else its redacted form.
QString migrationRowTokenName(const QJsonObject &row);

} // namespace td
