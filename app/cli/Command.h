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

    // True when, once finished() has been emitted, nothing the command made needs tearing down:
    // it started no process, made no temporary file, and every keychain or registry call it made
    // has been answered. The program may then end without destroying its objects (EndAtOnce.h).
    // Only commands that can promise it say so; the default is the ordinary end.
    virtual bool leavesNothingToTearDown() const { return false; }

Q_SIGNALS:
    void finished(int exitCode);
};

} // namespace td::cli
