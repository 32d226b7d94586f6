// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient's trusted-publishing and package-access calls.
#include "core/registry/RegistryClient.h"

#include "core/registry/RegistryClientSupport.h"
#include "core/registry/UrlPolicy.h"
#include "core/registry/json/PackageDto.h"

namespace td {

using detail::jsonBody;

void RegistryClient::listTrust(const QString &package, QObject *context,
                               Callback<QList<TrustConfig>> done)
{
    request<QList<TrustConfig>>(
        {"GET", endpoint("-/package/" + escapedPackageName(package) + "/trust"), "trust"}, context,
        [](const HttpResponse &r) { return json::parseTrustConfigs(r.body); }, std::move(done));
}

void RegistryClient::createTrust(const QString &package, const TrustConfig &config,
                                 QObject *context, Callback<QList<TrustConfig>> done,
                                 TwoFactorPrompt *prompt)
{
    Call call{"POST", endpoint("-/package/" + escapedPackageName(package) + "/trust"), "trust",
              Auth::Required, jsonBody(json::trustCreateBody(config))};
    call.prompt = prompt;
    request<QList<TrustConfig>>(
        std::move(call), context,
        [](const HttpResponse &r) { return json::parseTrustConfigs(r.body); }, std::move(done));
}

void RegistryClient::deleteTrust(const QString &package, const QString &id, QObject *context,
                                 Callback<void> done, TwoFactorPrompt *prompt)
{
    Call call{"DELETE",
              endpoint("-/package/" + escapedPackageName(package) + "/trust/"
                       + QUrl::toPercentEncoding(id)),
              "trust"};
    call.prompt = prompt;
    requestVoid(std::move(call), context, std::move(done));
}

void RegistryClient::packageAccess(const QString &package, QObject *context,
                                   Callback<PackageAccess> done)
{
    request<PackageAccess>(
        {"GET", endpoint("-/package/" + escapedPackageName(package) + "/access"), "access",
         Auth::IfAvailable},
        context, [](const HttpResponse &r) { return json::parsePackageAccess(r.body); },
        std::move(done));
}

void RegistryClient::packageVisibility(const QString &package, QObject *context,
                                       Callback<PackageAccess> done)
{
    request<PackageAccess>(
        {"GET", endpoint("-/package/" + escapedPackageName(package) + "/visibility"), "access",
         Auth::IfAvailable},
        context, [](const HttpResponse &r) { return json::parsePackageAccess(r.body); },
        std::move(done));
}

void RegistryClient::setPackageAccess(const QString &package, const PackageAccess &change,
                                      QObject *context, Callback<void> done,
                                      TwoFactorPrompt *prompt)
{
    Call call{"POST", endpoint("-/package/" + escapedPackageName(package) + "/access"), "access",
              Auth::Required, jsonBody(json::packageAccessBody(change))};
    call.prompt = prompt;
    requestVoid(std::move(call), context, std::move(done));
}

} // namespace td
