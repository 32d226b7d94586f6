// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace td::cli {

struct CliContext;

// One top-level command ("login", "token", "doctor"…). run() may work asynchronously; it
// emits finished(exitCode) exactly once: 0 on success, 1 after writing one line to stderr.
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void run(const QStringList &arguments, CliContext &context) = 0;

Q_SIGNALS:
    void finished(int exitCode);
};

} // namespace td::cli
