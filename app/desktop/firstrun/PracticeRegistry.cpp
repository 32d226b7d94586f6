// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/firstrun/PracticeRegistry.h"

#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/secrets/SecretStore.h"
#include "core/tokenlist/TokenCache.h"
#include "core/util/Logging.h"
#include "desktop/firstrun/PracticeCodePrompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace td {

namespace {
// The sandbox's fixed demo user (app/sandbox/README.md): it owns the demo tokens.
constexpr char kDemoUser[] = "maintainer";
constexpr char kDemoPassword[] = "sandbox-password";
constexpr int kPingAttempts = 50;
constexpr int kPingIntervalMs = 100;
} // namespace

PracticeRegistry::PracticeRegistry(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(std::chrono::seconds(30));
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(
            tr("The practice registry did not start within %n second(s).", nullptr,
               int(std::chrono::duration_cast<std::chrono::seconds>(m_deadline.intervalAsDuration())
                       .count())));
    });
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &PracticeRegistry::stop);
}

PracticeRegistry::~PracticeRegistry()
{
    stop();
}

QString PracticeRegistry::findProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("tokendesk-sandbox")),
          here.filePath(QStringLiteral("../sandbox/tokendesk-sandbox"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("tokendesk-sandbox"));
}

void PracticeRegistry::start()
{
    if (m_state != State::Stopped)
        return;
    const QString program = m_services.program.isEmpty() ? findProgram() : m_services.program;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        Q_EMIT failed(tr("The practice registry (tokendesk-sandbox) was not found next to "
                         "TokenDesk or on PATH. Install it with TokenDesk, or sign in to npm."));
        return;
    }
    m_state = State::Starting;
    m_stdout.clear();
    m_stderrTail.clear();
    m_url.clear();
    m_deadline.start();
    m_process = new QProcess(this);
    // Every request line after the first (the URL) is read and dropped: a full pipe would stop
    // the sandbox.
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PracticeRegistry::readFirstLine);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        m_stderrTail = m_stderrTail.right(2000);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_state != State::Stopped)
            fail(
                tr("The practice registry could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int, QProcess::ExitStatus) {
        if (m_state != State::Stopped)
            fail(tr("The practice registry stopped: %1").arg(processProblem()));
    });
    // A TokenDesk killed outright takes its practice registry along (Linux: the parent's death
    // signal), instead of leaving it listening.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(program,
                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                      QStringLiteral("demo")});
}

QString PracticeRegistry::processProblem() const
{
    const QString said = QString::fromUtf8(m_stderrTail).trimmed().section(QLatin1Char('\n'), -1);
    if (!said.isEmpty())
        return said;
    return m_process && m_process->exitStatus() == QProcess::CrashExit
        ? tr("it crashed")
        : tr("it exited with code %1").arg(m_process ? m_process->exitCode() : -1);
}

void PracticeRegistry::readFirstLine()
{
    const QByteArray output = m_process->readAllStandardOutput();
    if (!m_url.isEmpty())
        return;
    m_stdout += output;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0) {
        if (m_stdout.size() > 4096)
            fail(tr("The practice registry did not say where it listens."));
        return;
    }
    const QUrl url(QString::fromUtf8(m_stdout.left(newline)).trimmed());
    m_stdout.clear();
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        fail(tr("The practice registry did not say where it listens."));
        return;
    }
    m_url = url;
    ping(0);
}

// The first line is printed once the port is bound; the registry is ready when it answers.
void PracticeRegistry::ping(int attempt)
{
    QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("-/ping"))));
    request.setTransferTimeout(2000);
    QNetworkReply *reply = m_services.network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt] {
        reply->deleteLater();
        if (m_state != State::Starting)
            return;
        if (reply->error() == QNetworkReply::NoError) {
            signIn();
            return;
        }
        if (attempt + 1 >= kPingAttempts) {
            fail(tr("The practice registry does not answer: %1").arg(reply->errorString()));
            return;
        }
        QTimer::singleShot(kPingIntervalMs, this, [this, attempt] {
            if (m_state == State::Starting)
                ping(attempt + 1);
        });
    });
}

