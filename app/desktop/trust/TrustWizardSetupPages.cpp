// SPDX-License-Identifier: GPL-3.0-or-later
// The first three wizard steps: folder, packages, provider details.
#include "desktop/trust/TrustWizard.h"
#include "desktop/trust/TrustWizardMemory.h"
#include "desktop/trust/TrustWizardPages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

TrustFolderPage::TrustFolderPage(TrustWizard *wizard)
    : m_wizard(wizard), m_folder(new QLineEdit(this)), m_error(new QLabel(this))
{
    setTitle(tr("Repository"));
    setSubTitle(tr("Choose the folder of the repository whose packages CI should publish."));
    m_folder->setText(wizard->services().initialFolder);
    m_folder->setAccessibleName(tr("Repository folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Repository folder"), m_folder->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
        dialog->open();
    });
    m_error->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch();
}

bool TrustFolderPage::validatePage()
{
    auto facts = RepoInspector::inspect(m_folder->text());
    if (!facts) {
        m_error->setText(facts.error().oneLine());
        return false;
    }
    if (facts.value().publishablePackages().isEmpty()) {
        m_error->setText(tr("No publishable package.json was found in this folder."));
        return false;
    }
    TrustWizardState &s = m_wizard->state();
    s.facts = facts.value();
    s.remote = s.facts.primaryRemote();
    s.registry.clear();
    s.registryLoaded = false;
    m_error->clear();
    return true;
}

TrustPackagesPage::TrustPackagesPage(TrustWizard *wizard)
    : m_wizard(wizard), m_table(new QTableWidget(0, 3, this)), m_status(new QLabel(this))
{
    setTitle(tr("Packages"));
    setSubTitle(tr("Tick the packages CI should publish through trusted publishing."));
    m_table->setHorizontalHeaderLabels({tr("Package"), tr("Folder"), tr("On the registry")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Packages"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    connect(m_table, &QTableWidget::itemChanged, this, &TrustPackagesPage::completeChanged);
}

void TrustPackagesPage::initializePage()
{
    fillTable();
    TrustWizardState &s = m_wizard->state();
    TrustService *service = m_wizard->trustService();
    if (!service) {
        m_status->setText(tr("Not signed in: the registry state cannot be read."));
        s.registryLoaded = true;
        return;
    }
    m_status->setText(tr("Reading the registry…"));
    QStringList names;
    for (const PackageInfo &p : s.facts.publishablePackages())
        names << p.name;
    QPointer<TrustPackagesPage> self(this);
    service->readRegistryState(names, [self](QHash<QString, PackageRegistryState> states) {
        if (!self)
            return;
        self->m_wizard->state().registry = states;
        rememberReadConfigs(self->m_wizard->services().trustConfigPath, self->m_wizard->registry(),
                            states, QDateTime::currentDateTimeUtc());
        self->m_wizard->state().registryLoaded = true;
        self->m_status->clear();
        self->fillTable();
        Q_EMIT self->completeChanged();
    });
}

void TrustPackagesPage::fillTable()
{
    const TrustWizardState &s = m_wizard->state();
    const QList<PackageInfo> packages = s.facts.publishablePackages();
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(packages.size()));
    for (int row = 0; row < packages.size(); ++row) {
        const PackageInfo &p = packages[row];
        auto *name = new QTableWidgetItem(p.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        name->setCheckState(Qt::Checked);
        QString status = tr("…");
        if (s.registryLoaded) {
            const PackageRegistryState state = s.registry.value(p.name);
            if (!state.readError.isEmpty())
                status = tr("Could not read the registry: %1").arg(state.readError);
            else if (!state.exists)
                status = tr("Not published yet: needs a first publish (bootstrap)");
            else if (state.configs.isEmpty())
                status = tr("Published; no trusted publisher");
            else
                status = tr("Published; %n trusted publisher(s) configured", nullptr,
                            int(state.configs.size()));
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(p.relativeDir.isEmpty() ? QStringLiteral(".") : p.relativeDir));
        m_table->setItem(row, 2, new QTableWidgetItem(status));
    }
    m_table->resizeColumnsToContents();
}

bool TrustPackagesPage::isComplete() const
{
    if (!m_wizard->state().registryLoaded)
        return false;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->checkState() == Qt::Checked)
            return true;
    return false;
}

bool TrustPackagesPage::validatePage()
{
    QStringList chosen;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->checkState() == Qt::Checked)
            chosen << m_table->item(row, 0)->text();
    m_wizard->state().chosen = chosen;
    return true;
}

