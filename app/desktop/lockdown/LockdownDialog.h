// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/LockdownPlan.h"
#include "desktop/util/UrlOpener.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace td {

class LockdownPresenter;

// Lockdown (issue 22): the machine check's findings (which stop it), the plan with a box per step
// (why not, for a step that does not apply), Run with one line per write, Retry after a failed
// write, then the report's path and "Open npm's report page". Shows what the presenter says;
// holds no logic. Open it with open().
class LockdownDialog : public QDialog
{
    Q_OBJECT
public:
    LockdownDialog(LockdownPresenter *presenter, UrlOpener openUrl, QWidget *parent = nullptr);

    void setSubject(const QString &text); // e.g. "@acme/ui 1.1.1"

    QCheckBox *stepBox(LockdownStepKind kind) const { return m_boxes.value(int(kind)); }
    QPushButton *runButton() const { return m_run; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *reportPageButton() const { return m_reportPage; }
    QString statusText() const;
    QListWidget *progress() const { return m_progress; }

private:
    void showPlan();
    void showBlocked(const QString &findings);
    void showFailure(const QString &message);
    void showFinished(bool completed, const QString &reportPath);

    LockdownPresenter *m_presenter;
    UrlOpener m_openUrl;
    QLabel *m_subject;
    QLabel *m_status;
    QVBoxLayout *m_steps;
    QMap<int, QCheckBox *> m_boxes;
    QListWidget *m_progress;
    QPushButton *m_run;
    QPushButton *m_retry;
    QPushButton *m_reportPage;
};

} // namespace td
