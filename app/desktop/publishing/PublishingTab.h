// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publishing/PublishPath.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace td {

class PublishingModel;
class PublishingSortProxy;

// The Publishing tab (design §6): every package with its publish path and January 2027
// verdict, a filter box, the details of the chosen package (ways, unknowns, last release) and
// the way-out button. It only shows and forwards: the model says what each row is and what the
// button does; the composition root decides what wayOutRequested() opens.
class PublishingTab : public QWidget
{
    Q_OBJECT
public:
    explicit PublishingTab(QWidget *parent = nullptr);

    void setModel(PublishingModel *model);
    void selectPackage(const QString &account, const QString &package);
    // The chosen row's path, or nullptr when nothing is chosen.
    const PackagePublishPath *currentPath() const;

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *wayOutButton() const { return m_wayOut; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void wayOutRequested(const td::PackagePublishPath &path, td::WayOut wayOut);

private:
    void showCurrent();
    void updateSummary();

    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_wayOut = nullptr;
    PublishingModel *m_model = nullptr;
    PublishingSortProxy *m_proxy = nullptr;
};

} // namespace td
