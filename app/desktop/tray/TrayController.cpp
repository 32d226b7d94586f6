// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/tray/TrayController.h"

#include "core/util/Logging.h"
#include "desktop/tray/DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QMenu>
#include <QSystemTrayIcon>

namespace td {

namespace {
const QString kStagePrefix = QStringLiteral("stage:"); // a notice's tag: about a staged version
// A notice's tag: a direct-publish token that stops publishing in January 2027.
const QString kCutoffPrefix = QStringLiteral("cutoff:");
const QString kWatcher = QStringLiteral("org.kde.StatusNotifierWatcher");
// Looking for a tray that was missing at start: often at first (the panel is starting), then
// rarely; a StatusNotifierWatcher appearing triggers a look at once.
constexpr int kFastChecks = 12;
constexpr std::chrono::seconds kFastInterval{5};
constexpr std::chrono::seconds kSlowInterval{60};
} // namespace

TrayController::TrayController(QObject *parent, Start start) : QObject(parent)
{
    // Notifications do not need a tray: GNOME shows them without one.
    m_notifications = new DesktopNotifications(this, DesktopNotifications::Bus::ConnectLater);
    connect(m_notifications, &DesktopNotifications::actionInvoked, this,
            [this](const QString &action, const QString &tokenKey) {
                if (tokenKey.startsWith(kStagePrefix))
                    Q_EMIT stagedReleasesRequested(tokenKey.mid(kStagePrefix.size()));
                else if (tokenKey.startsWith(kCutoffPrefix))
                    Q_EMIT publishMigrationRequested(tokenKey.mid(kCutoffPrefix.size()));
                else if (action == QLatin1String("rotate"))
                    Q_EMIT rotateRequested(tokenKey);
                else
                    Q_EMIT notificationClicked(tokenKey);
            });
    connect(m_notifications, &DesktopNotifications::serverAppeared, this,
            &TrayController::deliveryPossible);
    if (start == Start::Now) {
        createIcon();
        startDesktopServices();
    }
}

void TrayController::startDesktopServices()
{
    if (m_started)
        return;
    m_started = true;
    m_notifications->connectToBus();
    const bool hadIcon = m_icon != nullptr;
    if (!createIcon()) {
        qCInfo(lcApp) << "no system tray on this desktop (yet); notices go out as desktop "
                         "notifications";
        lookForTrayLater();
    } else if (!hadIcon) {
        Q_EMIT availabilityChanged(true);
    }
}

bool TrayController::createIcon()
{
    if (m_icon)
        return true;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_icon = new QSystemTrayIcon(this);
    buildMenu();
    updateIcon();
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    // Qt's D-Bus tray reports ANY notification's button as messageClicked(), ours included:
    // listen to it only when showMessage() is what sends the notices.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_notifications->isAvailable())
            return;
        if (m_lastNoticeKey.startsWith(kStagePrefix))
            Q_EMIT stagedReleasesRequested(m_lastNoticeKey.mid(kStagePrefix.size()));
        else if (m_lastNoticeKey.startsWith(kCutoffPrefix))
            Q_EMIT publishMigrationRequested(m_lastNoticeKey.mid(kCutoffPrefix.size()));
        else
            Q_EMIT notificationClicked(m_lastNoticeKey);
    });
    m_icon->show();
    return true;
}

void TrayController::lookForTrayLater()
{
    m_trayRetry = new QTimer(this);
    m_trayRetry->setInterval(kFastInterval);
    const auto check = [this] {
        if (++m_trayChecks == kFastChecks)
            m_trayRetry->setInterval(kSlowInterval);
        if (!createIcon())
            return;
        qCInfo(lcApp) << "the system tray appeared";
        m_trayRetry->stop();
        Q_EMIT availabilityChanged(true);
        Q_EMIT deliveryPossible(); // the tray's balloon can show what found no server
    };
    connect(m_trayRetry, &QTimer::timeout, this, check);
    m_trayRetry->start();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        auto *watcher = new QDBusServiceWatcher(kWatcher, bus,
                                                QDBusServiceWatcher::WatchForRegistration, this);
        connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this, check] {
            if (!m_icon)
                QTimer::singleShot(0, this, check);
        });
    }
}

TrayController::~TrayController()
{
    delete m_menu; // a QMenu cannot have a QObject parent that is not a widget
}

void TrayController::buildMenu()
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    // In the menu only while something waits (updateIcon() adds and removes it).
    m_stagedAction = new QAction(m_menu);
    m_stagedAction->setObjectName(QStringLiteral("trayStagedReleases"));
    connect(m_stagedAction, &QAction::triggered, this,
            [this] { Q_EMIT stagedReleasesRequested(QString()); });
    m_tokenSeparator = m_menu->addSeparator();
    m_menu->addAction(tr("&Open TokenDesk"), this, &TrayController::openRequested);
    m_menu->addAction(tr("&New token…"), this, &TrayController::newTokenRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_icon->setContextMenu(m_menu);
}

void TrayController::setState(TrayState state)
{
    // The minute tick sets the same state most minutes: a new icon is a D-Bus round for the
    // panel (and a wake-up of its bus thread) for nothing.
    if (state == m_state)
        return;
    m_state = state;
    updateIcon();
}

void TrayController::setWatchAlarm(bool open)
{
    if (open == m_watchAlarm)
        return; // the Releases view says it on every refresh
    m_watchAlarm = open;
    updateIcon();
}

