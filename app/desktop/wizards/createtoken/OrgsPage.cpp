// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/OrgsPage.h"

#include "desktop/wizards/createtoken/AccountOrgs.h"
#include "desktop/wizards/createtoken/PageBody.h"
#include "desktop/wizards/createtoken/PermissionCombo.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

OrgsPage::OrgsPage(TokenDraft *draft, QWidget *parent)
    : DraftPage(
        draft,
        {TokenDraft::Field::Orgs, TokenDraft::Field::OrgsPermission, TokenDraft::Field::Grants},
        parent)
{
    setTitle(tr("Organizations"));
    setSubTitle(tr("Organization access lets the token manage teams and members, not publish. "
                   "Most tokens need none."));
    m_list = named(new QListWidget(this), "orgList", tr("Organizations"));
    m_entry = named(new QLineEdit(this), "orgEntry", tr("Add an organization by name"));
    m_entry->setPlaceholderText(tr("organization name"));
    m_entry->installEventFilter(this);
    m_add = named(new QPushButton(tr("A&dd"), this), "addOrgButton",
                  tr("Add the typed organization"));
    m_permission
        = named(new PermissionCombo(
                    {Permission::NoAccess, Permission::ReadOnly, Permission::ReadWrite}, this),
                "orgsPermission", tr("Permission for organizations"));
    m_lookup = new QLabel(this);
    m_lookup->setObjectName(QStringLiteral("orgsLookupStatus"));
    m_lookup->setWordWrap(true);
    m_lookup->setTextFormat(Qt::PlainText);
    m_lookup->hide();
    auto *orgMessage = new FieldMessageLabel(draft, {TokenDraft::Field::Orgs}, m_list, this);
    orgMessage->setObjectName(QStringLiteral("orgsMessage"));
    auto *permissionMessage
        = new FieldMessageLabel(draft, {TokenDraft::Field::OrgsPermission}, m_permission, this);
    permissionMessage->setObjectName(QStringLiteral("orgsPermissionMessage"));
    auto *grantMessage = new FieldMessageLabel(draft, {TokenDraft::Field::Grants}, nullptr, this);
    grantMessage->setObjectName(QStringLiteral("grantsMessage"));

    auto *layout = new QVBoxLayout(scrollingBody(this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_lookup);
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_add);
    layout->addLayout(entryRow);
    layout->addWidget(orgMessage);
    auto *form = new QFormLayout;
    auto *permissionLabel = new QLabel(tr("&Permission:"), this);
    permissionLabel->setBuddy(m_permission);
    form->addRow(permissionLabel, m_permission);
    layout->addLayout(form);
    layout->addWidget(permissionMessage);
    layout->addWidget(grantMessage);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!isSyncing())
            pushCheckedToDraft();
    });
    connect(m_add, &QPushButton::clicked, this, &OrgsPage::addTypedOrg);
    connect(m_permission, &PermissionCombo::permissionChosen, this,
            [this](Permission p) { this->draft()->setOrgsPermission(p); });
    syncFromDraft();
}

void OrgsPage::setAccountOrgs(const QStringList &orgs)
{
    QList<AccountOrg> withoutRoles;
    for (const QString &org : orgs)
        withoutRoles << AccountOrg{org, QString()};
    setAccountOrgs(withoutRoles);
}

void OrgsPage::setLookingUpOrgs()
{
    m_lookup->setText(tr("Looking up your organizations…"));
    m_lookup->show();
}

void OrgsPage::setOrgsLookupFailed()
{
    m_lookup->setText(tr("Your organizations could not be looked up. Type a name below to add "
                         "one."));
    m_lookup->show();
}

void OrgsPage::setAccountOrgs(const QList<AccountOrg> &orgs)
{
    m_lookup->setText(orgs.isEmpty() ? tr("This account is in no organization. Type a name "
                                          "below to add one.")
                                     : QString());
    m_lookup->setVisible(orgs.isEmpty());
    m_list->blockSignals(true);
    for (const AccountOrg &org : orgs) {
        QListWidgetItem *item = ensureItem(org.name);
        const QString role = accountOrgRoleLabel(org.role);
        // The role says what the user may do there; the token never gets more than that.
        item->setText(role.isEmpty() ? org.name : tr("%1 — you are: %2").arg(org.name, role));
    }
    m_list->blockSignals(false);
    syncFromDraft();
}

QString OrgsPage::orgOf(const QListWidgetItem *item)
{
    return item->data(Qt::UserRole).toString();
}

QListWidgetItem *OrgsPage::ensureItem(const QString &org)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (orgOf(m_list->item(i)) == org)
            return m_list->item(i);
    auto *item = new QListWidgetItem(org, m_list);
    item->setData(Qt::UserRole, org);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

void OrgsPage::syncFromDraft()
{
    const QStringList orgs = draft()->orgs();
    m_list->blockSignals(true);
    for (const QString &org : orgs)
        ensureItem(org);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(orgs.contains(orgOf(item)) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->blockSignals(false);
    m_permission->setPermission(draft()->orgsPermission());
}

void OrgsPage::pushCheckedToDraft()
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked << orgOf(m_list->item(i));
    draft()->setOrgs(checked);
}

void OrgsPage::addTypedOrg()
{
    const QString org = m_entry->text().trimmed();
    if (org.isEmpty())
        return;
    QStringList orgs = draft()->orgs();
    if (!orgs.contains(org))
        orgs << org;
    m_entry->clear();
    draft()->setOrgs(orgs); // validated by the draft; a bad name shows its message
}

bool OrgsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && !m_entry->text().trimmed().isEmpty()) {
            addTypedOrg();
            return true;
        }
    }
    return DraftPage::eventFilter(watched, event);
}

} // namespace td
