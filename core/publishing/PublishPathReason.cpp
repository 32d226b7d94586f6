// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publishing/PublishPathReason.h"

#include "core/trust/RegistryTrustBridge.h"

#include <QCoreApplication>

namespace td {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(td::PublishPathClassifier)
};

QString placesText(const QStringList &usedIn)
{
    return usedIn.join(QStringLiteral("; "));
}

} // namespace

bool isOidcRoute(PublishRoute route)
{
    return route == PublishRoute::OidcDirect || route == PublishRoute::OidcStageOnly;
}

QString trustLabel(const TrustConfig &config)
{
    const std::optional<TrustedPublisher> publisher = fromRegistryConfig(config);
    if (!publisher)
        return Text::tr("%1 trusted publisher").arg(config.type);
    QString label;
    switch (publisher->type) {
    case TrustProvider::GitHub:
        label
            = Text::tr("GitHub Actions %1, %2").arg(publisher->repository, publisher->workflowFile);
        break;
    case TrustProvider::GitLab:
        label
            = Text::tr("GitLab CI/CD %1, %2").arg(publisher->projectPath, publisher->ciConfigFile);
        break;
    case TrustProvider::CircleCi:
        label = Text::tr("CircleCI %1")
                    .arg(publisher->vcsOrigin.isEmpty() ? publisher->projectId
                                                        : publisher->vcsOrigin);
        break;
    }
    if (!publisher->environment.isEmpty())
        label += Text::tr(", environment %1").arg(publisher->environment);
    return label;
}

QString tokenLabel(const Token &token)
{
    const QString name = token.name.isEmpty() ? token.redacted : token.name;
    return Text::tr("\"%1\" (%2)").arg(name, tokenKindLabel(token.kind));
}

QString atRiskReason(const PackagePublishPath &path)
{
    QStringList sentences;
    QStringList survivors;
    for (const PublishWay &way : path.ways) {
        if (!isDirectPublishToken(way.route)) {
            survivors.append(way.label);
            continue;
        }
        if (way.usedIn.isEmpty())
            sentences.append(Text::tr("Token %1 can publish %2 directly; it is not used anywhere "
                                      "TokenDesk looked, but it works until it is revoked.")
                                 .arg(way.label, path.package));
        else
            sentences.append(Text::tr("Token %1 can publish %2 directly and is used in %3.")
                                 .arg(way.label, path.package, placesText(way.usedIn)));
    }
    sentences.append(
        Text::tr("npm ends direct publishing with tokens in January 2027; no exact day "
                 "is announced."));
    if (!survivors.isEmpty())
        sentences.append(Text::tr("It can also be published through %1.")
                             .arg(survivors.join(QStringLiteral("; "))));
    return sentences.join(QLatin1Char(' '));
}

QString readyReason(const PackagePublishPath &path)
{
    QStringList oidc;
    QStringList stageTokens;
    for (const PublishWay &way : path.ways) {
        if (isOidcRoute(way.route))
            oidc.append(way.label);
        else if (way.route == PublishRoute::StageOnlyToken)
            stageTokens.append(
                way.usedIn.isEmpty()
                    ? Text::tr("%1, not used on this machine").arg(way.label)
                    : Text::tr("%1, used in %2").arg(way.label, placesText(way.usedIn)));
    }
    QStringList sentences;
    if (!oidc.isEmpty())
        sentences.append(
            Text::tr("Publishes through trusted publishing (%1), which January 2027 does "
                     "not affect.")
                .arg(oidc.join(QStringLiteral("; "))));
    if (!stageTokens.isEmpty())
        sentences.append(Text::tr("Stages with the stage-only token %1; a maintainer approves each "
                                  "release with 2FA.")
                             .arg(stageTokens.join(QStringLiteral("; "))));
    return sentences.join(QLatin1Char(' '));
}

QString noPathReason(const QString &package)
{
    return Text::tr("No trusted publisher and no token of this account can publish %1.")
        .arg(package);
}

QString unknownReason(const QString &package, const QString &problem)
{
    return Text::tr("TokenDesk could not read how %1 is published: %2 Nothing is guessed; try "
                    "again when the registry answers.")
        .arg(package, problem);
}

} // namespace td
