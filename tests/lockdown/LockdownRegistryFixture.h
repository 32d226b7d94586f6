// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The loopback registry of the lockdown unit tests: a FakeRegistryServer answering with a
// LockdownFakeRegistry, and a RegistryClient on it with a legacy session token (2FA by typed code)
// whose retries wait on the test's delay timer. start() in init(), stop() in cleanup().
#include "LockdownFakeRegistry.h"
#include "core/registry/RegistryClient.h"

#include <QNetworkAccessManager>

#include <memory>

namespace td::test {

struct LockdownRegistryFixture
{
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<FakeRegistryServer> server;
    std::unique_ptr<RegistryClient> registry;

    // False when the server could not listen. `fake` must outlive the server (it answers).
    bool start(LockdownFakeRegistry &fake, Clock &clock, DelayTimer &delays)
    {
        nam = std::make_unique<QNetworkAccessManager>();
        server = std::make_unique<FakeRegistryServer>();
        if (!server->listen())
            return false;
        server->setHandler(
            [&fake](const FakeRegistryServer::Request &r) { return fake.answer(r); });
        registry = std::make_unique<RegistryClient>(nam.get(), server->baseUrl(), clock);
        registry->setAuthToken(SecretBuffer(QByteArrayView("session-secret")));
        registry->setAuthType(RegistryClient::AuthType::Legacy);
        registry->setDelayTimer(&delays);
        return true;
    }
    // The client before the server, the network manager last.
    void stop()
    {
        registry.reset();
        server.reset();
        nam.reset();
    }
};

} // namespace td::test
