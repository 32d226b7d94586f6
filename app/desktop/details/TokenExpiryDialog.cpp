// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/details/TokenExpiryDialog.h"

#include "core/account/TokenExpiryEntry.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

TokenExpiryDialog::TokenExpiryDialog(const QString &accountName, const QDate &today,
                                     bool mayNeverExpire, const CredentialExpiry &current,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tokenExpiryDialog"));
    setWindowTitle(tr("Set token expiry"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("This registry does not say when the token of %1 ends. Enter the last day it works "
           "(as shown where you created it), and TokenDesk counts down and warns you in time.")
            .arg(accountName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("tokenExpiryDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_date->setAccessibleName(tr("Last day the token works"));
    const bool hadDate
        = current.basis == CredentialExpiryBasis::UserEntered && current.expires.isValid();
    // Stored as the start of the following day (TokenExpiryEntry): show the day before it.
    m_date->setDate(hadDate ? current.expires.toLocalTime().date().addDays(-1)
                            : today.addDays(tokenExpiryPresetDays().value(1)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Last day:"), m_date);
    layout->addLayout(form);

    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("From today:"), this));
    for (int days : tokenExpiryPresetDays()) {
        auto *preset = new QPushButton(tr("%n day(s)", nullptr, days), this);
        preset->setObjectName(QStringLiteral("tokenExpiryPreset%1").arg(days));
        preset->setAutoDefault(false);
        connect(preset, &QPushButton::clicked, this,
                [this, today, days] { m_date->setDate(today.addDays(days)); });
        presets->addWidget(preset);
    }
    presets->addStretch();
    layout->addLayout(presets);

    if (mayNeverExpire) {
        m_never = new QCheckBox(tr("The token &never expires"), this);
        m_never->setObjectName(QStringLiteral("tokenNeverExpires"));
        m_never->setChecked(current.basis == CredentialExpiryBasis::UserEntered
                            && !current.expires.isValid());
        connect(m_never, &QCheckBox::toggled, m_date, &QWidget::setDisabled);
        m_date->setDisabled(m_never->isChecked());
        layout->addWidget(m_never);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    m_date->setFocus();
}

CredentialExpiry TokenExpiryDialog::chosen() const
{
    if (m_never && m_never->isChecked())
        return userEnteredNoExpiry();
    return userEnteredExpiry(m_date->date());
}

} // namespace td
