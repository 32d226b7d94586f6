// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real gnome-keyring of tests/run-headless.sh (issue 18): the CLI opens the keychain's
// encrypted session while it starts (KeychainSecretStore::openSessionAhead), and its first read
// uses that session instead of opening another. A session nobody reads with is closed when the
// program ends, and nothing is opened where the Secret Service does not hold QtKeychain's entries.
// The last two run in a child process (this program with --child), as they are about a whole run.
#include "Harness.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace td;

namespace {
const QString kService = QStringLiteral("tokendesk-sessionahead-test");
const char kChildFlag[] = "--child";

// Every call of `member` on the bus while it runs, as dbus-monitor shows them. Other tests may use
// the same bus at the same time, so calls are counted by their sender.
class BusWatch
{
public:
    explicit BusWatch(const QString &member)
    {
        m_monitor.start(QStringLiteral("dbus-monitor"),
                        {QStringLiteral("--session"),
                         QStringLiteral("type='method_call',member='%1'").arg(member)});
        m_started = m_monitor.waitForStarted(5000);
        QTest::qWait(300); // the monitor's match rule is in place
    }
    bool started() const { return m_started; }
    QByteArray stop()
    {
        QTest::qWait(300);
        m_monitor.terminate();
        m_monitor.waitForFinished(5000);
        return m_monitor.readAllStandardOutput();
    }

private:
    QProcess m_monitor;
    bool m_started = false;
};

qsizetype callsFrom(const QByteArray &seen, const QString &sender, const QByteArray &what)
{
    qsizetype count = 0;
    const QByteArray from = "sender=" + sender.toLatin1() + ' ';
    for (const QByteArray &line : seen.split('\n'))
        if (line.contains(from) && line.contains(what))
            ++count;
    return count;
}

bool storeWithSecretTool(const QString &key, const QByteArray &value)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=tokendesk test"),
                QStringLiteral("server"), kService, QStringLiteral("user"), key,
                QStringLiteral("type"), QStringLiteral("plaintext")});
    tool.write(value);
    tool.closeWriteChannel();
    return tool.waitForFinished(10000) && tool.exitCode() == 0;
}

// The child: says its name on the bus, opens a session ahead, reads nothing, and ends normally
// after a moment.
int runChild(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("%s\n", qPrintable(QDBusConnection::sessionBus().baseService()));
    std::fflush(stdout);
    KeychainSecretStore::openSessionAhead();
    QTimer::singleShot(500, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

// How many calls of `member` matching `what` the child made.
qsizetype childCalls(const QString &member, const QByteArray &what, const QProcessEnvironment &env)
{
    BusWatch watch(member);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kChildFlag)});
    if (!child.waitForFinished(15000) || child.exitCode() != 0)
        return -1;
    const QString name = QString::fromLatin1(child.readAllStandardOutput().trimmed());
    return name.isEmpty() ? -1 : callsFrom(watch.stop(), name, what);
}
} // namespace

class TstKeychainSessionAhead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TD_REQUIRE_HARNESS(); }

    void theFirstReadTakesTheSessionOpenedAhead()
    {
        const QString key = QStringLiteral("session/") + QUuid::createUuid().toString();
        QVERIFY(storeWithSecretTool(key, "npm_Ahead0123456789"));
        BusWatch watch(QStringLiteral("OpenSession"));
        QVERIFY(watch.started());
        KeychainSecretStore::openSessionAhead();
        QTest::qWait(200);
        KeychainSecretStore store(kService);
        std::optional<Result<SecretBuffer>> read;
        store.read(key, this, [&](Result<SecretBuffer> r) { read.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 15000));
        QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().oneLine()));
        QCOMPARE(read->value().reveal(), QByteArray("npm_Ahead0123456789"));
        const QByteArray seen = watch.stop();
        // One session for the ahead and the read together.
        QCOMPARE(callsFrom(seen, QDBusConnection::sessionBus().baseService(), "member=OpenSession"),
                 1);
    }

    void anUnusedSessionIsClosedWhenTheProgramEnds()
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QCOMPARE(childCalls(QStringLiteral("OpenSession"), "member=OpenSession", env), 1);
        QCOMPARE(
            childCalls(QStringLiteral("Close"), "interface=org.freedesktop.Secret.Session", env),
            1);
    }

    void nothingIsOpenedWhereQtKeychainUsesKWallet()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE"));
        env.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("5"));
        QCOMPARE(childCalls(QStringLiteral("OpenSession"), "member=OpenSession", env), 0);
    }

    void cleanupTestCase()
    {
        QProcess::execute(QStringLiteral("secret-tool"),
                          {QStringLiteral("clear"), QStringLiteral("server"), kService});
    }
};

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], kChildFlag) == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TstKeychainSessionAhead test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_sessionahead.moc"
