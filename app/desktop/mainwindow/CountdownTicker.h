// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTableView;

namespace td {

class TokenFilterProxy;

// Keeps countdowns moving without waking the CPU needlessly: once a second for the rows the
// table shows while the window is visible, once a minute for every row while it is hidden.
class CountdownTicker : public QObject
{
    Q_OBJECT
public:
    CountdownTicker(QTableView *view, TokenFilterProxy *proxy, QObject *parent = nullptr);

    int intervalMs() const { return m_timer.interval(); }
    bool isTicking() const { return m_timer.isActive(); }
    void tickNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QTableView> m_view;
    QPointer<TokenFilterProxy> m_proxy;
    QTimer m_timer;
};

} // namespace td
