// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace td {

// Thresholds, start at login and the clipboard timeout. Shown with open(); on OK it emits
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

    void accept() override;

private:
    AppSettings m_base;
    QLineEdit *m_thresholds;
    QSpinBox *m_clipboard;
    QCheckBox *m_startAtLogin;
    QLabel *m_problem;
};

} // namespace td
