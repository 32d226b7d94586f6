// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's first-publish step for packages that do not exist on the registry yet.
#include "core/registry/RegistryClient.h"
#include "core/trust/BootstrapRunner.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/trust/TrustWizard.h"
#include "desktop/trust/TrustWizardMemory.h"
#include "desktop/trust/TrustWizardPages.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace td {

namespace {

QString stateText(BootstrapRunner::StepState state)
{
    switch (state) {
    case BootstrapRunner::StepState::Waiting:
        return QCoreApplication::translate("td::TrustBootstrapPage", "Waiting");
    case BootstrapRunner::StepState::Running:
        return QCoreApplication::translate("td::TrustBootstrapPage", "Running");
    case BootstrapRunner::StepState::Done:
        return QCoreApplication::translate("td::TrustBootstrapPage", "Done");
    case BootstrapRunner::StepState::Failed:
        return QCoreApplication::translate("td::TrustBootstrapPage", "Failed");
    case BootstrapRunner::StepState::Skipped:
        break;
    }
    return QCoreApplication::translate("td::TrustBootstrapPage", "Skipped");
}

QList<BootstrapRunner::Package> bootstrapPackages(const TrustWizardState &s)
{
    QList<BootstrapRunner::Package> out;
    for (const PackagePlan &plan : s.plans)
        if (plan.action == PackagePlan::Action::Bootstrap)
            out << BootstrapRunner::Package{plan.packageName,
                                            plan.relativeDir.isEmpty() ? s.facts.root
                                                                       : s.facts.root
                                                    + QLatin1Char('/') + plan.relativeDir};
    return out;
}

} // namespace

TrustBootstrapPage::TrustBootstrapPage(TrustWizard *wizard)
    : m_wizard(wizard),
      m_intro(new QLabel(this)),
      m_steps(new QTableWidget(0, 2, this)),
      m_password(new QLineEdit(this)),
      m_start(new QPushButton(tr("&Publish for me"), this)),
      m_byHand(new QPushButton(tr("I will publish once &by hand"), this)),
      m_stop(new QPushButton(tr("&Stop"), this)),
      m_status(new QLabel(this))
{
    setTitle(tr("First publish"));
    setSubTitle(tr("npm can only trust packages that already exist on the registry."));
    m_intro->setWordWrap(true);
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("State")});
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->setColumnWidth(1, 300); // room for "Failed: npm publish of … failed: E404 …"
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setWordWrap(true);
    m_steps->setAccessibleName(tr("Bootstrap steps"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("your npm password (the registry asks for it to create a token)"));
    m_password->setAccessibleName(tr("npm password"));
    m_stop->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_password, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_byHand);
    layout->addWidget(m_status);
    connect(m_start, &QPushButton::clicked, this, &TrustBootstrapPage::start);
    connect(m_password, &QLineEdit::returnPressed, this, &TrustBootstrapPage::start);
    connect(m_byHand, &QPushButton::clicked, this, &TrustBootstrapPage::publishByHand);
    connect(m_stop, &QPushButton::clicked, this, [this] { stopThen({}); });
}

TrustBootstrapPage::~TrustBootstrapPage() = default;

void TrustBootstrapPage::initializePage()
{
    if (m_runner) // it ran: Back and Next again keep its steps and outcome, no second publish
        return;
    const TrustWizardState &s = m_wizard->state();
    const QList<BootstrapRunner::Package> packages = bootstrapPackages(s);
    RegistryClient *client = m_wizard->services().client;
    QStringList names;
    for (const auto &p : packages)
        names << p.name;
    m_intro->setText(
        tr("%1 does not exist on the registry yet, and npm accepts a trusted publisher only for "
           "an existing package. TokenDesk can publish it once for you, safely: each step below "
           "shows its state, and the token is revoked at the end whatever happens.")
            .arg(names.join(QStringLiteral(", "))));
    const BootstrapPlan plan
        = BootstrapRunner::planFor(packages, client ? client->baseUrl() : QUrl());
    m_steps->setRowCount(int(plan.steps.size()));
    for (int row = 0; row < plan.steps.size(); ++row) {
        m_steps->setItem(row, 0, new QTableWidgetItem(plan.steps[row].text));
        m_steps->setItem(row, 1,
                         new QTableWidgetItem(stateText(BootstrapRunner::StepState::Waiting)));
    }
    m_steps->resizeRowsToContents();
    const bool canRun = client != nullptr && !packages.isEmpty();
    m_start->setEnabled(canRun);
    m_password->setEnabled(canRun);
    m_status->setText(client ? QString()
                             : tr("Not signed in: TokenDesk cannot publish for you. Publish once "
                                  "by hand, then run this wizard again."));
}