void TrayController::setStagedCount(int count)
{
    if (qMax(count, 0) == m_stagedCount)
        return; // each staged poll says it again
    m_stagedCount = qMax(count, 0);
    updateIcon();
}

void TrayController::updateIcon()
{
    if (!m_icon)
        return;
    m_icon->setIcon(withBadge(trayIcon(state()), m_stagedCount));
    const QString waiting
        = tr("%n staged release(s) wait(s) for your approval", nullptr, m_stagedCount);
    m_icon->setToolTip(m_stagedCount > 0 ? tr("TokenDesk · %1").arg(waiting) : tr("TokenDesk"));
    if (m_menu && m_stagedAction) {
        m_stagedAction->setText(waiting + QStringLiteral("…"));
        const bool listed = m_menu->actions().contains(m_stagedAction);
        if (m_stagedCount > 0 && !listed)
            m_menu->insertAction(m_menu->actions().value(0), m_stagedAction);
        else if (m_stagedCount == 0 && listed)
            m_menu->removeAction(m_stagedAction);
    }
}

void TrayController::notifyStaged(const QString &title, const QString &body, const QString &stageId,
                                  std::function<void(bool shown)> shown)
{
    m_notifications->connectToBus(); // a notice before start-up finished asks the bus now
    if (m_notifications->isAvailable() || !m_icon) {
        const QList<DesktopNotifications::Action> actions{
            {QStringLiteral("default"), tr("Review")},
            {QStringLiteral("review"), tr("Review staged releases")}};
        m_notifications->send(title, body, QStringLiteral("dialog-information"),
                              DesktopNotifications::Urgency::Normal, actions,
                              kStagePrefix + stageId, std::move(shown));
        return;
    }
    // The tray's balloon: a click on it reports the last notice (see notify()).
    m_lastNoticeKey = kStagePrefix + stageId;
    m_icon->showMessage(title, body, QSystemTrayIcon::Information, 10000);
    if (shown)
        shown(true);
}

void TrayController::notifyPublishCutoff(const QString &title, const QString &body,
                                         const QString &tokenKey,
                                         std::function<void(bool shown)> shown)
{
    m_notifications->connectToBus(); // a notice before start-up finished asks the bus now
    if (m_notifications->isAvailable() || !m_icon) {
        const QList<DesktopNotifications::Action> actions{
            {QStringLiteral("default"), tr("Migrate")},
            {QStringLiteral("migrate"), tr("Move off this token…")}};
        m_notifications->send(title, body, QStringLiteral("dialog-warning"),
                              DesktopNotifications::Urgency::Normal, actions,
                              kCutoffPrefix + tokenKey, std::move(shown));
        return;
    }
    m_lastNoticeKey = kCutoffPrefix + tokenKey;
    m_icon->showMessage(title, body, QSystemTrayIcon::Warning, 10000);
    if (shown)
        shown(true);
}

void TrayController::setTokenEntries(const QList<QPair<QString, QString>> &entries)
{
    if (!m_menu)
        return;
    // Unchanged (most minute ticks: the countdowns move in hours or days): the menu's layout
    // stays, and the panel is not told it changed.
    if (entries == m_entries)
        return;
    m_entries = entries;
    qDeleteAll(m_tokenActions);
    m_tokenActions.clear();
    for (const auto &[key, label] : entries) {
        auto *action = new QAction(label, m_menu);
        action->setData(key);
        // An init-capture: clang before 16 cannot capture a structured binding.
        connect(action, &QAction::triggered, this, [this, key = key] { Q_EMIT tokenChosen(key); });
        m_menu->insertAction(m_tokenSeparator, action);
        m_tokenActions.append(action);
    }
    m_tokenSeparator->setVisible(!entries.isEmpty());
}

bool TrayController::notify(const QString &title, const QString &body, Severity severity,
                            const QString &tokenKey, std::function<void(bool shown)> shown)
{
    m_notifications->connectToBus(); // a notice before start-up finished asks the bus now
    if (m_notifications->isAvailable() || !m_icon) {
        QString iconName = QStringLiteral("dialog-information");
        auto urgency = DesktopNotifications::Urgency::Normal;
        if (severity == Severity::Warning) {
            iconName = QStringLiteral("dialog-warning");
        } else if (severity == Severity::Critical) {
            iconName = QStringLiteral("dialog-error");
            urgency = DesktopNotifications::Urgency::Critical;
        }
        QList<DesktopNotifications::Action> actions{{QStringLiteral("default"), tr("Open")}};
        if (!tokenKey.isEmpty())
            actions.append({QStringLiteral("rotate"), tr("Rotate now")});
        // Without a server (and without a tray) this answers "not shown" at once.
        const bool handedOn = m_notifications->isAvailable();
        m_notifications->send(title, body, iconName, urgency, actions, tokenKey, std::move(shown));
        return handedOn;
    }
    m_lastNoticeKey = tokenKey;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (severity == Severity::Warning)
        icon = QSystemTrayIcon::Warning;
    else if (severity == Severity::Critical)
        icon = QSystemTrayIcon::Critical;
    m_icon->showMessage(title, body, icon, 10000);
    // An XEmbed tray draws the balloon itself. Qt's D-Bus tray would hand it to the missing
    // notification server, where it is lost: not shown then.
    if (shown) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        const bool dbusTray = bus.isConnected() && bus.interface()
            && bus.interface()->isServiceRegistered(kWatcher).value();
        shown(!dbusTray);
    }
    return true;
}

bool TrayController::notificationsHaveButtons() const
{
    return m_notifications->isAvailable() && m_notifications->supportsActions();
}

} // namespace td