void PracticeRegistry::signIn()
{
    m_prompt = std::make_unique<PracticeCodePrompt>(m_services.network, m_url,
                                                    QLatin1String(kDemoUser), this);
    SignInRequest request;
    request.registry = m_url;
    request.method = SignInMethod::Legacy;
    request.username = QLatin1String(kDemoUser);
    request.password = std::make_shared<const SecretBuffer>(QByteArrayView(kDemoPassword));
    m_services.sessions->signIn(request, m_prompt.get(), this, [this](Result<Account> signedIn) {
        if (m_state != State::Starting)
            return;
        if (!signedIn) {
            fail(tr("TokenDesk could not sign in to the practice registry: %1")
                     .arg(signedIn.error().oneLine()));
            return;
        }
        markPractice(signedIn.value());
    });
}

void PracticeRegistry::markPractice(const Account &signedIn)
{
    AccountStore *accounts = m_services.accounts;
    Account account = signedIn;
    account.practice = true;
    m_accountId = account.id;
    if (const auto loaded = accounts->load(); !loaded)
        return fail(loaded.error().oneLine());
    if (const auto stored = accounts->find(account.id))
        account = *stored;
    account.practice = true;
    accounts->upsert(account);
    if (const auto saved = accounts->save(); !saved)
        return fail(saved.error().oneLine());
    m_deadline.stop();
    m_state = State::Running;
    qCInfo(lcApp) << "practice registry at" << m_url.toString();
    Q_EMIT ready(account);
}

void PracticeRegistry::fail(const QString &message)
{
    if (m_state == State::Stopped)
        return;
    stop();
    Q_EMIT failed(message);
}

void PracticeRegistry::stop()
{
    if (m_state == State::Stopped)
        return;
    m_state = State::Stopped;
    m_deadline.stop();
    if (!m_accountId.isEmpty())
        forgetAccount(std::exchange(m_accountId, QString()), /*waitForKeychain=*/true);
    endProcess();
    m_prompt.reset();
}

void PracticeRegistry::endProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    process->deleteLater();
}

void PracticeRegistry::forgetLeftovers()
{
    if (const auto loaded = m_services.accounts->load(); !loaded)
        return; // the window says why the accounts could not be read
    QStringList leftovers;
    for (const Account &account : m_services.accounts->accounts())
        if (account.practice && account.id != m_accountId)
            leftovers << account.id;
    for (const QString &id : leftovers)
        forgetAccount(id, /*waitForKeychain=*/false);
}

// The account, its cached tokens and its session go; the tokens themselves lived only in the
// stopped registry. On quit the keychain is given a moment, or the session would outlive it.
void PracticeRegistry::forgetAccount(const QString &accountId, bool waitForKeychain)
{
    AccountStore *accounts = m_services.accounts;
    if (const auto loaded = accounts->load(); loaded) {
        accounts->remove(accountId);
        if (const auto saved = accounts->save(); !saved)
            qCWarning(lcApp) << "practice account not forgotten:" << saved.error().oneLine();
    }
    if (m_services.cache)
        (void)m_services.cache->remove(accountId); // only a cache: a leftover is harmless
    // Shared with the keychain's callback, which may come after this function returned.
    struct KeychainWait
    {
        bool done = false;
        QEventLoop *loop = nullptr;
    };
    auto wait = std::make_shared<KeychainWait>();
    m_services.secrets->remove(
        SecretStore::sessionKey(accountId), this, [wait](Result<void> removed) {
            if (!removed)
                qCWarning(lcApp) << "practice session not removed:" << removed.error().oneLine();
            wait->done = true;
            if (wait->loop)
                wait->loop->quit();
        });
    if (!waitForKeychain || wait->done)
        return;
    QEventLoop loop;
    wait->loop = &loop;
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();
    wait->loop = nullptr;
}

} // namespace td
