// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommandList.h"

#include "LoginSupport.h"
#include "TokenListFormats.h"
#include "cli/CliContext.h"
#include "core/tokenlist/TokenFetch.h"

#include <algorithm>

namespace td::cli {

namespace {
QString span(qint64 seconds)
{
    const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600,
                 minutes = seconds % 3600 / 60;
    if (days > 0)
        return QStringLiteral("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QStringLiteral("%1 h %2 min").arg(hours).arg(minutes);
    return QStringLiteral("%1 min").arg(std::max<qint64>(minutes, 1));
}

} // namespace

QString TokenListCommand::summary()
{
    return tr("list every token of the signed-in account");
}

QHash<QString, QString> TokenListCommand::shortIds(const QList<Token> &tokens)
{
    QStringList keys;
    for (const Token &t : tokens)
        keys.append(t.key);
    std::sort(keys.begin(), keys.end());
    const auto common = [](const QString &a, const QString &b) {
        qsizetype n = 0;
        while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
            ++n;
        return n;
    };
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        qsizetype needed = 0;
        if (i > 0)
            needed = std::max(needed, common(keys[i], keys[i - 1]) + 1);
        if (i + 1 < keys.size())
            needed = std::max(needed, common(keys[i], keys[i + 1]) + 1);
        ids.insert(keys[i], keys[i].left(std::max<qsizetype>(needed, 6)));
    }
    return ids;
}

QString TokenListCommand::expiresIn(const Token &token, const QDateTime &now,
                                    bool registryReportsExpiry)
{
    if (!token.hasExpiry())
        return registryReportsExpiry ? tr("never") : tr("not reported");
    const qint64 left = now.secsTo(token.expires);
    return left > 0 ? tr("in %1").arg(span(left)) : tr("expired %1 ago").arg(span(-left));
}

void TokenListCommand::run(const QStringList &arguments, CliContext &context)
{
    for (const QString &arg : arguments) {
        m_parseable = arg == QLatin1String("--parseable") || arg == QLatin1String("-p");
        if (!m_parseable) {
            context.fail(tr("token list: unknown argument '%1'").arg(arg));
            return Q_EMIT finished(1);
        }
    }
    auto *services = new LoginServices(context, this);
    services->withSignedInClient([this, services, &context](Result<void> authorized,
                                                            const Account &account,
                                                            RegistryClient *client) {
        if (!authorized) {
            services->reportFailure(account, authorized.error());
            return Q_EMIT finished(1);
        }
        // The app's fetch (TokenListService's TokenSync uses it too).
        fetchTokenList(
            *client, services->sessions(), account.id, this,
            [this, services, &context, account](Result<TokenPage> page) {
                if (!page) {
                    services->reportFailure(account, page.error());
                    return Q_EMIT finished(1);
                }
                const QList<Token> &tokens = page.value().tokens;
                const QHash<QString, QString> ids = shortIds(tokens);
                if (context.json || m_parseable) { // --json wins, as in npm
                    // Already UTF-8: written as is, not decoded and encoded again by the stream
                    // (a megabyte for 1,000 tokens).
                    context.out.flush();
                    if (context.json)
                        tokenlist::writeNpmJson(*context.out.device(), page.value(), ids);
                    else
                        context.out.device()->write(tokenlist::npmParseable(page.value(), ids));
                    return Q_EMIT finished(0);
                }
                const bool reportsExpiry = page.value().anyTokenReportsExpiry;
                const QDateTime now = services->clock().now();
                const QStringList header{tr("ID"),      tr("NAME"),      tr("KIND"),
                                         tr("EXPIRES"), tr("LAST USED"), tr("CREATED")};
                QList<QStringList> rows{header};
                for (const Token &t : tokens)
                    rows.append(
                        {ids.value(t.key), t.name.isEmpty() ? QStringLiteral("-") : t.name,
                         tokenKindLabel(t.kind) + (t.isRevoked() ? tr(" (revoked)") : QString()),
                         expiresIn(t, now, reportsExpiry),
                         t.lastUsed.isValid()
                             ? t.lastUsed.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                             : tr("never"),
                         t.created.isValid()
                             ? t.created.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                             : QStringLiteral("-")});
                QList<qsizetype> widths(header.size(), 0);
                for (const QStringList &row : rows)
                    for (qsizetype c = 0; c < row.size(); ++c)
                        widths[c] = std::max(widths[c], row[c].size());
                for (const QStringList &row : rows) {
                    QString line;
                    for (qsizetype c = 0; c < row.size(); ++c)
                        line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
                    context.out << line << '\n';
                }
                if (tokens.isEmpty())
                    context.out << tr("No tokens. (Sessions from login are never listed.)") << '\n';
                if (!tokens.isEmpty() && !reportsExpiry)
                    context.out << tr("This registry does not report token expiry.") << '\n';
                context.out.flush();
                Q_EMIT finished(0);
            });
    });
}

} // namespace td::cli
