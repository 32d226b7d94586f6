// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient's provenance reads (publish-watch.md §2): raw packument, keys, attestations.
#include "core/registry/RegistryClient.h"

#include "core/registry/RegistryClientSupport.h"
#include "core/registry/UrlPolicy.h"

namespace td {

using detail::rawBody;

void RegistryClient::packumentJson(const QString &package, QObject *context,
                                   Callback<QByteArray> done)
{
    request<QByteArray>({"GET", endpoint(escapedPackageName(package)), "view", Auth::IfAvailable},
                        context, rawBody, std::move(done));
}

void RegistryClient::npmKeys(QObject *context, Callback<QByteArray> done)
{
    request<QByteArray>({"GET", endpoint("-/npm/v1/keys"), "audit", Auth::None}, context, rawBody,
                        std::move(done));
}

void RegistryClient::sandboxTrustedRoot(QObject *context, Callback<QByteArray> done)
{
    request<QByteArray>({"GET", endpoint("-/sandbox/trusted-root"), "audit", Auth::None}, context,
                        rawBody, std::move(done));
}

void RegistryClient::attestations(const QString &package, const QString &version,
                                  const QUrl &advertised, QObject *context,
                                  Callback<QByteArray> done)
{
    // Only the path of what the packument advertises is used: the document always comes from
    // this registry's own origin, whatever host the packument names.
    QUrl url = endpoint("-/npm/v1/attestations/" + escapedPackageName(package) + '@'
                        + QUrl::toPercentEncoding(version));
    const QString path = advertised.path(QUrl::FullyEncoded);
    if (advertised.isValid() && path.startsWith(QLatin1Char('/'))
        && path.contains(QLatin1String("/-/npm/v1/attestations/"))) {
        QUrl own = m_baseUrl;
        own.setPath(path, QUrl::StrictMode);
        own.setQuery(QString());
        own.setFragment(QString());
        if (own.isValid())
            url = own;
    }
    request<QByteArray>({"GET", url, "audit", Auth::IfAvailable}, context, rawBody,
                        std::move(done));
}

} // namespace td
