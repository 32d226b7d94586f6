// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QPoint;
class QTableView;

namespace td {

// The token table's context menu: Copy id, Rotate…, Revoke…, Show where used. Opened by the
// right mouse button, the Menu key or Shift+F10 on the current row. It only says which token and
// what was asked; Application runs the same actions as the details pane's buttons.
class TokenContextMenu : public QObject
{
    Q_OBJECT
public:
    explicit TokenContextMenu(QTableView *table);

    // The menu on screen, or null (tests reach its actions through it).
    QMenu *openMenu() const { return m_menu; }
    // Opens the menu for the current row, below it (what the keyboard does).
    void openForCurrentRow();

Q_SIGNALS:
    void copyIdRequested(const QString &key);
    void rotateRequested(const QString &key);
    void revokeRequested(const QString &key);
    void usageRequested(const QString &key);

private:
    void openAt(const QPoint &viewportPos, bool fromKeyboard);

    QTableView *m_table;
    QPointer<QMenu> m_menu;
};

} // namespace td
