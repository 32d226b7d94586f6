// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"
#include "desktop/util/UrlOpener.h"

#include <QUrl>
#include <QWizard>

#include <functional>
#include <memory>

class QMessageBox;

namespace td {

class AuthenticatePage;
class Clock;
class ExpiryPage;
class NamePage;
class OrgsPage;
class PackagesPage;
class PurposePage;
class ResultPage;
class ReviewPage;
class SecretClipboard;
class TokenCreationService;
class TokenDraft;
struct TokenCreation;

// What the wizard needs from the composition root. Nothing is owned.
struct NewTokenWizardServices
{
    const Clock *clock = nullptr;
    TokenCreationService *creation = nullptr; // holds the account's registry client and keychain
    SecretClipboard *clipboard = nullptr;
    QString userName;      // whose packages are offered (empty: none are fetched)
    QString userNpmrcPath; // the user's .npmrc as npm finds it (NpmConfigLocator::userConfig)
    // Opens 2FA approval pages; empty = the desktop's browser (tests pass their own).
    UrlOpener openUrl;
};

// The New-token wizard (design.md §6): purpose → packages & scopes → organizations → expiry and
// IP ranges → name → review → authenticate → result. All state is in one TokenDraft; the pages
// only read and write it. Shown with open(); QDialog::finished tells when it is closed.
class NewTokenWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Purpose, Packages, Orgs, Expiry, Name, Review, Authenticate, Result };
    Q_ENUM(PageId)

    explicit NewTokenWizard(NewTokenWizardServices services, QWidget *parent = nullptr);
    ~NewTokenWizard() override;

    TokenDraft *draft() const { return m_draft; }
    // The account's packages for the checklist (also fetched from the registry when a user name
    // was given) and the organizations offered on the organizations page.
    void setAccountPackages(const QStringList &packages);
    void setAccountOrgs(const QStringList &orgs);
    void loadAccountPackages();

    PackagesPage *packagesPage() const { return m_packages; }
    ResultPage *resultPage() const { return m_result; }
    AuthenticatePage *authenticatePage() const { return m_authenticate; }
    const TokenCreation *creation() const { return m_creation.get(); }
    QMessageBox *closeConfirmation() const { return m_confirm; }

    void done(int result) override;
    QSize sizeHint() const override;

Q_SIGNALS:
    // The user prefers trusted publishing: open that wizard (this one closes).
    void trustedPublishingRequested();
    void tokenCreated(const td::Token &token);
    // The result page wrote the new token into this .npmrc.
    void referenceWritten(const QString &npmrcPath);

private:
    void askBeforeClosing(int result);

    NewTokenWizardServices m_services;
    TokenDraft *m_draft;
    PackagesPage *m_packages;
    OrgsPage *m_orgs;
    ReviewPage *m_review;
    AuthenticatePage *m_authenticate;
    ResultPage *m_result;
    std::unique_ptr<TokenCreation> m_creation;
    QMessageBox *m_confirm = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace td