bool TrustBootstrapPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool TrustBootstrapPage::isComplete() const
{
    return !isRunning();
}

void TrustBootstrapPage::start()
{
    RegistryClient *client = m_wizard->services().client;
    if (!client || isRunning())
        return;
    if (m_password->text().isEmpty()) {
        m_status->setText(tr("Type your npm password first: creating a token asks for it."));
        return;
    }
    TrustWizardState &s = m_wizard->state();
    m_runner = std::make_unique<BootstrapRunner>(*client);
    m_runner->setTwoFactorPrompt(m_wizard->services().prompt);
    m_runner->setNpmProgram(m_wizard->services().npmProgram);
    connect(m_runner.get(), &BootstrapRunner::stepChanged, this,
            [this](int step, BootstrapRunner::StepState state, const QString &detail) {
                if (QTableWidgetItem *item = m_steps->item(step, 1))
                    item->setText(detail.isEmpty()
                                      ? stateText(state)
                                      : stateText(state) + QStringLiteral(": ") + detail);
                m_steps->resizeRowsToContents();
            });
    connect(m_runner.get(), &BootstrapRunner::finished, this, &TrustBootstrapPage::onFinished);
    SecretBuffer password = SecretBuffer::fromString(m_password->text());
    m_password->clear();
    m_start->setEnabled(false);
    m_password->setEnabled(false);
    m_byHand->setEnabled(false);
    m_stop->setEnabled(true);
    m_status->setText(tr("Working…"));
    // A second try after a failure publishes only what is still missing.
    QList<BootstrapRunner::Package> missing;
    for (const auto &p : bootstrapPackages(s))
        if (!s.bootstrapPublished.contains(p.name))
            missing << p;
    m_runner->start(missing, s.desired, std::move(password));
    Q_EMIT completeChanged();
}

void TrustBootstrapPage::publishByHand()
{
    QStringList lines;
    lines << tr("Publish each package once yourself, from its folder, signed in with npm login:");
    for (const auto &p : bootstrapPackages(m_wizard->state()))
        lines << QStringLiteral("   cd \"%1\" && npm publish").arg(p.folder);
    lines << tr("Then run this wizard again: it configures trusted publishing for them.");
    m_status->setText(lines.join(QLatin1Char('\n')));
    for (int row = 0; row < m_steps->rowCount(); ++row)
        m_steps->item(row, 1)->setText(stateText(BootstrapRunner::StepState::Skipped));
    m_start->setEnabled(false);
    m_password->setEnabled(false);
}

void TrustBootstrapPage::stopThen(std::function<void()> after)
{
    if (!isRunning()) {
        if (after)
            after();
        return;
    }
    m_afterStop = std::move(after);
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping; revoking the token…"));
    m_runner->cancel();
    // The runner no longer waits for a code or an approval: close the prompt that asked.
    if (auto *prompt = dynamic_cast<GuiTwoFactorPrompt *>(m_wizard->services().prompt))
        prompt->cancel();
}

void TrustBootstrapPage::onFinished(bool ok, const QString &summary)
{
    TrustWizardState &s = m_wizard->state();
    s.bootstrapPublished += m_runner->published(); // across tries
    s.bootstrapOutcomes += m_runner->trustOutcomes();
    QList<TrustTarget> created; // a new package has no config but the one the runner created
    for (const QString &name : m_runner->published())
        created.append({name, s.desired, {}});
    rememberVerifiedConfigs(m_wizard->services().trustConfigPath, m_wizard->registry(), {}, created,
                            m_runner->trustOutcomes(), QDateTime::currentDateTimeUtc());
    m_stop->setEnabled(false);
    m_status->setText(ok ? summary : tr("Stopped: %1").arg(summary));
    if (!ok) { // let the user try again, or choose the manual path
        m_start->setEnabled(true);
        m_password->setEnabled(true);
        m_byHand->setEnabled(true);
    }
    Q_EMIT completeChanged();
    // Later, not inside the runner's signal: `after` may close and delete the wizard.
    if (auto after = std::exchange(m_afterStop, {}))
        QMetaObject::invokeMethod(this, std::move(after), Qt::QueuedConnection);
}

} // namespace td
