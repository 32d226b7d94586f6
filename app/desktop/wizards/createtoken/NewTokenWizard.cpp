// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/NewTokenWizard.h"

#include "core/creation/TokenCreationService.h"
#include "core/creation/TokenDraft.h"
#include "core/registry/RegistryClient.h"
#include "desktop/wizards/createtoken/AccountOrgs.h"
#include "desktop/wizards/createtoken/AuthenticatePage.h"
#include "desktop/wizards/createtoken/ExpiryPage.h"
#include "desktop/wizards/createtoken/NamePage.h"
#include "desktop/wizards/createtoken/OrgsPage.h"
#include "desktop/wizards/createtoken/PackagesPage.h"
#include "desktop/wizards/createtoken/PurposePage.h"
#include "desktop/wizards/createtoken/ResultPage.h"
#include "desktop/wizards/createtoken/ReviewPage.h"
#include "desktop/wizards/createtoken/WizardTwoFactorPrompt.h"

#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QScreen>

namespace td {

NewTokenWizard::NewTokenWizard(NewTokenWizardServices services, QWidget *parent)
    : QWizard(parent),
      m_services(std::move(services)),
      m_draft(new TokenDraft(*m_services.clock, TokenPolicy(), this))
{
    setObjectName(QStringLiteral("newTokenWizard"));
    setWindowTitle(tr("New npm token"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every platform and in screenshots
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    auto *purpose = new PurposePage(m_draft, this);
    m_packages = new PackagesPage(m_draft, this);
    m_orgs = new OrgsPage(m_draft, this);
    auto *expiry = new ExpiryPage(m_draft, *m_services.clock, this);
    auto *name = new NamePage(m_draft, this);
    m_review = new ReviewPage(m_draft, this);
    m_authenticate = new AuthenticatePage(m_draft, m_services.creation, this);
    ResultPage::Context context;
    context.clock = m_services.clock;
    context.service = m_services.creation;
    context.clipboard = m_services.clipboard;
    context.registry = m_services.creation->registry()->baseUrl();
    context.userNpmrcPath = m_services.userNpmrcPath;
    m_result = new ResultPage(std::move(context), this);

    const QList<std::pair<PageId, QWizardPage *>> pages{
        {Purpose, purpose},
        {Packages, m_packages},
        {Orgs, m_orgs},
        {Expiry, expiry},
        {Name, name},
        {Review, m_review},
        {Authenticate, m_authenticate},
        {Result, m_result},
    };
    for (const auto &[id, page] : pages) {
        page->setObjectName(QStringLiteral("page%1").arg(
            QString::fromLatin1(QMetaEnum::fromType<PageId>().valueToKey(id))));
        setPage(id, page);
    }
    for (const QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
          QWizard::CancelButton}) {
        QAbstractButton *b = button(which);
        static const char *const names[]
            = {"backButton", "nextButton", "commitButton", "finishButton", "cancelButton"};
        const int index = which == QWizard::BackButton ? 0
            : which == QWizard::NextButton             ? 1
            : which == QWizard::CommitButton           ? 2
            : which == QWizard::FinishButton           ? 3
                                                       : 4;
        b->setObjectName(QString::fromLatin1(names[index]));
        b->setAccessibleName(b->text().remove(u'&'));
    }

    m_review->setAccountPackageCount([this] {
        const int count = m_packages->accountPackageCount();
        return count > 0 ? count : -1;
    });
    if (m_services.openUrl)
        m_authenticate->prompt()->setUrlOpener(m_services.openUrl);
    m_authenticate->setOnCreated([this](TokenCreation creation) {
        m_creation = std::make_unique<TokenCreation>(std::move(creation));
        m_result->setCreation(m_creation.get());
        Q_EMIT tokenCreated(m_creation->token);
    });
    connect(m_result, &ResultPage::referenceWritten, this, &NewTokenWizard::referenceWritten);
    connect(m_packages, &PackagesPage::retryLoadRequested, this,
            &NewTokenWizard::loadAccountPackages);
    connect(purpose, &PurposePage::trustedPublishingRequested, this, [this] {
        Q_EMIT trustedPublishingRequested();
        reject();
    });
    loadAccountPackages();
    // Open at the size asked for, within the screen (show() alone would use two thirds of it).
    resize(sizeHint());
}

NewTokenWizard::~NewTokenWizard() = default;

QSize NewTokenWizard::sizeHint() const
{
    // Roomy where the screen allows; never larger than it (2× scaling on a laptop leaves 640×400):
    // the pages scroll instead (PageBody).
    const QSize roomy = QWizard::sizeHint().expandedTo(QSize(640, 560));
    const QScreen *shown = screen();
    return shown ? roomy.boundedTo(shown->availableGeometry().size()) : roomy;
}

void NewTokenWizard::setAccountPackages(const QStringList &packages)
{
    m_packages->setAccountPackages(packages);
}

void NewTokenWizard::setAccountOrgs(const QStringList &orgs)
{
    m_orgs->setAccountOrgs(orgs);
}

void NewTokenWizard::loadAccountPackages()
{
    if (m_services.userName.isEmpty())
        return;
    m_packages->setLoadingPackages();
    m_orgs->setLookingUpOrgs();
    m_services.creation->registry()->userPackages(
        m_services.userName, this, [this](td::Result<AccessMap> packages) {
            // Without the list the user can still type names: the page says so, with Retry.
            if (!packages) {
                m_orgs->setOrgsLookupFailed(); // they are found through the packages' scopes
                return m_packages->setPackagesLoadFailed(packages.error().oneLine());
            }
            setAccountPackages(packages.value().keys());
            findAccountOrgs(m_services.creation->registry(), m_services.userName,
                            packages.value().keys(), this,
                            [this](QList<AccountOrg> orgs) { m_orgs->setAccountOrgs(orgs); });
        });
}

void NewTokenWizard::done(int result)
{
    const bool onResult = currentId() == Result && m_creation;
    if (onResult && !m_result->tokenTaken() && !m_closeConfirmed)
        return askBeforeClosing(result);
    if (m_authenticate->prompt()->isWaitingForCode()
        || m_authenticate->prompt()->isWaitingForApproval())
        m_authenticate->prompt()->cancel();
    QWizard::done(result);
}

void NewTokenWizard::askBeforeClosing(int result)
{
    if (m_confirm)
        return m_confirm->open();
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Close without copying the token?"),
                                tr("You have not copied the new token or added it to an .npmrc. "
                                   "npm never shows it again."),
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("closeConfirmation"));
    m_confirm->setInformativeText(
        m_creation->storedInKeychain()
            ? tr("It stays in your keychain, so TokenDesk can still use it.")
            : tr("It is not in your keychain either: closing loses it."));
    QPushButton *close = m_confirm->addButton(tr("Close &anyway"), QMessageBox::DestructiveRole);
    close->setObjectName(QStringLiteral("closeAnywayButton"));
    QPushButton *stay = m_confirm->addButton(tr("&Go back"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("goBackButton"));
    m_confirm->setDefaultButton(stay);
    m_confirm->setEscapeButton(stay);
    connect(m_confirm, &QMessageBox::finished, this, [this, close, result] {
        if (m_confirm->clickedButton() == close) {
            m_closeConfirmed = true;
            done(result);
        }
    });
    m_confirm->open();
}

} // namespace td
