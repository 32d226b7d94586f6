// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/ScopeSummary.h"

#include "core/tokens/Token.h"

#include <QCoreApplication>
#include <QStringList>

#include <limits>

namespace td {

namespace {
constexpr int kNamesShown = 2; // more than this and the cell says "5 scopes"
} // namespace

QString scopeSummary(const Token &token)
{
    if (token.allPackages || token.isClassic())
        return QCoreApplication::translate("td::ScopeSummary", "all packages");
    QStringList parts;
    if (token.packages.size() == 1)
        parts << token.packages.first();
    else if (token.packages.size() > 1)
        parts << QCoreApplication::translate("td::ScopeSummary", "%n package(s)", nullptr,
                                             int(token.packages.size()));
    if (token.scopes.size() <= kNamesShown)
        parts << token.scopes;
    else
        parts << QCoreApplication::translate("td::ScopeSummary", "%n scope(s)", nullptr,
                                             int(token.scopes.size()));
    if (token.orgs.size() <= kNamesShown) {
        for (const QString &org : token.orgs)
            parts << QCoreApplication::translate("td::ScopeSummary", "%1 (org)").arg(org);
    } else {
        parts << QCoreApplication::translate("td::ScopeSummary", "%n org(s)", nullptr,
                                             int(token.orgs.size()));
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("td::ScopeSummary", "no packages");
    return parts.join(QLatin1String(", "));
}

int scopeWeight(const Token &token)
{
    if (token.allPackages || token.isClassic())
        return std::numeric_limits<int>::max();
    return int(token.packages.size() + token.scopes.size() + token.orgs.size());
}

} // namespace td
