// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage items as the registry sends them (staged-publishing-and-2027.md §2), for the fake server.
#include <QByteArray>
#include <QString>

namespace td::test {

inline QString stageUuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline QByteArray stageItem(int n, const QByteArray &package = "@acme/ui",
                            const QByteArray &version = {}, const QByteArray &status = "staged")
{
    const QByteArray v = version.isEmpty() ? "2.4." + QByteArray::number(n) : version;
    const QByteArray minute = QByteArray::number(n % 60).rightJustified(2, '0');
    return "{\"id\":\"" + stageUuid(n).toLatin1() + "\",\"packageName\":\"" + package
        + "\",\"version\":\"" + v + "\",\"tag\":\"latest\",\"createdAt\":\"2026-12-01T10:" + minute
        + ":00.000Z\",\"actor\":\"GitHub Actions\",\"actorType\":\"trusted automation\","
          "\"access\":\"public\",\"shasum\":\"0123456789abcdef0123456789abcdef01234567\","
          "\"status\":\""
        + status + "\"}";
}

} // namespace td::test
