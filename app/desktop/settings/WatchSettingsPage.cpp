// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/WatchSettingsPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

WatchSettingsPage::WatchSettingsPage(int intervalMinutes, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("watchSettingsTab"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("watchIntervalMinutes"));
    // Below the minimum is accepted here and clamped on save, with a note saying so.
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(intervalMinutes);
    m_interval->setToolTip(tr("How often the watch reads each of your packages from the "
                              "registry. Never below 5 minutes."));
    form->addRow(tr("&Check each package every:"), m_interval);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("watchIntervalNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    form->addRow(QString(), m_note);
    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("watchBudget"));
    m_budget->setWordWrap(true);
    m_budget->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_budget->setFocusPolicy(Qt::StrongFocus);
    m_budget->setAccessibleName(tr("Request budget per hour"));
    form->addRow(tr("Request budget per hour:"), m_budget);
    layout->addLayout(form);
    auto *unwatchedLabel = new QLabel(tr("&Packages that go unwatched:"), this);
    m_unwatched = new QListWidget(this);
    m_unwatched->setObjectName(QStringLiteral("watchUnwatched"));
    m_unwatched->setAccessibleName(tr("Packages that go unwatched"));
    m_unwatched->setWordWrap(true);
    m_unwatched->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    unwatchedLabel->setBuddy(m_unwatched);
    layout->addWidget(unwatchedLabel);
    layout->addWidget(m_unwatched, 1);
    connect(m_interval, &QSpinBox::valueChanged, this, &WatchSettingsPage::intervalEdited);
}

int WatchSettingsPage::intervalMinutes() const
{
    return m_interval->value();
}

void WatchSettingsPage::setIntervalNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void WatchSettingsPage::setBudget(const QString &text)
{
    m_budget->setText(text);
}

void WatchSettingsPage::setUnwatched(const QStringList &lines)
{
    m_unwatched->clear();
    m_unwatched->addItems(lines);
}

} // namespace td
