// SPDX-License-Identifier: GPL-3.0-or-later
// ci status: the signed-in CI services, and every CI secret the project's workflows read, with
// when it was last updated and which token it holds when TokenDesk can tell. ci logout.
#include "CiCommand.h"
#include "CiSupport.h"
#include "MigrateSupport.h"
#include "cli/ArgReader.h"
#include "cli/CliContext.h"
#include "core/cisecrets/CiAttribution.h"
#include "core/npmconfig/CredentialScanner.h"
#include "core/npmconfig/ProjectFileWalker.h"
#include "core/npmconfig/TokenIdentity.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace td::cli {

namespace {

// Which token a store holds, as far as TokenDesk can tell: its redacted form, or empty.
QString heldToken(const CiResolvedTarget &resolved, const CiSecretLedger &ledger)
{
    if (resolved.state.value && !resolved.state.value->isEmpty())
        return TokenIdentity::of(resolved.state.value->view()).redacted;
    if (const auto entry = ledger.entry(resolved.target.id());
        entry && ciLedgerEntryCurrent(*entry, resolved.state))
        return entry->tokenRedacted;
    if (!resolved.state.lastFour.isEmpty())
        return QStringLiteral("...") + resolved.state.lastFour;
    return {};
}

} // namespace

void CiStatusCommand::run(const QStringList &arguments, CliContext &context)
{
    auto parsed = SurveyOptions::parse(arguments, QStringLiteral("ci status"));
    const QStringList stray = parsed
        ? parsed.value().args.positionals() + parsed.value().args.afterDashes()
        : QStringList();
    if (!parsed || !stray.isEmpty()) {
        context.fail(parsed ? tr("unknown option '%1' for ci status").arg(stray.first())
                            : parsed.error().message);
        return Q_EMIT finished(1);
    }
    QStringList folders = parsed.value().projectFolders;
    if (folders.isEmpty())
        folders.append(QDir::currentPath());
    auto *services = new CiServices(context, this);
    const CredentialScanner scanner(QProcessEnvironment::systemEnvironment());
    QList<CredentialFinding> findings;
    for (const QString &file : ProjectFileWalker().walk(folders).workflowFiles)
        findings += scanner.scanWorkflow(file, nullptr);

    services->discover(findings, [this, services, &context](CiResolution resolution) {
        (void)services->ledger().load();
        const QList<CiAccount> accounts = services->accounts().accounts();
        if (context.json) {
            QJsonArray accountArray;
            for (const CiAccount &account : accounts) {
                QJsonObject o = ciAccountToJson(account);
                o.insert(QStringLiteral("addedAt"),
                         services->accounts().addedAt(account).toString(Qt::ISODate));
                accountArray.append(o);
            }
            QJsonArray secrets;
            for (const CiResolvedTarget &resolved : std::as_const(resolution.targets)) {
                QJsonObject o = resolved.target.toJson();
                o.insert(QStringLiteral("label"), resolved.target.label());
                o.insert(QStringLiteral("exists"), resolved.state.exists);
                o.insert(QStringLiteral("updatedAt"),
                         resolved.state.updatedAt.isValid()
                             ? QJsonValue(resolved.state.updatedAt.toString(Qt::ISODate))
                             : QJsonValue());
                const QString held = heldToken(resolved, services->ledger());
                o.insert(QStringLiteral("holds"), held.isEmpty() ? QJsonValue() : QJsonValue(held));
                o.insert(QStringLiteral("workflow"), resolved.finding.file);
                secrets.append(o);
            }
            const QJsonObject root{
                {QStringLiteral("accounts"), accountArray},
                {QStringLiteral("secrets"), secrets},
                {QStringLiteral("problems"), QJsonArray::fromStringList(resolution.problems)}};
            context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            context.out.flush();
            return Q_EMIT finished(0);
        }
        if (accounts.isEmpty())
            context.out << tr("No CI service signed in: tokendesk-cli ci login github|gitlab|"
                              "circleci")
                        << '\n';
        QList<QStringList> table{{tr("SERVICE"), tr("HOST"), tr("SIGNED IN AS"), tr("API")}};
        for (const CiAccount &account : accounts)
            table.append({ciProviderLabel(account.provider), account.host, account.login,
                          account.apiBase.toString()});
        if (!accounts.isEmpty())
            MigrateServices::printTable(context.out, table);
        if (!resolution.targets.isEmpty()) {
            context.out << '\n';
            QList<QStringList> rows{{tr("CI SECRET"), tr("UPDATED"), tr("HOLDS")}};
            for (const CiResolvedTarget &resolved : std::as_const(resolution.targets)) {
                const QString held = heldToken(resolved, services->ledger());
                rows.append({resolved.target.label(),
                             resolved.state.updatedAt.isValid()
                                 ? resolved.state.updatedAt.toString(Qt::ISODate)
                                 : tr("(not told)"),
                             held.isEmpty() ? tr("(unknown)") : held});
            }
            MigrateServices::printTable(context.out, rows);
        }
        for (const QString &problem : std::as_const(resolution.problems))
            context.out << tr("note: %1").arg(problem) << '\n';
        context.out.flush();
        Q_EMIT finished(0);
    });
}

void CiLogoutCommand::run(const QStringList &arguments, CliContext &context)
{
    const auto provider = ciProviderFromId(arguments.value(0));
    ArgReader reader(QStringLiteral("ci logout"), {{QStringLiteral("--host"), ArgReader::Value}});
    if (!reader.read(arguments.mid(1))) {
        context.fail(reader.error());
        return Q_EMIT finished(1);
    }
    if (const QStringList stray = reader.positionals() + reader.afterDashes(); !stray.isEmpty()) {
        context.fail(tr("unknown option '%1' for ci logout").arg(stray.first()));
        return Q_EMIT finished(1);
    }
    QString host = reader.value(QStringLiteral("--host")).toLower();
    if (!provider) {
        context.fail(tr("ci logout needs the service: github, gitlab or circleci"));
        return Q_EMIT finished(1);
    }
    if (host.isEmpty())
        host = ciDefaultHost(*provider);
    auto *services = new CiServices(context, this);
    const auto account = services->accounts().accountFor(*provider, host);
    if (!account) {
        context.fail(tr("not signed in to %1 for %2").arg(ciProviderLabel(*provider), host));
        return Q_EMIT finished(1);
    }
    services->accounts().remove(*account, [this, account, &context](Result<void> removed) {
        if (!removed) {
            context.fail(removed.error());
            return Q_EMIT finished(1);
        }
        context.out << tr("Signed out of %1 (%2); its credential is gone from the keychain.")
                           .arg(ciProviderLabel(account->provider), account->host)
                    << Qt::endl;
        Q_EMIT finished(0);
    });
}

} // namespace td::cli
