// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The loopback registry of the lockdown unit tests: a FakeRegistryServer answering with a
// LockdownFakeRegistry, a scripted user typing its code, and a RegistryClient on it with a legacy
// session token (2FA by typed code) whose retries wait on the test's delay timer. start() in
// init(), stop() in cleanup().
#include "LockdownFakeRegistry.h"
#include "RegistryTestSupport.h"
#include "core/registry/RegistryClient.h"

#include <QNetworkAccessManager>

#include <memory>

namespace td::test {

struct LockdownRegistryFixture
{
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<FakeRegistryServer> server;
    std::unique_ptr<RegistryClient> registry;

    // Resets the test's `fake` and `prompt` (which types the fake's code, "123456") and starts
    // the server: false when it could not listen. `fake` must outlive the server (it answers).
    bool start(LockdownFakeRegistry &fake, ScriptedPrompt &prompt, Clock &clock, DelayTimer &delays)
    {
        fake = LockdownFakeRegistry();
        prompt = ScriptedPrompt();
        prompt.code = fake.code;
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
