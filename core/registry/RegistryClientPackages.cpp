// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient's package, org and search reads: access maps, search and the packument.
#include "core/registry/RegistryClient.h"

#include "core/registry/RegistryClientSupport.h"
#include "core/registry/UrlPolicy.h"
#include "core/registry/json/PackageDto.h"

namespace td {

namespace {
Result<AccessMap> parseMap(const HttpResponse &r)
{
    return json::parseStringMap(r.body);
}
} // namespace

void RegistryClient::userPackages(const QString &user, QObject *context, Callback<AccessMap> done)
{
    request<AccessMap>({"GET", endpoint("-/user/" + QUrl::toPercentEncoding(user) + "/package"),
                        "access", Auth::IfAvailable},
                       context, parseMap, std::move(done));
}

void RegistryClient::orgPackages(const QString &org, QObject *context, Callback<AccessMap> done)
{
    request<AccessMap>({"GET", endpoint("-/org/" + QUrl::toPercentEncoding(org) + "/package"),
                        "access", Auth::IfAvailable},
                       context, parseMap, std::move(done));
}

void RegistryClient::orgMembers(const QString &org, QObject *context, Callback<AccessMap> done)
{
    request<AccessMap>({"GET", endpoint("-/org/" + QUrl::toPercentEncoding(org) + "/user"), "org",
                        Auth::IfAvailable},
                       context, parseMap, std::move(done));
}

void RegistryClient::packageCollaborators(const QString &package, QObject *context,
                                          Callback<AccessMap> done)
{
    request<AccessMap>({"GET",
                        endpoint("-/package/" + escapedPackageName(package) + "/collaborators"),
                        "access", Auth::IfAvailable},
                       context, parseMap, std::move(done));
}

void RegistryClient::search(const QString &text, int size, int from, QObject *context,
                            Callback<SearchResult> done)
{
    const QByteArray query = "-/v1/search?text=" + QUrl::toPercentEncoding(text)
        + "&size=" + QByteArray::number(size) + "&from=" + QByteArray::number(from);
    request<SearchResult>(
        {"GET", endpoint(query), "search", Auth::IfAvailable}, context,
        [](const HttpResponse &r) { return json::parseSearch(r.body); }, std::move(done));
}

void RegistryClient::packument(const QString &package, QObject *context, Callback<Packument> done)
{
    request<Packument>(
        {"GET", endpoint(escapedPackageName(package)), "view", Auth::IfAvailable}, context,
        [](const HttpResponse &r) { return json::parsePackument(r.body); }, std::move(done));
}

} // namespace td
