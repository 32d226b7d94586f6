// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QTextStream>
#include <QUrl>

class QIODevice;

namespace td::cli {

// What every command gets: the global options and the three standard streams.
struct CliContext
{
    CliContext(QIODevice *in, QIODevice *out, QIODevice *err);

    QUrl registry = QUrl(QStringLiteral("https://registry.npmjs.org/"));
    bool registryGiven = false;
    QString userConfig; // --userconfig FILE: npm's user configuration file instead of ~/.npmrc
    bool json = false;
    int timeoutSeconds = 0; // --timeout: each request's deadline; 0 = the default (60 s)

    QIODevice *inDevice;
    QTextStream out;
    QTextStream err;

    // One clear line on stderr, prefixed with the program name, as design §7 asks.
    void fail(const QString &line);
    void fail(const Error &error);
};

} // namespace td::cli
