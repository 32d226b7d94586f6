// SPDX-License-Identifier: GPL-3.0-or-later
#include "Model.h"

namespace td::sandbox {

bool Token::isWrite() const
{
    switch (kind) {
    case TokenKind::Session:
        return true;
    case TokenKind::Oidc:
        return true;
    case TokenKind::Classic:
        return classicType != QLatin1String("read-only");
    case TokenKind::Granular:
        return packagesPermission.startsWith(QLatin1String("read-write"))
            || orgsPermission == QLatin1String("read-write");
    }
    return false;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace td::sandbox
