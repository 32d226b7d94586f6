// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace td {

class Clock;
class MainWindow;
class SecretStore;
class TrayController;

// What the command line can change about the composition.
struct ApplicationOptions
{
    QUrl registry = QUrl(QStringLiteral("https://registry.npmjs.org/"));
    bool startHidden = false; // from autostart: stay in the tray (only when a tray exists)
};

// The composition root: builds every service once and hands it to whoever needs it.
// Nothing else in the program creates a clock, a network manager or a secret store.
class Application : public QObject
{
    Q_OBJECT
public:
    using Options = ApplicationOptions;

    explicit Application(Options options = {}, QObject *parent = nullptr);
    ~Application() override;

    void start();
    void showWindow();

    MainWindow *mainWindow() const { return m_window.get(); }
    TrayController *tray() const { return m_tray; }

private:
    Options m_options;
    std::unique_ptr<Clock> m_clock;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_secrets = nullptr;
    TrayController *m_tray = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace td
