// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QSpinBox;

namespace td {

// The "Publish watch" page of the settings (issue 22): the poll interval, the request budget per
// hour and the packages that go unwatched with the reason. It only shows: WatchSettingsPresenter
// fills the texts and the note under the interval.
class WatchSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit WatchSettingsPage(int intervalMinutes, QWidget *parent = nullptr);

    int intervalMinutes() const;
    void setIntervalNote(const QString &text); // empty: hidden
    void setBudget(const QString &text);
    void setUnwatched(const QStringList &lines);

    QSpinBox *intervalBox() const { return m_interval; }
    QLabel *intervalNote() const { return m_note; }
    QLabel *budget() const { return m_budget; }
    QListWidget *unwatched() const { return m_unwatched; }

Q_SIGNALS:
    void intervalEdited(int minutes);

private:
    QSpinBox *m_interval;
    QLabel *m_note;
    QLabel *m_budget;
    QListWidget *m_unwatched;
};

} // namespace td
