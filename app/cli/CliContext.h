// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WriteWatch.h"
#include "util/Error.h"

#include <QTextStream>
#include <QUrl>

#include <memory>

class QIODevice;

namespace td::cli {

// What every command gets: the global options and the three standard streams.
struct CliContext
{
    CliContext(QIODevice *in, QIODevice *out, QIODevice *err);

    QUrl registry = QUrl(QStringLiteral("https://registry.npmjs.org/"));
    bool registryGiven = false;
    bool json = false;
    int timeoutSeconds = 0; // --timeout: each request's deadline; 0 = the default (60 s)

    QIODevice *inDevice;

private:
    std::unique_ptr<WriteWatch> m_outWatch; // before `out`, which writes through it

public:
    QTextStream out;
    QTextStream err;

    // One clear line on stderr, prefixed with the program name, as design §7 asks. Under --json
    // also npm's error object on stdout, where npm prints it, so scripts can parse the failure:
    // {"error": {"code", "summary", "detail"}} (JsonError.h); `code` is npm's where there is one
    // (EUSAGE, E404…) and left out otherwise, as npm leaves it out for an error without one.
    // Not after the command printed its result (`trust check --json` ends with exit status 1):
    // stdout stays one JSON document, as npm keeps an array result without the error.
    void fail(const QString &line, const QString &code = {});
    void fail(const Error &error);

private:
    void writeJsonError(const QString &code, const QString &summary, const QString &detail);
};

} // namespace td::cli
