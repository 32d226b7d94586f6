// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace td::jsontext {

// How JavaScript's JSON.stringify writes one string and one number (JsonStringify writes whole
// values with them).

// JSON.stringify of a string: `"`, `\`, \b \f \n \r \t and the other control characters escaped
// (\u00xx), a lone surrogate as \udxxx, everything else as UTF-8.
QByteArray quoteString(QStringView text);

// JSON.stringify(JSON.parse(number)): the shortest digits that read back to the same double, in
// JavaScript's Number::toString form ("1e+21", "1.5e-7", "100"); "null" beyond the double range.
QByteArray formatNumber(QByteArrayView number);

} // namespace td::jsontext
