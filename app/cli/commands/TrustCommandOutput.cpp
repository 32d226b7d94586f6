// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustCommandOutput.h"

#include <QCoreApplication>

#include <algorithm>

namespace td::cli {

namespace {

QString actionsText(TrustActions actions)
{
    QStringList words;
    if (actions.testFlag(TrustAction::Publish))
        words << QStringLiteral("publish");
    if (actions.testFlag(TrustAction::StagePublish))
        words << QStringLiteral("stage-publish");
    return words.join(QLatin1Char('+'));
}

// Where the publish comes from and which file (or pipeline) may do it, per provider.
QString sourceOf(const TrustedPublisher &c)
{
    switch (c.type) {
    case TrustProvider::GitHub:
        return c.repository;
    case TrustProvider::GitLab:
        return c.projectPath;
    case TrustProvider::CircleCi:
        break;
    }
    return c.vcsOrigin;
}

QString fileOf(const TrustedPublisher &c)
{
    switch (c.type) {
    case TrustProvider::GitHub:
        return c.workflowFile;
    case TrustProvider::GitLab:
        return c.ciConfigFile;
    case TrustProvider::CircleCi:
        break;
    }
    return c.pipelineDefinitionId;
}

QString stageId(TrustStage stage)
{
    switch (stage) {
    case TrustStage::Verified:
        return QStringLiteral("verified");
    case TrustStage::Mismatch:
        return QStringLiteral("mismatch");
    case TrustStage::Failed:
        return QStringLiteral("failed");
    case TrustStage::Cancelled:
        return QStringLiteral("cancelled");
    default:
        break;
    }
    return QStringLiteral("unfinished");
}

} // namespace

QString describeTrust(const TrustedPublisher &c)
{
    QStringList parts{trustProviderName(c.type), sourceOf(c), fileOf(c)};
    if (!c.environment.isEmpty())
        parts << QStringLiteral("env=") + c.environment;
    parts << actionsText(c.actions);
    if (!c.id.isEmpty())
        parts << QStringLiteral("id=") + c.id;
    return parts.join(QLatin1Char(' '));
}

QJsonObject trustJson(const TrustedPublisher &config)
{
    QJsonObject json = config.toJson();
    if (!config.id.isEmpty())
        json.insert(QStringLiteral("id"), config.id);
    return json;
}

QList<QStringList> trustListRows(const QList<TrustListing> &listings)
{
    QList<QStringList> rows{{
        QCoreApplication::translate("td::cli::TrustCommand", "PACKAGE"),
        QCoreApplication::translate("td::cli::TrustCommand", "PROVIDER"),
        QCoreApplication::translate("td::cli::TrustCommand", "REPOSITORY"),
        QCoreApplication::translate("td::cli::TrustCommand", "FILE"),
        QCoreApplication::translate("td::cli::TrustCommand", "ENVIRONMENT"),
        QCoreApplication::translate("td::cli::TrustCommand", "ALLOWS"),
        QCoreApplication::translate("td::cli::TrustCommand", "ID"),
    }};
    for (const TrustListing &l : listings) {
        if (!l.exists)
            rows << QStringList{
                l.packageName,
                QCoreApplication::translate("td::cli::TrustCommand", "not on the registry")};
        else if (l.configs.isEmpty())
            rows << QStringList{
                l.packageName,
                QCoreApplication::translate("td::cli::TrustCommand", "no trusted publisher")};
        for (const TrustedPublisher &c : l.configs)
            rows << QStringList{l.packageName,
                                trustProviderName(c.type),
                                sourceOf(c),
                                fileOf(c),
                                c.environment.isEmpty() ? QStringLiteral("-") : c.environment,
                                actionsText(c.actions),
                                c.id};
    }
    return rows;
}

QJsonArray trustListJson(const QList<TrustListing> &listings)
{
    QJsonArray out;
    for (const TrustListing &l : listings) {
        QJsonArray configs;
        for (const TrustedPublisher &c : l.configs)
            configs.append(trustJson(c));
        out.append(QJsonObject{{QStringLiteral("package"), l.packageName},
                               {QStringLiteral("exists"), l.exists},
                               {QStringLiteral("configs"), configs}});
    }
    return out;
}

QJsonArray trustOutcomesJson(const QList<TrustTarget> &targets, const QList<TrustOutcome> &outcomes)
{
    QJsonArray out;
    for (qsizetype i = 0; i < outcomes.size() && i < targets.size(); ++i) {
        const TrustOutcome &o = outcomes[i];
        TrustedPublisher config = targets[i].config;
        config.id = o.createdId;
        QJsonArray mismatches;
        for (const FieldMismatch &m : o.verification.mismatches)
            mismatches.append(QJsonObject{{QStringLiteral("field"), m.field},
                                          {QStringLiteral("expected"), m.expected},
                                          {QStringLiteral("actual"), m.actual},
                                          {QStringLiteral("message"), m.message}});
        QJsonObject row{{QStringLiteral("package"), o.packageName},
                        {QStringLiteral("status"), stageId(o.stage)},
                        {QStringLiteral("config"), trustJson(config)},
                        {QStringLiteral("mismatches"), mismatches},
                        {QStringLiteral("rateLimitWaits"), o.rateLimitWaits}};
        if (o.error) {
            row.insert(QStringLiteral("error"), o.error->oneLine());
            row.insert(QStringLiteral("code"), o.error->codeName());
        }
        out.append(row);
    }
    return out;
}

void printTrustTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out << line << '\n';
    }
}

} // namespace td::cli
