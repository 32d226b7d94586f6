// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/StageErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace td {

namespace {
// A class for lupdate: it files a free tr() helper under the wrong context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(td::StageErrors)
};
} // namespace

Result<void> checkStageId(const QString &id)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    if (uuid.match(id).hasMatch())
        return {};
    return makeError(ErrorCode::InvalidInput, Text::tr("stage-id must be a valid UUID"),
                     Text::tr("Copy the id from 'stage list', for example "
                              "3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b."));
}

Error stageError(const Error &error, StageAction action, const QString &stageId)
{
    Error out = error;
    const bool writes = action == StageAction::Approve || action == StageAction::Reject;
    switch (error.code) {
    case ErrorCode::E404:
        if (action == StageAction::List)
            break;
        out.message = Text::tr("No staged version with id %1 waits on the registry.").arg(stageId);
        out.hint
            = Text::tr("It may have been approved or rejected already, or it is not yours to see. "
                       "Run 'stage list' for the versions that wait.");
        break;
    case ErrorCode::E409:
        if (error.message.contains(QLatin1String("validat"), Qt::CaseInsensitive)) {
            out.message = Text::tr("Staged version %1 is still being validated by the registry and "
                                   "cannot be approved yet.")
                              .arg(stageId);
            out.hint
                = Text::tr("Wait a few minutes until its status is “staged”, then approve it.");
        } else {
            out.message
                = Text::tr("The registry already has this version, published or staged (%1).")
                      .arg(stageId);
            out.hint = Text::tr("Reject this stage, or stage a new version number.");
        }
        break;
    case ErrorCode::E403:
        if (writes && error.message.contains(QLatin1String("2fa"), Qt::CaseInsensitive)) {
            out.message = Text::tr("Approving or rejecting a staged version needs two-factor "
                                   "authentication on your npm account.");
            out.hint = Text::tr("Turn on 2FA in your npm account settings, then try again.");
        } else if (writes) {
            out.message
                = Text::tr("The registry does not let this account approve or reject staged "
                           "versions of this package.");
            out.hint
                = Text::tr("Stage-only and trusted-publishing tokens cannot approve; sign in as a "
                           "maintainer of the package.");
        }
        break;
    default:
        break;
    }
    return out;
}

} // namespace td
