// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/stage/ReleaseDiffHtml.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace td {

class StagedReleaseModel;

// The Staged releases tab (design §6): the table of staged versions, the diff pane, Approve,
// Reject and "Approve all" with a progress bar. It only shows and forwards; StagePresenter
// decides. Keyboard: the table, the buttons and the diff are reached with Tab; Approve is
// Ctrl+Return, Reject Ctrl+Delete, Approve all Ctrl+Shift+Return.
class StagedReleasesTab : public QWidget
{
    Q_OBJECT
public:
    explicit StagedReleasesTab(QWidget *parent = nullptr);

    void setModel(StagedReleaseModel *model);
    void setSummary(const QString &text);
    void setDiffHtml(const QString &html);
    void setActionsEnabled(bool approve, bool reject, bool approveAll);
    // A batch runs: done of total (total 0 hides the bar).
    void setProgress(int done, int total);
    void selectRelease(const QString &stageId);
    QString currentStageId() const;
    // The diff pane's colours, from this widget's palette and the app's state colours.
    DiffColours diffColours() const;

    QTableView *table() const { return m_table; }
    QTextBrowser *diffPane() const { return m_diff; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *approveAllButton() const { return m_approveAll; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void currentReleaseChanged(const QString &stageId); // empty: nothing selected
    void approveRequested(const QString &stageId);
    void rejectRequested(const QString &stageId);
    void approveAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitCurrent();

    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTextBrowser *m_diff = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_approveAll = nullptr;
    QProgressBar *m_progress = nullptr;
    QString m_diffHtml;
};

} // namespace td
