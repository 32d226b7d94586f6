// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's last step: what was done, next steps, lock-down, the release check, clean-up.
#include "desktop/trust/TrustWizard.h"
#include "desktop/trust/TrustWizardPages.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

TrustDonePage::TrustDonePage(TrustWizard *wizard)
    : m_wizard(wizard),
      m_text(new QLabel(this)),
      m_lockDown(new QPushButton(tr("&Lock down: require 2FA and disallow tokens"), this)),
      m_check(new QPushButton(tr("C&heck the last releases"), this)),
      m_cleanup(new QPushButton(tr("&Clean up publish tokens…"), this)),
      m_lockStatus(new QLabel(this)),
      m_checkStatus(new QLabel(this))
{
    setTitle(tr("Done"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lockStatus->setWordWrap(true);
    m_checkStatus->setWordWrap(true);
    m_checkStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_lockDown);
    layout->addWidget(m_lockStatus);
    layout->addWidget(m_check);
    layout->addWidget(m_checkStatus);
    layout->addWidget(m_cleanup);
    layout->addStretch();
    connect(m_lockDown, &QPushButton::clicked, this, &TrustDonePage::askToLockDown);
    connect(m_check, &QPushButton::clicked, this, &TrustDonePage::checkReleases);
    connect(m_cleanup, &QPushButton::clicked, this, [this] {
        Q_EMIT m_wizard->tokenCleanupRequested(packagesPublishingViaOidc(m_wizard->state()));
    });
}

void TrustDonePage::initializePage()
{
    const TrustWizardState &s = m_wizard->state();
    const QStringList viaOidc = packagesPublishingViaOidc(s);
    QStringList other, unpublished;
    for (const PackagePlan &plan : s.plans) {
        if (viaOidc.contains(plan.packageName) || plan.action == PackagePlan::Action::Skip)
            continue;
        if (plan.action == PackagePlan::Action::Bootstrap
            && !s.bootstrapPublished.contains(plan.packageName))
            unpublished << plan.packageName;
        else
            other << plan.packageName;
    }
    QStringList lines;
    if (!viaOidc.isEmpty())
        lines << tr("Trusted publishing is configured and verified for: %1.")
                     .arg(viaOidc.join(QStringLiteral(", ")));
    if (!other.isEmpty())
        lines << tr("Not configured: %1 (see the previous pages).")
                     .arg(other.join(QStringLiteral(", ")));
    if (!unpublished.isEmpty())
        lines << tr("Not published yet: %1. Publish once, then run this wizard again.")
                     .arg(unpublished.join(QStringLiteral(", ")));
    lines << tr("Next steps: commit and push %1, then run the workflow. Afterwards, check the "
                "last releases, lock the packages down so only trusted publishing can publish, "
                "and revoke the publish tokens CI no longer needs.")
                 .arg(s.workflow.path.isEmpty() ? tr("the CI file") : s.workflow.path);
    m_text->setText(lines.join(QStringLiteral("\n\n")));
    const bool haveService = m_wizard->trustService() != nullptr;
    // Disallowing tokens before the workflow is in the repository would leave the packages with
    // no way to publish at all.
    const bool inPlace = workflowInPlace(s);
    m_lockDown->setEnabled(!viaOidc.isEmpty() && haveService && inPlace);
    m_lockStatus->setText(
        inPlace || viaOidc.isEmpty()
            ? QString()
            : tr("Lock-down is offered once %1 holds the trusted-publishing workflow: write it "
                 "on the workflow page, or edit it by hand and run this wizard again.")
                  .arg(s.workflow.path.isEmpty() ? tr("the CI file") : s.workflow.path));
    m_check->setEnabled(!viaOidc.isEmpty() && m_wizard->releaseCheck() != nullptr);
    m_cleanup->setEnabled(!viaOidc.isEmpty());
}

QMessageBox *TrustDonePage::lockDownConfirmation() const
{
    return m_lockConfirm;
}

void TrustDonePage::askToLockDown()
{
    const TrustWizardState &s = m_wizard->state();
    const QStringList names = packagesPublishingViaOidc(s);
    if (names.isEmpty())
        return;
    delete m_lockConfirm.data();
    m_lockConfirm = new QMessageBox(QMessageBox::Warning, tr("Lock down"),
                                    tr("Lock down %n package(s)?", "", int(names.size())),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    m_lockConfirm->setObjectName(QStringLiteral("lockDownConfirmation"));
    m_lockConfirm->setInformativeText(
        tr("For %1, publishing will require two-factor authentication and the registry will "
           "refuse every token, classic or granular: only the trusted-publishing workflow in %2 "
           "can publish. CI jobs and computers that still publish with a token will fail. You "
           "can undo this in each package's settings on the registry.")
            .arg(names.join(QStringLiteral(", ")), s.workflow.path));
    m_lockConfirm->button(QMessageBox::Yes)->setText(tr("&Lock down"));
    m_lockConfirm->setDefaultButton(QMessageBox::Cancel);
    m_lockConfirm->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox *box = m_lockConfirm;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            lockDown();
    });
    m_lockConfirm->open();
}

void TrustDonePage::lockDown()
{
    TrustService *service = m_wizard->trustService();
    if (!service)
        return;
    m_lockDown->setEnabled(false);
    m_lockStatus->setText(tr("Locking down…"));
    for (const QString &name : packagesPublishingViaOidc(m_wizard->state())) {
        ++m_lockPending;
        service->lockDown(name, this, [this, name](Result<void> r) {
            --m_lockPending;
            if (!r)
                m_lockStatus->setText(m_lockStatus->text() + QLatin1Char('\n') + name
                                      + QStringLiteral(": ") + r.error().oneLine());
            if (m_lockPending == 0)
                m_lockStatus->setText(m_lockStatus->text() + QLatin1Char('\n')
                                      + tr("Lock-down finished."));
        });
    }
}

// After CI ran the workflow: who published each latest release, verified (registry signature,
// provenance, publisher identity against the trust configs read on the packages page), in words.
// Each line says "checking…" until its answer arrives; nothing waits.
void TrustDonePage::checkReleases()
{
    provenance::LastReleaseCheck *check = m_wizard->releaseCheck();
    if (!check || m_checkPending > 0)
        return;
    const QStringList names = packagesPublishingViaOidc(m_wizard->state());
    auto lines = std::make_shared<QStringList>(); // in package order, whatever answers first
    for (const QString &name : names)
        lines->append(tr("%1: checking the last release…").arg(name));
    m_checkStatus->setText(lines->join(QLatin1Char('\n')));
    m_checkPending = int(names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i);
        check->check(name, this, [this, name, i, lines](Result<provenance::ReleaseVerdict> r) {
            (*lines)[i] = r ? tr("%1@%2: %3").arg(name, r.value().version, r.value().inWords())
                            : tr("%1: %2").arg(name, r.error().oneLine());
            m_checkStatus->setText(lines->join(QLatin1Char('\n')));
            --m_checkPending;
        });
    }
}

} // namespace td
