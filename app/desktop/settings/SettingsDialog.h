// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QVBoxLayout;

namespace td {

class WatchSettingsPage;

// Three pages. General: thresholds, start at login and the clipboard timeout. CI services: the
// connected CI accounts (a CiServicesPage the caller puts in with setCiAccountsPage) and the grace
// period before a rotated token's old value is revoked. Publish watch: the poll interval and
// the watch's budget (WatchSettingsPresenter fills it). Shown with open(); on OK it emits
// accepted() and settings() holds what the user chose (the caller saves and applies it).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const AppSettings &current, bool startAtLogin, QWidget *parent = nullptr);

    AppSettings settings() const;
    bool startAtLogin() const;

    QLineEdit *thresholdsEdit() const { return m_thresholds; }
    QSpinBox *clipboardSeconds() const { return m_clipboard; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    QSpinBox *ciGraceMinutes() const { return m_ciGrace; }
    QTabWidget *pages() const { return m_pages; }
    WatchSettingsPage *watchPage() const { return m_watch; }

    // Puts the CI accounts list at the top of the "CI services" page (the dialog owns it then).
    void setCiAccountsPage(QWidget *page);
    void showCiServices(); // selects the "CI services" page

    void accept() override;

private:
    AppSettings m_base;
    QLineEdit *m_thresholds;
    QSpinBox *m_clipboard;
    QCheckBox *m_startAtLogin;
    QSpinBox *m_ciGrace;
    QTabWidget *m_pages;
    QVBoxLayout *m_ciLayout;
    WatchSettingsPage *m_watch;
    QLabel *m_problem;
};

} // namespace td
