// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

namespace td::cli {

CliContext::CliContext(QIODevice *in, QIODevice *out_, QIODevice *err_)
    : inDevice(in), out(out_), err(err_)
{ }

void CliContext::fail(const QString &line)
{
    err << "tokendesk-cli: " << line << Qt::endl;
}

void CliContext::fail(const Error &error)
{
    fail(error.codeName() + QStringLiteral(": ") + error.oneLine());
}

} // namespace td::cli
