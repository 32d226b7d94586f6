// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/migration/ConfirmRevokePanel.h"

#include "core/migration/ManualSteps.h"
#include "core/migration/MigrationJournal.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

ConfirmRevokePanel::ConfirmRevokePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("confirmRevokePanel"));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(0, 0, 0, 0);
    hide();
}

void ConfirmRevokePanel::showJournal(const MigrationJournal &journal)
{
    delete m_content; // the buttons of the previous state go with it
    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<int> waiting = journal.rowsAwaitingConfirmation();
    m_waiting = int(waiting.size());
    const QString copyHint = tr("copy it from the keychain with the Copy button");
    for (int row : waiting) {
        const QJsonObject r = journal.row(row);
        auto *box = new QGroupBox(tr("%1 is still valid: update these places, then revoke it")
                                      .arg(r.value(QStringLiteral("oldRedacted")).toString()),
                                  m_content);
        auto *steps = new QLabel(m_content);
        steps->setObjectName(QStringLiteral("manualSteps_%1").arg(row));
        steps->setWordWrap(true);
        steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
        steps->setText(manualStepTexts(r.value(QStringLiteral("manual")).toArray(), copyHint)
                           .join(QLatin1Char('\n')));
        auto *copy = new QPushButton(tr("Copy the new token"), box);
        copy->setObjectName(QStringLiteral("copyNewToken_%1").arg(row));
        auto *confirm = new QPushButton(tr("I updated it — revoke the old token"), box);
        confirm->setObjectName(QStringLiteral("confirmRevoke_%1").arg(row));
        connect(copy, &QPushButton::clicked, this, [this, row] { Q_EMIT copyRequested(row); });
        connect(confirm, &QPushButton::clicked, this,
                [this, row] { Q_EMIT confirmRequested(row); });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(copy);
        buttons->addWidget(confirm);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(steps);
        boxLayout->addLayout(buttons);
        layout->addWidget(box);
    }
    // Old tokens whose revoke failed after their replacement was verified: retryable here.
    const QList<int> failed = journal.rowsAwaitingRevokeRetry();
    m_waiting += int(failed.size());
    for (int row : failed) {
        const QJsonObject r = journal.row(row);
        auto *box = new QGroupBox(
            tr("Revoke pending: %1").arg(r.value(QStringLiteral("oldRedacted")).toString()),
            m_content);
        auto *why = new QLabel(box);
        why->setObjectName(QStringLiteral("revokeFailed_%1").arg(row));
        why->setWordWrap(true);
        why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        why->setText(tr("Its replacement works and is in use, but revoking the old token "
                        "failed: %1. Retry when the registry answers again.")
                         .arg(r.value(QStringLiteral("error")).toString()));
        auto *retry = new QPushButton(tr("Retry"), box);
        retry->setObjectName(QStringLiteral("retryRevoke_%1").arg(row));
        connect(retry, &QPushButton::clicked, this, [this, row] { Q_EMIT retryRequested(row); });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(retry);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(why);
        boxLayout->addLayout(buttons);
        layout->addWidget(box);
    }
    m_rows->addWidget(m_content);
    setVisible(m_waiting > 0);
}

QString ConfirmRevokePanel::text() const
{
    QStringList texts;
    if (m_content) {
        for (const QLabel *label : m_content->findChildren<QLabel *>())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace td
