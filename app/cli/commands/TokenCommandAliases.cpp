// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommandAliases.h"

#include <QHash>

namespace td::cli {

QString canonicalTokenSubcommand(const QString &name)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("ls"), QStringLiteral("list")},
        {QStringLiteral("rm"), QStringLiteral("revoke")},
        {QStringLiteral("delete"), QStringLiteral("revoke")},
        {QStringLiteral("remove"), QStringLiteral("revoke")},
    };
    return aliases.value(name, name);
}

} // namespace td::cli
