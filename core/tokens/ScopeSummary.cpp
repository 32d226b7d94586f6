// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokens/ScopeSummary.h"

#include "tokens/PluralText.h"
#include "tokens/Token.h"

#include <QStringList>

#include <limits>

namespace td {

namespace {
constexpr const char *kContext = "td::ScopeSummary";
constexpr int kNamesShown = 2; // more than this and the cell says "5 scopes"
} // namespace

QString scopeSummary(const Token &token)
{
    if (token.allPackages || token.isClassic())
        return QCoreApplication::translate(kContext, "all packages");
    QStringList parts;
    if (token.packages.size() == 1)
        parts << token.packages.first();
    else if (token.packages.size() > 1)
        parts << translatePlural(kContext, QT_TRANSLATE_NOOP("td::ScopeSummary", "%n package"),
                                 QT_TRANSLATE_NOOP("td::ScopeSummary", "%n packages"),
                                 int(token.packages.size()));
    if (token.scopes.size() <= kNamesShown)
        parts << token.scopes;
    else
        parts << translatePlural(kContext, QT_TRANSLATE_NOOP("td::ScopeSummary", "%n scope"),
                                 QT_TRANSLATE_NOOP("td::ScopeSummary", "%n scopes"),
                                 int(token.scopes.size()));
    if (token.orgs.size() <= kNamesShown) {
        for (const QString &org : token.orgs)
            parts << QCoreApplication::translate(kContext, "%1 (org)").arg(org);
    } else {
        parts << translatePlural(kContext, QT_TRANSLATE_NOOP("td::ScopeSummary", "%n org"),
                                 QT_TRANSLATE_NOOP("td::ScopeSummary", "%n orgs"),
                                 int(token.orgs.size()));
    }
    if (parts.isEmpty())
        return QCoreApplication::translate(kContext, "no packages");
    return parts.join(QLatin1String(", "));
}

int scopeWeight(const Token &token)
{
    if (token.allPackages || token.isClassic())
        return std::numeric_limits<int>::max();
    return int(token.packages.size() + token.scopes.size() + token.orgs.size());
}

} // namespace td
