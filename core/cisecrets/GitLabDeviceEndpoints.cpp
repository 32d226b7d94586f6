// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/GitLabDeviceEndpoints.h"

#include <QCoreApplication>

namespace td {

Result<CiDeviceEndpoints> gitLabDeviceEndpoints(const QUrl &apiBase, const QString &clientId,
                                                const QString &scope)
{
    if (clientId.isEmpty())
        return makeError(
            ErrorCode::Unsupported,
            QCoreApplication::translate("td::GitLabDeviceEndpoints",
                                        "Signing in to GitLab in the browser needs the Application "
                                        "ID of an OAuth application on %1.")
                .arg(apiBase.host()),
            QCoreApplication::translate("td::GitLabDeviceEndpoints",
                                        "Paste a personal access token with scope api instead: "
                                        "tokendesk-cli ci login gitlab --with-token"));
    const QString web = ciWebBase(apiBase).toString(QUrl::StripTrailingSlash);
    CiDeviceEndpoints endpoints;
    endpoints.codeUrl = QUrl(web + QStringLiteral("/oauth/authorize_device"));
    endpoints.tokenUrl = QUrl(web + QStringLiteral("/oauth/token"));
    endpoints.clientId = clientId;
    endpoints.scope = scope;
    return endpoints;
}

} // namespace td
