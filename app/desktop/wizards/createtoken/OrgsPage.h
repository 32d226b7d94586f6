// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/wizards/createtoken/DraftPage.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace td {

class PermissionCombo;
struct AccountOrg;

// Page 3: organizations and their permission. Known organizations are a checklist; others can
// be typed. The "at least one grant" rule is checked here, once every grant is known.
class OrgsPage : public DraftPage
{
    Q_OBJECT
public:
    explicit OrgsPage(TokenDraft *draft, QWidget *parent = nullptr);

    void setAccountOrgs(const QStringList &orgs);       // names only (role unknown)
    void setAccountOrgs(const QList<AccountOrg> &orgs); // each shown with the user's role
    // While the account's organizations are looked up, and when that could not be done.
    void setLookingUpOrgs();
    void setOrgsLookupFailed();

protected:
    void syncFromDraft() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QString orgOf(const QListWidgetItem *item);
    QListWidgetItem *ensureItem(const QString &org);
    void pushCheckedToDraft();
    void addTypedOrg();

    QListWidget *m_list;
    QLabel *m_lookup; // looking up, none found or failed; hidden once orgs are listed
    QLineEdit *m_entry;
    QPushButton *m_add;
    PermissionCombo *m_permission;
};

} // namespace td
