// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/CredentialExpiry.h"

namespace td {

CredentialExpiry codeArtifactExpiry(const QDateTime &storedAt, const QDateTime &fileModified)
{
    const qint64 lifetime = std::chrono::seconds(kCodeArtifactTokenLifetime).count();
    if (storedAt.isValid())
        return {storedAt.toUTC().addSecs(lifetime), CredentialExpiryBasis::TokenStored};
    if (fileModified.isValid())
        return {fileModified.toUTC().addSecs(lifetime), CredentialExpiryBasis::FileWritten};
    return {};
}

QString credentialExpiryBasisId(CredentialExpiryBasis basis)
{
    switch (basis) {
    case CredentialExpiryBasis::None:
        return QStringLiteral("none");
    case CredentialExpiryBasis::ResponseHeader:
        return QStringLiteral("response-header");
    case CredentialExpiryBasis::TokenStored:
        return QStringLiteral("token-stored");
    case CredentialExpiryBasis::FileWritten:
        return QStringLiteral("file-written");
    case CredentialExpiryBasis::UserEntered:
        return QStringLiteral("user-entered");
    }
    return {};
}

CredentialExpiryBasis credentialExpiryBasisFromId(const QString &id)
{
    for (const auto basis :
         {CredentialExpiryBasis::ResponseHeader, CredentialExpiryBasis::TokenStored,
          CredentialExpiryBasis::FileWritten, CredentialExpiryBasis::UserEntered})
        if (credentialExpiryBasisId(basis) == id)
            return basis;
    return CredentialExpiryBasis::None;
}

} // namespace td
