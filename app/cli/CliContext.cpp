// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "JsonError.h"

namespace td::cli {

CliContext::CliContext(QIODevice *in, QIODevice *out_, QIODevice *err_)
    : inDevice(in), m_outWatch(std::make_unique<WriteWatch>(out_)), out(m_outWatch.get()), err(err_)
{ }

void CliContext::fail(const QString &line, const QString &code)
{
    err << "tokendesk-cli: " << line << Qt::endl;
    writeJsonError(code, line, {});
}

void CliContext::fail(const Error &error)
{
    err << "tokendesk-cli: " << error.codeName() << ": " << error.oneLine() << Qt::endl;
    writeJsonError(npmErrorCode(error), error.message, error.hint);
}

void CliContext::writeJsonError(const QString &code, const QString &summary, const QString &detail)
{
    out.flush();
    if (!json || m_outWatch->anythingWritten()) // one JSON document on stdout, never two
        return;
    out << npmJsonError(code, summary, detail);
    out.flush();
}

} // namespace td::cli
