// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/watch/WatchRelease.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace td {

namespace watch {
class WatchReleaseModel;
}
class ReleaseVerdictLook;

// The Releases view (design §6, issue 22): every recent version of the watched packages with its
// publish path, identity and verdict, open alarms pinned on top; the chosen row's reasons below;
// "It was me", "Respond", "Expect a manual publish" and "Exclude"/"Include" (buttons and the
// table's context menu). It only shows and forwards: ReleasesPresenter answers the buttons
// and fills the model and the status line (what is unwatched, what went wrong).
class ReleasesView : public QWidget
{
    Q_OBJECT
public:
    explicit ReleasesView(QWidget *parent = nullptr);

    void setModel(watch::WatchReleaseModel *model);
    // The line above the table: counts, problems, unwatched packages; the empty state's text.
    void setStatus(const QString &text);
    void showError(const QString &text);
    // Selects the row of WatchRelease::key() (e.g. from an alarm's notification).
    void selectRelease(const QString &key);
    const watch::WatchRelease *currentRelease() const;
    // The packages excluded from the watch: the exclude action of their rows includes again.
    void setExcludedPackages(const QSet<QString> &packages);

    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *itWasMeButton() const { return m_itWasMe; }
    QPushButton *respondButton() const { return m_respond; }
    QPushButton *expectButton() const { return m_expect; }
    QPushButton *excludeButton() const { return m_exclude; }
    QLabel *status() const { return m_status; }
    QLabel *emptyState() const { return m_empty; }

Q_SIGNALS:
    void itWasMeRequested(const td::watch::WatchRelease &release);
    void respondRequested(const td::watch::WatchRelease &release);
    // "Expect a manual publish of <package> in the next hour".
    void expectManualPublishRequested(const td::watch::WatchRelease &release);
    // "Exclude <package> from the watch" (`exclude` true) or "include it again".
    void excludeRequested(const td::watch::WatchRelease &release, bool exclude);

private:
    void showCurrent();
    void updateEmptyState();
    void showContextMenu(const QPoint &pos);
    bool currentExcluded() const;

    QLabel *m_status = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_itWasMe = nullptr;
    QPushButton *m_respond = nullptr;
    QPushButton *m_expect = nullptr;
    QPushButton *m_exclude = nullptr;
    QSet<QString> m_excluded;
    QLabel *m_error = nullptr;
    watch::WatchReleaseModel *m_model = nullptr;
    ReleaseVerdictLook *m_look = nullptr;
    QString m_currentKey; // kept across model resets
};

} // namespace td
