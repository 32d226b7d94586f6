// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/SettingsDialog.h"

#include "desktop/settings/WatchSettingsPage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace td {

SettingsDialog::SettingsDialog(const AppSettings &current, bool startAtLogin, QWidget *parent)
    : QDialog(parent), m_base(current)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("TokenDesk settings"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    auto *general = new QWidget(m_pages);
    auto *form = new QFormLayout(general);
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
    m_pages->addTab(general, tr("&General"));

    auto *ci = new QWidget(m_pages);
    ci->setObjectName(QStringLiteral("ciServicesTab"));
    m_ciLayout = new QVBoxLayout(ci);
    auto *graceForm = new QFormLayout;
    m_ciGrace = new QSpinBox(ci);
    m_ciGrace->setObjectName(QStringLiteral("ciGraceMinutes"));
    m_ciGrace->setRange(0, 24 * 60);
    m_ciGrace->setSuffix(tr(" min"));
    m_ciGrace->setValue(int((current.ciGracePeriod.count() + 59) / 60));
    m_ciGrace->setToolTip(tr("CI runs already queued still use the old token: TokenDesk revokes "
                             "it only this long after every CI secret holds the new one."));
    graceForm->addRow(tr("&Revoke the old token after:"), m_ciGrace);
    m_ciLayout->addLayout(graceForm);
    m_pages->addTab(ci, tr("C&I services"));
    m_watch = new WatchSettingsPage(int(current.watchInterval.count()), m_pages);
    m_pages->addTab(m_watch, tr("P&ublish watch"));
    layout->addWidget(m_pages);
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
    // Shown in whole minutes: an untouched box keeps a shorter period set elsewhere (tests, CLI).
    if (m_ciGrace->value() != int((m_base.ciGracePeriod.count() + 59) / 60))
        chosen.ciGracePeriod = std::chrono::minutes(m_ciGrace->value());
    chosen.watchInterval
        = AppSettings::clampedWatchInterval(std::chrono::minutes(m_watch->intervalMinutes()));
    return chosen;
}

void SettingsDialog::setCiAccountsPage(QWidget *page)
{
    page->setParent(m_ciLayout->parentWidget());
    m_ciLayout->insertWidget(0, page, 1);
}

void SettingsDialog::showCiServices()
{
    m_pages->setCurrentIndex(1);
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
        m_pages->setCurrentIndex(0);
        m_thresholds->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace td
