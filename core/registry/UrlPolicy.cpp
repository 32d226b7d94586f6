// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace td {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> checkRegistryUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("td::RegistryClient",
                                                     "“%1” is not a valid registry address.")
                             .arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate(
                             "td::RegistryClient",
                             "TokenDesk refuses to send credentials over unencrypted http to %1.")
                             .arg(url.host()),
                         QCoreApplication::translate("td::RegistryClient",
                                                     "Use the registry's https:// address."));
    return makeError(
        ErrorCode::Unsupported,
        QCoreApplication::translate("td::RegistryClient", "“%1” is not an http(s) address.")
            .arg(url.toDisplayString()));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString schemeA = a.scheme().toLower();
    const QString schemeB = b.scheme().toLower();
    const auto defaultPort
        = [](const QString &scheme) { return scheme == QLatin1String("https") ? 443 : 80; };
    return schemeA == schemeB && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(schemeA)) == b.port(defaultPort(schemeB));
}

QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                  | QUrl::RemoveFragment)
        .toString(QUrl::StripTrailingSlash);
}

QUrl normalisedBaseUrl(QUrl url)
{
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        url.setPath(path + QLatin1Char('/'));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl resolveEndpoint(const QUrl &base, const QByteArray &encodedRelative)
{
    return base.resolved(QUrl::fromEncoded(encodedRelative, QUrl::StrictMode));
}

QByteArray escapedPackageName(const QString &name)
{
    // Percent-encode everything but the characters npm leaves alone, then write the scope
    // separator the way npm does (lower-case %2f).
    QByteArray encoded = QUrl::toPercentEncoding(name, "@");
    encoded.replace("%2F", "%2f");
    return encoded;
}

} // namespace td
