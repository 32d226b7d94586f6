// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/PackagesPage.h"

#include "desktop/mainwindow/StatePalette.h"
#include "desktop/wizards/createtoken/PackageChecklistModel.h"
#include "desktop/wizards/createtoken/PageBody.h"
#include "desktop/wizards/createtoken/PermissionCombo.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace td {

namespace {
bool isScopeEntry(const QString &text)
{
    return text.startsWith(u'@') && !text.contains(u'/');
}
} // namespace

PackagesPage::PackagesPage(TokenDraft *draft, QWidget *parent)
    : DraftPage(draft,
                {TokenDraft::Field::Packages, TokenDraft::Field::Scopes,
                 TokenDraft::Field::PackagesPermission, TokenDraft::Field::Bypass2fa},
                parent),
      m_model(new PackageChecklistModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setTitle(tr("Packages and scopes"));
    setSubTitle(tr("Tick the packages and scopes the token may use, or type names that are not "
                   "published yet."));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PackageChecklistModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_allPackages = named(new QCheckBox(tr("&All packages, including ones published later"), this),
                          "allPackagesCheck", tr("All packages"));
    m_filter = named(new QLineEdit(this), "packageFilter", tr("Search packages"));
    m_filter->setPlaceholderText(tr("Search packages…"));
    m_filter->setClearButtonEnabled(true);
    m_list = named(new QListView(this), "packageList", tr("Packages and scopes of this account"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true); // no per-row size queries: 10,000 rows lay out at once
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("packageListStatus"));
    m_loadError = new QLabel(this);
    m_loadError->setObjectName(QStringLiteral("packageLoadError"));
    m_loadError->setWordWrap(true);
    m_loadError->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_loadError->palette();
    errorPalette.setColor(QPalette::WindowText, stateColor(ExpiryState::Critical));
    m_loadError->setPalette(errorPalette);
    m_loadError->hide();
    m_retryLoad = named(new QPushButton(tr("Re&try"), this), "retryPackagesButton",
                        tr("Load the account's packages again"));
    m_retryLoad->hide();

    m_entry = named(new QLineEdit(this), "packageEntry", tr("Add a package or scope by name"));
    m_entry->setPlaceholderText(tr("new-package, @scope/name or @scope"));
    m_entry->installEventFilter(this);
    m_addEntry = named(new QPushButton(tr("A&dd"), this), "addPackageButton",
                       tr("Add the typed package or scope"));
    m_selected = named(new QListWidget(this), "selectedGrants", tr("Chosen packages and scopes"));
    m_selected->setMaximumHeight(90);
    m_selected->installEventFilter(this);
    m_removeSelected = named(new QPushButton(tr("&Remove"), this), "removeGrantButton",
                             tr("Remove the chosen package or scope"));
    m_grantMessage = new FieldMessageLabel(
        draft, {TokenDraft::Field::Packages, TokenDraft::Field::Scopes}, m_selected, this);
    m_grantMessage->setObjectName(QStringLiteral("packagesMessage"));
    m_grantMessage->setExtraSource([draft] {
        return draft->allPackages() ? QString()
                                    : draft->policy().checkPackagesAndScopesCount(
                                        int(draft->packages().size() + draft->scopes().size()));
    });

    m_permission = named(new PermissionCombo({Permission::ReadOnly, Permission::ReadWrite,
                                              Permission::ReadWriteStageOnly, Permission::NoAccess},
                                             this),
                         "packagesPermission", tr("Permission for packages and scopes"));
    m_bypass2fa
        = named(new QCheckBox(tr("Bypass two-&factor authentication when publishing"), this),
                "bypass2faCheck", tr("Bypass two-factor authentication"));
    m_permissionMessage = new FieldMessageLabel(
        draft, {TokenDraft::Field::PackagesPermission, TokenDraft::Field::Bypass2fa}, m_permission,
        this);
    m_permissionMessage->setObjectName(QStringLiteral("packagesPermissionMessage"));
    // On the page, not in a dialog: the user reads it while choosing, and nothing blocks.
    m_directPublishWarning = new QLabel(this);
    m_directPublishWarning->setObjectName(QStringLiteral("directPublishWarning"));
    m_directPublishWarning->setWordWrap(true);
    m_directPublishWarning->setTextFormat(Qt::PlainText);
    QPalette warningPalette = m_directPublishWarning->palette();
    warningPalette.setColor(QPalette::WindowText, stateColor(ExpiryState::Critical));
    m_directPublishWarning->setPalette(warningPalette);

    auto *layout = new QVBoxLayout(scrollingBody(this));
    layout->addWidget(m_allPackages);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_loadError, 1);
    errorRow->addWidget(m_retryLoad, 0, Qt::AlignTop);
    layout->addLayout(errorRow);
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_addEntry);
    layout->addLayout(entryRow);
    auto *selectedRow = new QHBoxLayout;
    selectedRow->addWidget(m_selected, 1);
    selectedRow->addWidget(m_removeSelected, 0, Qt::AlignTop);
    layout->addLayout(selectedRow);
    layout->addWidget(m_grantMessage);
    auto *form = new QFormLayout;
    auto *permissionLabel = new QLabel(tr("&Permission:"), this);
    permissionLabel->setBuddy(m_permission);
    form->addRow(permissionLabel, m_permission);
    layout->addLayout(form);
    layout->addWidget(m_bypass2fa);
    layout->addWidget(m_permissionMessage);
    layout->addWidget(m_directPublishWarning);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    connect(m_model, &PackageChecklistModel::toggled, this, &PackagesPage::onToggled);
    connect(m_allPackages, &QCheckBox::toggled, this, [this](bool all) {
        if (!isSyncing())
            this->draft()->setAllPackages(all);
    });
    connect(m_retryLoad, &QPushButton::clicked, this, &PackagesPage::retryLoadRequested);
    connect(m_addEntry, &QPushButton::clicked, this, &PackagesPage::addTypedEntry);
    connect(m_removeSelected, &QPushButton::clicked, this, &PackagesPage::removeSelectedGrant);
    connect(m_permission, &PermissionCombo::permissionChosen, this,
            [this](Permission p) { this->draft()->setPackagesPermission(p); });
    connect(m_bypass2fa, &QCheckBox::toggled, this, [this](bool bypass) {
        if (!isSyncing())
            this->draft()->setBypass2fa(bypass);
    });
    syncFromDraft();
}

