// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli trust list / github|gitlab|circleci / revoke: the registry calls and what they
// print (a table, or --json), with one clear line on stderr when something is wrong.
#include "LoginSupport.h"
#include "TrustCommand.h"
#include "cli/CliContext.h"

#include "core/provenance/TrustConfigMemory.h"
#include "core/trust/RegistryTrustBridge.h"

#include <QJsonDocument>

namespace td::cli {

void TrustCommand::list(const Selection &selection)
{
    withService([this, selection](RegistryClient *client, TrustService *) {
        readTrust(client, selection.packages, {},
                  [this](const QList<TrustListing> &listings) { printListing(listings); });
    });
}

// One package after the other: a failure other than "no such package" ends the command, so an
// expired session or a rate limit is reported instead of being shown as "no configuration".
void TrustCommand::readTrust(RegistryClient *client, QStringList remaining,
                             QList<TrustListing> listings, ListingsDone done)
{
    if (remaining.isEmpty())
        return done(listings);
    const QString name = remaining.takeFirst();
    client->listTrust(name, this,
                      [this, client, name, remaining, listings,
                       done](Result<QList<TrustConfig>> configs) mutable {
                          if (!configs && configs.error().code != ErrorCode::E404)
                              return failWith(configs.error());
                          TrustListing listing{name, configs.ok(), {}};
                          if (configs) {
                              listing.configs = fromRegistryConfigs(configs.value());
                              rememberForVerify(name, listing.configs);
                          }
                          listings << listing;
                          readTrust(client, remaining, listings, done);
                      });
}

// What was read with 2FA is what `verify` (and the publish watch) later judge a release's
// publisher against, since the configs cannot be read again without a second factor. A failure
// to write that memory loses nothing the user asked for, so it does not fail `trust list`.
void TrustCommand::rememberForVerify(const QString &package, const QList<TrustedPublisher> &configs)
{
    const Result<void> stored = provenance::TrustConfigMemory().remember(
        m_context->registry, package, configs, QDateTime::currentDateTimeUtc());
    if (!stored)
        m_context->err << tr("warning: %1").arg(stored.error().oneLine()) << Qt::endl;
}

void TrustCommand::printListing(const QList<TrustListing> &listings)
{
    if (m_context->json)
        m_context->out << QJsonDocument(trustListJson(listings)).toJson(QJsonDocument::Compact)
                       << '\n';
    else
        printTrustTable(m_context->out, trustListRows(listings));
    QStringList missing;
    for (const TrustListing &l : listings)
        if (!l.exists)
            missing << l.packageName;
    if (missing.isEmpty())
        return done(0);
    const int count = int(missing.size());
    m_context->fail(tr("%n package(s) not on the registry: %1", nullptr, count)
                        .arg(missing.join(QStringLiteral(", "))));
    done(1);
}

void TrustCommand::create(const QList<TrustTarget> &targets)
{
    withService([this, targets](RegistryClient *, TrustService *service) {
        if (!m_context->json)
            connect(service, &TrustService::stageChanged, this,
                    [this](int, const QString &name, TrustStage stage, const QString &detail) {
                        if (stage == TrustStage::Verified || stage == TrustStage::Mismatch
                            || stage == TrustStage::Failed
                            || stage == TrustStage::WaitingOnRateLimit)
                            m_context->out
                                << name << ": " << trustStageText(stage)
                                << (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail)
                                << Qt::endl;
                    });
        connect(service, &TrustService::finished, this,
                [this, targets](const QList<TrustOutcome> &all) { reportCreated(targets, all); });
        service->apply(targets);
    });
}

void TrustCommand::reportCreated(const QList<TrustTarget> &targets,
                                 const QList<TrustOutcome> &outcomes)
{
    if (m_context->json)
        m_context->out
            << QJsonDocument(trustOutcomesJson(targets, outcomes)).toJson(QJsonDocument::Compact)
            << '\n';
    QList<TrustOutcome> bad;
    for (const TrustOutcome &o : outcomes) {
        if (o.error && o.error->code == ErrorCode::ENEEDAUTH)
            return failWith(*o.error); // the session ended: nothing else can work
        if (o.stage != TrustStage::Verified)
            bad << o;
    }
    if (bad.isEmpty())
        return done(0);
    if (bad.size() > 1) {
        QStringList names;
        for (const TrustOutcome &o : bad)
            names << o.packageName;
        const int count = int(bad.size());
        m_context->fail(tr("%n package(s) not configured: %1", nullptr, count)
                            .arg(names.join(QStringLiteral(", "))));
        return done(1);
    }
    const TrustOutcome &o = bad.first();
    if (o.stage == TrustStage::Mismatch) {
        // A 409 for a config that is not there: the package has no free slot (npm allows 10,
        // a registry may allow fewer). A --replace cannot help: the new config comes first.
        const QString id = o.verification.closestConfigId;
        m_context->fail(
            id.isEmpty()
                ? tr("%1 already has a different trusted publisher and no room for another. See "
                     "'tokendesk-cli trust list %1', remove one with 'trust revoke', then run "
                     "this again.")
                      .arg(o.packageName)
                : tr("%1 already has a different trusted publisher (%2) and no room for "
                     "another. Remove one (for example 'tokendesk-cli trust revoke %1 --id %3'), "
                     "then run this again.")
                      .arg(o.packageName, o.verification.summary(), id));
    } else if (o.error) {
        m_context->fail(o.packageName + QStringLiteral(": ") + o.error->codeName()
                        + QStringLiteral(": ") + o.error->oneLine());
    } else {
        m_context->fail(o.packageName + QStringLiteral(": ") + trustStageText(o.stage));
    }
    done(1);
}

void TrustCommand::revoke(const Selection &selection)
{
    const QString id = m_parser.value(QStringLiteral("id"));
    if (id.isEmpty() || selection.packages.size() != 1) {
        m_context->fail(tr("revoke needs one package and --id <id> (see trust list)"));
        return done(1);
    }
    const QString name = selection.packages.first();
    if (m_parser.isSet(QStringLiteral("dry-run"))) {
        m_context->out << tr("would remove trusted publisher %1 of %2").arg(id, name) << '\n';
        return done(0);
    }
    withService([this, id, name](RegistryClient *client, TrustService *) {
        client->deleteTrust(name, id, this, [this, name, id](Result<void> r) {
            if (!r && r.error().code == ErrorCode::E404) {
                m_context->fail(tr("%1 has no trusted publisher with id %2 (or the package is "
                                   "not on the registry); see 'tokendesk-cli trust list %1'.")
                                    .arg(name, id));
                return done(1);
            }
            if (!r)
                return failWith(r.error());
            if (m_context->json)
                m_context->out << QJsonDocument(QJsonObject{{QStringLiteral("package"), name},
                                                            {QStringLiteral("id"), id},
                                                            {QStringLiteral("removed"), true}})
                                      .toJson(QJsonDocument::Compact)
                               << '\n';
            else
                m_context->out << tr("%1: trusted publisher %2 removed").arg(name, id) << '\n';
            done(0);
        });
    });
}

} // namespace td::cli
