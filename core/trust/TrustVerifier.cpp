// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/TrustVerifier.h"

namespace td {

namespace {

QString shown(const QString &value)
{
    return value.isEmpty() ? TrustVerifier::tr("(none)")
                           : QLatin1Char('"') + value + QLatin1Char('"');
}

void compareField(const QString &field, const QString &expected, const QString &actual,
                  QList<FieldMismatch> &out)
{
    if (expected == actual)
        return;
    FieldMismatch m{field, expected, actual, false, {}};
    m.caseOnly = expected.compare(actual, Qt::CaseInsensitive) == 0;
    if (m.caseOnly)
        m.message
            = TrustVerifier::tr("%1 %2 on npm vs %3 in the repository: they differ only in letter "
                                "case, and npm compares case-sensitively.")
                  .arg(field, shown(actual), shown(expected));
    else
        m.message = TrustVerifier::tr("%1 is %2 on npm but the repository needs %3.")
                        .arg(field, shown(actual), shown(expected));
    out << m;
}

// "owner/repo" compared as owner and repository, so the message can say which one differs.
void comparePath(const QString &ownerField, const QString &nameField, const QString &expected,
                 const QString &actual, QList<FieldMismatch> &out)
{
    const qsizetype e = expected.lastIndexOf(QLatin1Char('/'));
    const qsizetype a = actual.lastIndexOf(QLatin1Char('/'));
    if (e < 0 || a < 0) {
        compareField(nameField, expected, actual, out);
        return;
    }
    compareField(ownerField, expected.left(e), actual.left(a), out);
    compareField(nameField, expected.mid(e + 1), actual.mid(a + 1), out);
}

QString actionsText(TrustActions actions)
{
    QStringList parts;
    if (actions.testFlag(TrustAction::Publish))
        parts << QStringLiteral("npm publish");
    if (actions.testFlag(TrustAction::StagePublish))
        parts << QStringLiteral("npm stage publish");
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString TrustVerification::summary() const
{
    if (!configFound)
        return TrustVerifier::tr("%1: no trusted publisher of this kind is configured on npm.")
            .arg(packageName);
    if (mismatches.isEmpty())
        return TrustVerifier::tr("%1: the trusted publisher matches the repository.")
            .arg(packageName);
    return TrustVerifier::tr("%1: %n field(s) differ from the repository.", nullptr,
                             int(mismatches.size()))
        .arg(packageName);
}

QList<FieldMismatch> TrustVerifier::compare(const TrustedPublisher &expected,
                                            const TrustedPublisher &actual)
{
    QList<FieldMismatch> out;
    switch (expected.type) {
    case TrustProvider::GitHub:
        comparePath(tr("owner"), tr("repository"), expected.repository, actual.repository, out);
        compareField(tr("workflow file"), expected.workflowFile, actual.workflowFile, out);
        break;
    case TrustProvider::GitLab:
        comparePath(tr("namespace"), tr("project"), expected.projectPath, actual.projectPath, out);
        compareField(tr("CI file"), expected.ciConfigFile, actual.ciConfigFile, out);
        break;
    case TrustProvider::CircleCi:
        compareField(tr("organization ID"), expected.orgId, actual.orgId, out);
        compareField(tr("project ID"), expected.projectId, actual.projectId, out);
        compareField(tr("pipeline definition ID"), expected.pipelineDefinitionId,
                     actual.pipelineDefinitionId, out);
        compareField(tr("VCS origin"), expected.vcsOrigin, actual.vcsOrigin, out);
        compareField(tr("context IDs"), expected.contextIds.join(u','),
                     actual.contextIds.join(u','), out);
        break;
    }
    compareField(tr("environment"), expected.environment, actual.environment, out);
    // The config must allow at least what the workflow does.
    if ((expected.actions & actual.actions) != expected.actions) {
        out << FieldMismatch{
            tr("allowed actions"), actionsText(expected.actions), actionsText(actual.actions),
            false,
            tr("allowed actions on npm are %1, but the workflow needs %2.")
                .arg(shown(actionsText(actual.actions)), shown(actionsText(expected.actions)))};
    }
    return out;
}

TrustVerification TrustVerifier::verify(const QString &packageName,
                                        const TrustedPublisher &expected,
                                        const QList<TrustedPublisher> &actual)
{
    TrustVerification v;
    v.packageName = packageName;
    for (const TrustedPublisher &candidate : actual) {
        if (candidate.type != expected.type)
            continue;
        const QList<FieldMismatch> mismatches = compare(expected, candidate);
        if (!v.configFound || mismatches.size() < v.mismatches.size()) {
            v.configFound = true;
            v.mismatches = mismatches;
            v.closestConfigId = candidate.id;
        }
    }
    return v;
}

PublishPath TrustVerifier::checkPublishPath(const QJsonObject &packument, const QString &requested)
{
    PublishPath path;
    path.version = requested.isEmpty() ? packument.value(QLatin1String("dist-tags"))
                                             .toObject()
                                             .value(QLatin1String("latest"))
                                             .toString()
                                       : requested;
    const QJsonObject manifest
        = packument.value(QLatin1String("versions")).toObject().value(path.version).toObject();
    if (path.version.isEmpty() || manifest.isEmpty()) {
        path.message = tr("No published version to check.");
        return path;
    }
    const QJsonValue publisher = manifest.value(QLatin1String("_npmUser"))
                                     .toObject()
                                     .value(QLatin1String("trustedPublisher"));
    path.viaTrustedPublishing = publisher.isObject()
        ? !publisher.toObject().isEmpty()
        : (!publisher.isUndefined() && !publisher.isNull());
    const QJsonValue attestations
        = manifest.value(QLatin1String("dist")).toObject().value(QLatin1String("attestations"));
    path.hasAttestations = attestations.isObject() && !attestations.toObject().isEmpty();
    if (path.viaTrustedPublishing)
        path.message = tr("%1 was published via trusted publishing.").arg(path.version);
    else if (path.hasAttestations)
        path.message
            = tr("%1 has provenance but was published with a token, not via trusted publishing: "
                 "the OIDC exchange failed and npm fell back to a configured token.")
                  .arg(path.version);
    else
        path.message = tr("%1 came from a token or a manual publish, not from trusted publishing.")
                           .arg(path.version);
    return path;
}

} // namespace td
