// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <map>

namespace td::cli {

class ArgReader;
class Command;

// Reads the global flags (before or after the command, see ArgReader), picks the command and
// reports its exit status.
class Cli : public QObject
{
    Q_OBJECT
public:
    using Factory = std::function<Command *(QObject *parent)>;
    struct Entry
    {
        QString summary;
        Factory create;
        // Reads a stored secret (a session or a token) soon after it starts: the keychain's
        // encrypted session is opened while the command gets ready.
        bool readsSecret = false;
    };

    Cli(QStringList arguments, QIODevice *in, QIODevice *out, QIODevice *err,
        QObject *parent = nullptr);

    // Every command, by name; the table is in Cli.cpp (explicit, so the linker keeps them all).
    static const std::map<QString, Entry> &commandTable();

    void start();
    // The command that ran promised that nothing it made needs tearing down (Command).
    bool commandLeftNothingToTearDown() const;

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool applyGlobals(const ArgReader &reader);
    void printHelp();
    void finish(int exitCode);

    QStringList m_arguments;
    CliContext m_context;
    Command *m_command = nullptr;
};

} // namespace td::cli