void PackagesPage::setAccountPackages(const QStringList &packages)
{
    m_load = Load::Idle;
    m_model->setPackages(packages);
    syncFromDraft();
}

void PackagesPage::setLoadingPackages()
{
    m_load = Load::Loading;
    updateStatus();
}

void PackagesPage::setPackagesLoadFailed(const QString &message)
{
    m_load = Load::Failed;
    m_loadError->setText(
        tr("Could not load your packages: %1 You can still type package names below.")
            .arg(message));
    updateStatus();
    if (m_retryLoad->isVisible())
        m_retryLoad->setFocus(); // the keyboard user lands on the way out of the error
}

int PackagesPage::accountPackageCount() const
{
    return m_model->packageCount();
}

void PackagesPage::syncFromDraft()
{
    const QStringList packages = draft()->packages();
    const QStringList scopes = draft()->scopes();
    QSet<QString> checked(packages.cbegin(), packages.cend());
    checked.unite(QSet<QString>(scopes.cbegin(), scopes.cend()));
    m_model->setChecked(checked);

    const QStringList chosen = scopes + packages;
    QStringList shown;
    for (int i = 0; i < m_selected->count(); ++i)
        shown << m_selected->item(i)->text();
    if (shown != chosen) {
        m_selected->clear();
        m_selected->addItems(chosen);
    }
    const bool all = draft()->allPackages();
    m_allPackages->setChecked(all);
    for (QWidget *w :
         {static_cast<QWidget *>(m_filter), static_cast<QWidget *>(m_list),
          static_cast<QWidget *>(m_entry), static_cast<QWidget *>(m_addEntry),
          static_cast<QWidget *>(m_selected), static_cast<QWidget *>(m_removeSelected)})
        w->setEnabled(!all);
    m_permission->setPermission(draft()->packagesPermission());
    m_bypass2fa->setChecked(draft()->bypass2fa());
    const QString warning = draft()->directPublishWarning();
    m_directPublishWarning->setText(warning);
    m_directPublishWarning->setVisible(!warning.isEmpty());
    m_grantMessage->refresh();
    updateStatus();
}

void PackagesPage::onToggled(const QString &name, bool isScope, bool checked)
{
    QStringList list = isScope ? draft()->scopes() : draft()->packages();
    if (checked && !list.contains(name))
        list << name;
    else if (!checked)
        list.removeAll(name);
    if (isScope)
        draft()->setScopes(list);
    else
        draft()->setPackages(list);
}

void PackagesPage::addTypedEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty())
        return;
    // The draft validates what was typed; an invalid name shows its message and blocks Next.
    if (isScopeEntry(text))
        draft()->setScopes(draft()->scopes() << text);
    else
        draft()->setPackages(draft()->packages() << text);
    m_entry->clear();
}

void PackagesPage::removeSelectedGrant()
{
    const QListWidgetItem *item = m_selected->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    if (isScopeEntry(name)) {
        QStringList scopes = draft()->scopes();
        scopes.removeAll(name);
        draft()->setScopes(scopes);
    } else {
        QStringList packages = draft()->packages();
        packages.removeAll(name);
        draft()->setPackages(packages);
    }
}

void PackagesPage::updateStatus()
{
    const bool failed = m_load == Load::Failed;
    m_loadError->setVisible(failed);
    m_retryLoad->setVisible(failed);
    m_status->setVisible(!failed);
    if (m_load == Load::Loading)
        return m_status->setText(tr("Loading your packages…"));
    const int chosen = int(draft()->packages().size() + draft()->scopes().size());
    // Counts through %n, so every language gets its plural forms ("1 row", "2 rows").
    m_status->setText(
        tr("Showing %L1 of %Ln row(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount())
        + QStringLiteral(" · ") + tr("%Ln chosen", nullptr, chosen));
}

bool PackagesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Return in the entry field adds the name instead of pressing Next.
        if (watched == m_entry && (key == Qt::Key_Return || key == Qt::Key_Enter)
            && !m_entry->text().trimmed().isEmpty()) {
            addTypedEntry();
            return true;
        }
        if (watched == m_selected && key == Qt::Key_Delete) {
            removeSelectedGrant();
            return true;
        }
    }
    return DraftPage::eventFilter(watched, event);
}

} // namespace td
