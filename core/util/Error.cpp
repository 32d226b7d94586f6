// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Error.h"

namespace td {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Network:
        return QStringLiteral("ENETWORK");
    case ErrorCode::AnswerLost:
        return QStringLiteral("EANSWERLOST");
    case ErrorCode::Timeout:
        return QStringLiteral("ETIMEDOUT");
    case ErrorCode::MalformedResponse:
        return QStringLiteral("EMALFORMED");
    case ErrorCode::E401:
        return QStringLiteral("E401");
    case ErrorCode::EOTP:
        return QStringLiteral("EOTP");
    case ErrorCode::E403:
        return QStringLiteral("E403");
    case ErrorCode::E404:
        return QStringLiteral("E404");
    case ErrorCode::E409:
        return QStringLiteral("E409");
    case ErrorCode::E422:
        return QStringLiteral("E422");
    case ErrorCode::E429:
        return QStringLiteral("E429");
    case ErrorCode::EAUTHIP:
        return QStringLiteral("EAUTHIP");
    case ErrorCode::ENEEDAUTH:
        return QStringLiteral("ENEEDAUTH");
    case ErrorCode::ServerError:
        return QStringLiteral("E5XX");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("KEYCHAIN_UNAVAILABLE");
    case ErrorCode::KeychainLocked:
        return QStringLiteral("KEYCHAIN_LOCKED");
    case ErrorCode::KeychainTimeout:
        return QStringLiteral("KEYCHAIN_TIMEOUT");
    case ErrorCode::NotFound:
        return QStringLiteral("ENOTFOUND");
    case ErrorCode::Io:
        return QStringLiteral("EIO");
    case ErrorCode::InvalidInput:
        return QStringLiteral("EINVALID");
    case ErrorCode::Cancelled:
        return QStringLiteral("ECANCELLED");
    case ErrorCode::Unsupported:
        return QStringLiteral("EUNSUPPORTED");
    }
    return QStringLiteral("EUNKNOWN");
}

QString Error::codeName() const
{
    return errorCodeName(code);
}

QString Error::oneLine() const
{
    return hint.isEmpty() ? message : message + QLatin1Char(' ') + hint;
}

} // namespace td
