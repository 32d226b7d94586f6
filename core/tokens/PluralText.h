// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace td {

// The app ships no English .ts file, so Qt's "%n day(s)" numerus strings would show "(s)" to
// English users. Messages with a count therefore come as a singular and a plural source text,
// each translatable (mark both with QT_TRANSLATE_NOOP at the call site so lupdate sees them);
// %n is still replaced by n.
inline QString translatePlural(const char *context, const char *one, const char *many, int n)
{
    return QCoreApplication::translate(context, n == 1 ? one : many, nullptr, n);
}

} // namespace td