TrustProviderPage::TrustProviderPage(TrustWizard *wizard)
    : m_wizard(wizard),
      m_provider(new QComboBox(this)),
      m_path(new QLineEdit(this)),
      m_file(new QLineEdit(this)),
      m_environment(new QLineEdit(this)),
      m_publish(new QCheckBox(tr("Publish &directly (npm publish)"), this)),
      m_stagePublish(new QCheckBox(tr("&Stage a publish for approval"), this)),
      m_directNote(new QLabel(this)),
      m_error(new QLabel(this))
{
    setTitle(tr("Provider"));
    setSubTitle(tr("Where CI runs. The details come from the git remote; npm compares them "
                   "exactly, letter case included."));
    m_provider->addItem(tr("GitHub Actions"), int(TrustProvider::GitHub));
    m_provider->addItem(tr("GitLab CI/CD"), int(TrustProvider::GitLab));
    // Stage only by default, as npm creates new configs: a release waits for a maintainer's
    // approval with 2FA. Direct publishing is the user's explicit choice.
    m_stagePublish->setChecked(true);
    m_directNote->setWordWrap(true);
    m_directNote->setText(
        tr("Trusted publishing may still publish directly after npm's January 2027 cut-off, "
           "but every release then goes out without anyone approving it."));
    m_directNote->setVisible(false);
    connect(m_publish, &QCheckBox::toggled, m_directNote, &QLabel::setVisible);
    m_environment->setPlaceholderText(tr("optional"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Repository / project path:"), m_path);
    form->addRow(tr("&Workflow / CI file:"), m_file);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Allowed actions:"), m_stagePublish);
    form->addRow(QString(), m_publish);
    form->addRow(QString(), m_directNote);
    form->addRow(m_error);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        const bool gitlab = m_provider->currentData().toInt() == int(TrustProvider::GitLab);
        m_file->setText(gitlab ? QStringLiteral(".gitlab-ci.yml") : QStringLiteral("publish.yml"));
    });
}

void TrustProviderPage::initializePage()
{
    const auto &remote = m_wizard->state().remote;
    const bool gitlab = remote && remote->provider == GitProvider::GitLab;
    m_provider->setCurrentIndex(gitlab ? 1 : 0);
    m_path->setText(remote ? remote->path() : QString());
    m_file->setText(gitlab ? QStringLiteral(".gitlab-ci.yml") : QStringLiteral("publish.yml"));
}

bool TrustProviderPage::validatePage()
{
    if (const QString problem = TrustPlanner::workflowFileProblem(m_file->text());
        !problem.isEmpty()) {
        m_error->setText(problem);
        return false;
    }
    if (m_path->text().count(QLatin1Char('/')) < 1
        || !(m_publish->isChecked() || m_stagePublish->isChecked())) {
        m_error->setText(tr("Give the path as owner/repository and allow at least one action."));
        return false;
    }
    TrustedPublisher c;
    c.type = TrustProvider(m_provider->currentData().toInt());
    if (c.type == TrustProvider::GitLab) {
        c.projectPath = m_path->text().trimmed();
        c.ciConfigFile = m_file->text().trimmed();
    } else {
        c.repository = m_path->text().trimmed();
        c.workflowFile = m_file->text().trimmed();
    }
    c.environment = m_environment->text().trimmed();
    c.actions = {};
    if (m_publish->isChecked())
        c.actions |= TrustAction::Publish;
    if (m_stagePublish->isChecked())
        c.actions |= TrustAction::StagePublish;
    m_wizard->state().desired = c;
    m_error->clear();
    return true;
}

} // namespace td
