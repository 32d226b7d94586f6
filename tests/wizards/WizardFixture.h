// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "core/creation/TokenCreationService.h"
#include "core/creation/TokenDraft.h"
#include "core/registry/RegistryClient.h"
#include "core/secrets/InMemorySecretStore.h"
#include "desktop/util/SecretClipboard.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace td::test {

// Everything a NewTokenWizard needs, real except the registry (a loopback fake answering token
// creation) and the keychain (in memory).
struct WizardFixture
{
    FakeClock clock;
    QNetworkAccessManager nam;
    FakeRegistryServer server;
    RecordingDelayTimer delays;
    std::unique_ptr<RegistryClient> client;
    InMemorySecretStore store;
    std::unique_ptr<TokenCreationService> service;
    SecretClipboard clipboard;
    QTemporaryDir home;
    QList<QUrl> openedUrls;
    std::unique_ptr<NewTokenWizard> wizard;

    static constexpr const char *kAccount = "127.0.0.1:maintainer";

    WizardFixture()
    {
        if (!server.listen())
            qFatal("fake registry could not listen");
        server.setHandler([](const FakeRegistryServer::Request &r) {
            return FakeRegistryServer::tokenCreated(r);
        });
        client = std::make_unique<RegistryClient>(&nam, server.baseUrl(), clock);
        client->setDelayTimer(&delays);
        client->setAuthToken(SecretBuffer(QByteArrayView("session-secret")));
        service = std::make_unique<TokenCreationService>(client.get(), &store,
                                                         QString::fromLatin1(kAccount));
        NewTokenWizardServices services;
        services.clock = &clock;
        services.creation = service.get();
        services.clipboard = &clipboard;
        services.userNpmrcPath = home.filePath(QStringLiteral(".npmrc"));
        services.openUrl = [this](const QUrl &url) { openedUrls << url; };
        wizard = std::make_unique<NewTokenWizard>(std::move(services));
    }

    TokenDraft &draft() { return *wizard->draft(); }

    template<class T>
    T *child(const char *name) const
    {
        T *found = wizard->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child named %s", name);
        return found;
    }

    bool nextEnabled() const
    {
        const QAbstractButton *next = wizard->currentPage() && wizard->currentPage()->isCommitPage()
            ? wizard->button(QWizard::CommitButton)
            : wizard->button(QWizard::NextButton);
        return next->isVisible() && next->isEnabled();
    }

    // Moves focus with Tab (as a keyboard user would) until `target` has it.
    bool tabTo(QWidget *target, int limit = 80)
    {
        for (int i = 0; i < limit; ++i) {
            if (QApplication::focusWidget() == target)
                return true;
            QWidget *focus
                = QApplication::focusWidget() ? QApplication::focusWidget() : wizard.get();
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }

    void pressReturn()
    {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : wizard.get();
        QTest::keyClick(focus, Qt::Key_Return);
    }

    // A valid draft for a write token on @acme, quickly, without the UI.
    void fillValidDraft()
    {
        draft().setPurpose(TokenDraft::Purpose::PublishFromComputer);
        draft().setScopes({QStringLiteral("@acme")});
        draft().setName(QStringLiteral("laptop-acme"));
    }

    // Goes forward with next() until `page` (each page must be complete on the way).
    bool advanceTo(int page)
    {
        for (int guard = 0; guard < 10 && wizard->currentId() != page; ++guard) {
            if (wizard->currentId() == NewTokenWizard::Authenticate)
                return false; // creation needs the password; tests do that step explicitly
            wizard->next();
        }
        return wizard->currentId() == page;
    }

    // From any page before Authenticate: password, create, wait for the result page.
    bool createThroughUi(const QString &password = QStringLiteral("hunter2"))
    {
        if (!advanceTo(NewTokenWizard::Authenticate))
            return false;
        auto *edit = child<QLineEdit>("passwordEdit");
        edit->setText(password);
        wizard->next();
        return QTest::qWaitFor([this] { return wizard->currentId() == NewTokenWizard::Result; },
                               10000);
    }
};

} // namespace td::test
