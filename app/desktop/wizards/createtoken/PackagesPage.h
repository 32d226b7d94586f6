// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/wizards/createtoken/DraftPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;

namespace td {

class FieldMessageLabel;
class PackageChecklistModel;
class PermissionCombo;

// Page 2: which packages and scopes, and with which permission. A searchable checklist of the
// account's packages (model + filter proxy, so 10,000 packages stay instant), free entry for
// names not published yet, "all packages", the permission and bypass-2FA.
class PackagesPage : public DraftPage
{
    Q_OBJECT
public:
    explicit PackagesPage(TokenDraft *draft, QWidget *parent = nullptr);

    void setAccountPackages(const QStringList &packages);
    // While the account's packages are fetched, and when that failed: the error (what happened
    // and what to do) with a Retry button instead of an empty list's "0 of 0 rows".
    void setLoadingPackages();
    void setPackagesLoadFailed(const QString &message);
    int accountPackageCount() const;
    PackageChecklistModel *checklist() const { return m_model; }
    QSortFilterProxyModel *filteredChecklist() const { return m_proxy; }

Q_SIGNALS:
    void retryLoadRequested();

protected:
    void syncFromDraft() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onToggled(const QString &name, bool isScope, bool checked);
    void addTypedEntry();
    void removeSelectedGrant();
    void updateStatus();

    PackageChecklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QCheckBox *m_allPackages;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_status;
    QLabel *m_loadError;
    QPushButton *m_retryLoad;
    enum class Load { Idle, Loading, Failed } m_load = Load::Idle;
    QLineEdit *m_entry;
    QPushButton *m_addEntry;
    QListWidget *m_selected;
    QPushButton *m_removeSelected;
    PermissionCombo *m_permission;
    QCheckBox *m_bypass2fa;
    FieldMessageLabel *m_grantMessage;
    FieldMessageLabel *m_permissionMessage;
    QLabel *m_directPublishWarning; // npm's January 2027 warning while direct read-write is chosen
};

} // namespace td
