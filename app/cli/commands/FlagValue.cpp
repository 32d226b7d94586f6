// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagValue.h"

namespace td::cli {

std::optional<QString> flagValue(const QStringList &arguments, int &i, const QString &name)
{
    const QString &arg = arguments.at(i);
    if (arg.startsWith(name + QLatin1Char('=')))
        return arg.mid(name.size() + 1);
    if (arg == name && i + 1 < arguments.size())
        return arguments.at(++i);
    return std::nullopt;
}

} // namespace td::cli
