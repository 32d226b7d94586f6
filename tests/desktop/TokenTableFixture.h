// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A main window on real token models with tokens chosen for the token-table tests (issue 16):
// one per urgency, all long-lived (created a year ago) so the life fraction would hide them.
#include "FakeClock.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/mainwindow/MainWindow.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QScreen>
#include <QTableView>
#include <QTest>

#include <memory>

namespace td::test {

inline Token urgencyToken(const QString &name, const QDateTime &now, qint64 secondsLeft,
                          bool bypass2fa = false)
{
    Token token;
    token.key = QStringLiteral("key-") + name;
    token.name = name;
    token.redacted = QStringLiteral("npm_…") + name.left(4);
    token.kind = bypass2fa ? TokenKind::GranularBypass2fa : TokenKind::GranularReadOnly;
    token.bypass2fa = bypass2fa;
    token.packagesPermission = bypass2fa ? Permission::ReadWrite : Permission::ReadOnly;
    token.packages = {QStringLiteral("@acme/") + name};
    token.created = now.addDays(-365);
    token.expires = now.addSecs(secondsLeft);
    return token;
}

inline QList<Token> urgencyTokens(const QDateTime &now)
{
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    return {urgencyToken(QStringLiteral("five-hours"), now, 5 * hour),
            urgencyToken(QStringLiteral("two-days"), now, 2 * day),
            urgencyToken(QStringLiteral("six-days"), now, 6 * day),
            urgencyToken(QStringLiteral("forty-days"), now, 40 * day),
            urgencyToken(QStringLiteral("expired"), now, -2 * day),
            urgencyToken(QStringLiteral("bypass"), now, 40 * day, true)};
}

// The window's size in device pixels is 1280×800 at any QT_SCALE_FACTOR (at 2× that is
// 640×400 logical pixels: what a 1280-pixel-wide screen at 200 % offers).
inline QSize deviceSized(int width, int height)
{
    const qreal ratio = QGuiApplication::primaryScreen()->devicePixelRatio();
    return QSize(qRound(width / ratio), qRound(height / ratio));
}

struct TokenTableFixture
{
    FakeClock clock;
    std::unique_ptr<TokenListModel> model;
    std::unique_ptr<TokenFilterProxy> proxy;
    std::unique_ptr<MainWindow> window;

    void build(const QList<Token> &tokens, QSize size = deviceSized(1280, 800))
    {
        window.reset();
        model = std::make_unique<TokenListModel>(clock);
        proxy = std::make_unique<TokenFilterProxy>();
        proxy->setSourceTokenModel(model.get());
        model->setTokens(tokens);
        window = std::make_unique<MainWindow>();
        window->setTokenModels(model.get(), proxy.get());
        window->findChild<QCheckBox *>(QStringLiteral("showInactive"))->setChecked(true);
        window->resize(size);
        window->move(0, 0);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->finishAfterFirstPaint(); // as Application does: the other tabs' pages, built
        QTest::qWait(100);
    }

    QModelIndex cell(const QString &key, int column) const
    {
        const int row = model->rowOfKey(key);
        return proxy->mapFromSource(model->index(row, column));
    }
};

} // namespace td::test
