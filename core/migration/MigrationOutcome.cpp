// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationOutcome.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace td {

namespace {

// The places now using the new token: each .npmrc rewritten, each CI secret pushed and verified.
int referencesRewritten(const QJsonObject &row)
{
    int count = 0;
    for (const QJsonArray files = row.value(QStringLiteral("files")).toArray();
         const QJsonValue &file : files)
        if (!file.toObject().value(QStringLiteral("after")).toString().isEmpty())
            ++count;
    for (const QJsonArray cis = row.value(QStringLiteral("ci")).toArray();
         const QJsonValue &ci : cis)
        if (ci.toObject().value(QStringLiteral("state")).toString() == QLatin1String("verified"))
            ++count;
    return count;
}

} // namespace

QString migrationRowTokenName(const QJsonObject &row)
{
    const QString name = row.value(QStringLiteral("oldName")).toString();
    return name.isEmpty() ? row.value(QStringLiteral("oldRedacted")).toString() : name;
}

QString migrationRowOutcome(const QJsonObject &row, const QString &stage)
{
    const QString name = migrationRowTokenName(row);
    const bool replaced = !row.value(QStringLiteral("newKey")).toString().isEmpty();
    const int references = referencesRewritten(row);
    const bool revokes = row.value(QStringLiteral("action")).toString() == QLatin1String("revoke");
    if (stage == QLatin1String("done")) {
        if (replaced)
            return QCoreApplication::translate(
                       "td::MigrationOutcome",
                       "%1: replaced, %n reference(s) rewritten, old token revoked", nullptr,
                       references)
                .arg(name);
        return revokes
            ? QCoreApplication::translate("td::MigrationOutcome",
                                          "%1: %n file(s) cleaned, token revoked", nullptr,
                                          references)
                  .arg(name)
            : QCoreApplication::translate("td::MigrationOutcome", "%1: removed from %n file(s)",
                                          nullptr, references)
                  .arg(name);
    }
    if (stage == QLatin1String("revoke-failed") && replaced)
        return QCoreApplication::translate(
                   "td::MigrationOutcome",
                   "%1: replaced, %n reference(s) rewritten, but the old token could not be "
                   "revoked",
                   nullptr, references)
            .arg(name);
    if (stage == QLatin1String("revoke-deferred") && replaced)
        return QCoreApplication::translate(
                   "td::MigrationOutcome",
                   "%1: replaced, %n reference(s) rewritten; the old token is revoked once you "
                   "confirm",
                   nullptr, references)
            .arg(name);
    return {};
}

} // namespace td
