// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

SettingsDialog::SettingsDialog(const AppSettings &current, bool startAtLogin, QWidget *parent)
    : QDialog(parent), m_base(current)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("TokenDesk settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_thresholds
        = new QLineEdit(AppSettings::thresholdsText(current.thresholds.notifyBefore), this);
    m_thresholds->setObjectName(QStringLiteral("thresholdsEdit"));
    m_thresholds->setAccessibleName(tr("Warn before expiry"));
    m_thresholds->setToolTip(tr("Comma-separated, e.g. 14d, 7d, 3d, 1d, 1h. TokenDesk also warns "
                                "when a token has expired."));
    form->addRow(tr("&Warn before expiry:"), m_thresholds);
    m_clipboard = new QSpinBox(this);
    m_clipboard->setObjectName(QStringLiteral("clipboardSeconds"));
    m_clipboard->setRange(5, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setValue(int(current.clipboardTimeout.count()));
    form->addRow(tr("&Clear copied tokens after:"), m_clipboard);
    m_startAtLogin = new QCheckBox(tr("&Start TokenDesk in the tray when I log in"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setChecked(startAtLogin);
    form->addRow(QString(), m_startAtLogin);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings chosen = m_base;
    chosen.thresholds.notifyBefore = AppSettings::parseThresholds(m_thresholds->text());
    chosen.clipboardTimeout = std::chrono::seconds(m_clipboard->value());
    return chosen;
}

bool SettingsDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void SettingsDialog::accept()
{
    bool ok = false;
    AppSettings::parseThresholds(m_thresholds->text(), &ok);
    if (!ok) {
        m_problem->setText(tr("Write each warning as a number and d, h or m, separated by "
                              "commas, e.g. 14d, 7d, 1h."));
        m_problem->show();
        m_thresholds->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace td
