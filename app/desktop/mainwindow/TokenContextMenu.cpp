// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/TokenContextMenu.h"

#include "core/tokenlist/TokenListModel.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace td {

TokenContextMenu::TokenContextMenu(QTableView *table) : QObject(table), m_table(table)
{
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &viewportPos) { openAt(viewportPos, false); });
    // The keyboard's ways to a context menu, explicitly: not every platform maps Shift+F10.
    auto *keyboard = new QAction(tr("Token actions"), m_table);
    keyboard->setObjectName(QStringLiteral("actionTokenMenu"));
    keyboard->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    keyboard->setShortcutContext(Qt::WidgetShortcut);
    connect(keyboard, &QAction::triggered, this, &TokenContextMenu::openForCurrentRow);
    m_table->addAction(keyboard);
}

void TokenContextMenu::openForCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_table->scrollTo(current);
    openAt(m_table->visualRect(current).bottomLeft(), true);
}

void TokenContextMenu::openAt(const QPoint &viewportPos, bool fromKeyboard)
{
    QModelIndex index = m_table->indexAt(viewportPos);
    if (fromKeyboard)
        index = m_table->currentIndex();
    if (!index.isValid())
        return;
    if (!fromKeyboard)
        m_table->setCurrentIndex(index); // the details pane shows the token the menu acts on
    const QString key = index.data(TokenListModel::TokenKeyRole).toString();
    if (m_menu)
        m_menu->close();

    auto *menu = new QMenu(m_table);
    menu->setObjectName(QStringLiteral("tokenContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto add = [&](const QString &text, const char *name,
                   void (TokenContextMenu::*signal)(const QString &)) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, signal, key] {
            Q_EMIT(this->*signal)(key);
        });
    };
    add(tr("Copy &id"), "actionCopyId", &TokenContextMenu::copyIdRequested);
    menu->addSeparator();
    add(tr("R&otate…"), "actionRotate", &TokenContextMenu::rotateRequested);
    add(tr("Re&voke…"), "actionRevoke", &TokenContextMenu::revokeRequested);
    menu->addSeparator();
    add(tr("Show &where used"), "actionShowUsage", &TokenContextMenu::usageRequested);
    m_menu = menu;
    menu->popup(m_table->viewport()->mapToGlobal(viewportPos));
}

} // namespace td
