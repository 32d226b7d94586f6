// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/lockdown/LockdownDialog.h"

#include "desktop/lockdown/LockdownPresenter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace td {

LockdownDialog::LockdownDialog(LockdownPresenter *presenter, UrlOpener openUrl, QWidget *parent)
    : QDialog(parent),
      m_presenter(presenter),
      m_openUrl(std::move(openUrl)),
      m_subject(new QLabel(this)),
      m_status(new QLabel(tr("Reading the packages and your tokens…"), this)),
      m_steps(new QVBoxLayout),
      m_progress(new QListWidget(this)),
      m_run(new QPushButton(tr("&Run"), this)),
      m_retry(new QPushButton(tr("Re&try"), this)),
      m_reportPage(new QPushButton(tr("Open npm's &report page"), this))
{
    setWindowTitle(tr("Lockdown"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setAccessibleName(tr("Progress"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reportPage, QDialogButtonBox::ActionRole);
    m_run->setEnabled(false);
    m_retry->setVisible(false);
    m_reportPage->setVisible(false);
    // The steps scroll: with their notes and why-nots they are taller than a small screen.
    auto *stepsArea = new QScrollArea(this);
    auto *stepsWidget = new QWidget(stepsArea);
    stepsWidget->setLayout(m_steps);
    m_steps->addStretch();
    stepsArea->setWidget(stepsWidget);
    stepsArea->setWidgetResizable(true);
    stepsArea->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_status);
    layout->addWidget(stepsArea, 3);
    layout->addWidget(m_progress, 1);
    layout->addWidget(buttons);
    m_progress->setVisible(false);
    resize(620, 720);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, m_presenter, &LockdownPresenter::run);
    connect(m_retry, &QPushButton::clicked, m_presenter, &LockdownPresenter::retry);
    connect(m_reportPage, &QPushButton::clicked, this,
            [this] { m_openUrl(m_presenter->npmReportUrl()); });
    connect(m_presenter, &LockdownPresenter::planReady, this, &LockdownDialog::showPlan);
    connect(m_presenter, &LockdownPresenter::blocked, this, &LockdownDialog::showBlocked);
    connect(m_presenter, &LockdownPresenter::failed, this, &LockdownDialog::showFailure);
    connect(m_presenter, &LockdownPresenter::finished, this, &LockdownDialog::showFinished);
    connect(m_presenter, &LockdownPresenter::actionStarted, this,
            [this](int index, int total, const QString &label) {
                m_run->setEnabled(false);
                m_retry->setVisible(false);
                m_progress->setVisible(true);
                m_status->setText(tr("Running %1 of %2…").arg(index + 1).arg(total));
                while (m_progress->count() <= index)
                    m_progress->addItem(QString());
                m_progress->item(index)->setText(tr("%1 … working").arg(label));
            });
    connect(m_presenter, &LockdownPresenter::actionFinished, this,
            [this](int index, bool ok, const QString &message) {
                QListWidgetItem *item = m_progress->item(index);
                if (!item)
                    return;
                const QString label = item->text().section(QStringLiteral(" … "), 0, 0);
                item->setText(ok ? tr("%1 … done").arg(label)
                                 : tr("%1 … failed: %2").arg(label, message));
            });
}

void LockdownDialog::setSubject(const QString &text)
{
    m_subject->setText(tr("Respond to %1").arg(text));
}

QString LockdownDialog::statusText() const
{
    return m_status->text();
}

void LockdownDialog::showPlan()
{
    const QList<LockdownStep> &steps = m_presenter->plan().steps();
    for (const LockdownStep &step : steps) {
        QStringList lines;
        for (const LockdownAction &action : step.actions)
            lines.append(action.label);
        lines += step.notes;
        const int at = m_steps->count() - 1; // before the stretch
        auto *box = new QCheckBox(lockdownStepTitle(step.kind));
        box->setChecked(step.runs());
        box->setEnabled(step.applies && step.kind != LockdownStepKind::Unpublish);
        const QString detail = step.applies ? lines.join(QLatin1Char('\n')) : step.whyNot;
        box->setToolTip(detail);
        m_steps->insertWidget(at, box);
        if (!detail.isEmpty()) {
            auto *label = new QLabel(detail);
            label->setWordWrap(true);
            label->setIndent(24);
            label->setEnabled(step.applies);
            m_steps->insertWidget(at + 1, label);
        }
        m_boxes.insert(int(step.kind), box);
        const LockdownStepKind kind = step.kind;
        connect(box, &QCheckBox::toggled, this,
                [this, kind](bool ticked) { m_presenter->setTicked(kind, ticked); });
    }
    QString status = tr("Untick what you do not want. Before the first change TokenDesk checks "
                        "this computer for a worm's watchdog. You approve the changes once.");
    if (!m_presenter->earlierJournal().isEmpty()) {
        status += QLatin1String("\n\n")
            + tr("An earlier lockdown (started %1) stopped before it finished. Resume carries "
                 "it on from its first step not done; Run plans afresh from the registry.")
                  .arg(QLocale().toString(m_presenter->earlierStartedAt().toLocalTime(),
                                          QLocale::ShortFormat));
        m_retry->setText(tr("Res&ume"));
        m_retry->setVisible(true);
    }
    m_status->setText(status);
    m_run->setEnabled(true);
}

void LockdownDialog::showBlocked(const QString &findings)
{
    m_status->setText(tr("Stopped before any change: this computer has a worm's persistence. "
                         "Disarm it first, then press Run again.\n\n%1")
                          .arg(findings));
    m_run->setEnabled(true);
    // Pressed again after disarming: Resume while an earlier lockdown is still to carry on.
    m_retry->setVisible(!m_presenter->earlierJournal().isEmpty());
}

void LockdownDialog::showFailure(const QString &message)
{
    m_status->setText(message);
    m_run->setEnabled(!m_presenter->isRunning());
}

void LockdownDialog::showFinished(bool completed, const QString &reportPath)
{
    const QString report = reportPath.isEmpty()
        ? tr("The incident report could not be written.")
        : tr("Incident report: %1").arg(QDir::toNativeSeparators(reportPath));
    m_status->setText(completed ? tr("Every step is done.") + QLatin1Char('\n') + report
                                : tr("A step failed; the steps after it were not run. Retry "
                                     "carries on from the failed step.")
                              + QLatin1Char('\n') + report);
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(false);
    m_run->setEnabled(false);
    m_retry->setText(tr("Re&try"));
    m_retry->setVisible(m_presenter->canRetry());
    m_reportPage->setVisible(m_presenter->npmReportUrl().isValid());
}

} // namespace td
