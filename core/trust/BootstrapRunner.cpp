// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/BootstrapRunner.h"

#include "core/registry/BatchTwoFactorPrompt.h"
#include "core/util/AtomicFile.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace td {

namespace {

// "//registry.example:8443/path/" — the key npm looks credentials up by.
QString nerfDart(const QUrl &registry)
{
    QString path = registry.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    QString host = registry.host();
    if (registry.port() > 0)
        host += QLatin1Char(':') + QString::number(registry.port());
    return QStringLiteral("//") + host + path;
}

// npm's own error lines (never its whole output: it could echo configuration).
QString npmErrorLines(const QByteArray &output)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("npm error"))
            || line.startsWith(QLatin1String("npm ERR")))
            lines << line.trimmed();
    }
    return redact(lines.mid(0, 3).join(QLatin1Char(' ')));
}

} // namespace

BootstrapRunner::BootstrapRunner(RegistryClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

BootstrapRunner::~BootstrapRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        if (const qint64 pid = m_process->processId(); pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void BootstrapRunner::StoppablePrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    if (!inner)
        return answer(makeError(ErrorCode::EOTP,
                                QCoreApplication::translate("td::BootstrapRunner",
                                                            "No one-time password can be asked for "
                                                            "here.")));
    // Answered once: by the user, or by stop(), whichever comes first.
    auto pending = std::make_shared<CodeAnswer>(std::move(answer));
    m_pendingCode = pending;
    inner->askForCode(reason, [pending](Result<SecretBuffer> code) {
        if (CodeAnswer once = std::exchange(*pending, nullptr))
            once(std::move(code));
    });
}

void BootstrapRunner::StoppablePrompt::showApprovalPage(const QUrl &url, Purpose purpose,
                                                        std::function<void()> cancel)
{
    m_cancelApproval = cancel;
    if (inner)
        inner->showApprovalPage(url, purpose, std::move(cancel));
    else
        cancel();
}

void BootstrapRunner::StoppablePrompt::approvalFinished()
{
    m_cancelApproval = nullptr;
    if (inner)
        inner->approvalFinished();
}

void BootstrapRunner::StoppablePrompt::stop()
{
    if (auto pending = std::exchange(m_pendingCode, nullptr))
        if (CodeAnswer once = std::exchange(*pending, nullptr))
            once(makeError(ErrorCode::Cancelled,
                           QCoreApplication::translate("td::BootstrapRunner", "Cancelled.")));
    if (auto cancelApproval = std::exchange(m_cancelApproval, nullptr))
        cancelApproval(); // the registry client stops polling and answers "cancelled"
}

void BootstrapRunner::setTwoFactorPrompt(TwoFactorPrompt *prompt)
{
    m_userPrompt = prompt;
    m_stoppable.inner = prompt;
}

BootstrapPlan BootstrapRunner::planFor(const QList<Package> &packages, const QUrl &registry)
{
    QStringList names;
    for (const Package &p : packages)
        names << p.name;
    return TrustBootstrap::plan(names, registry.host());
}

void BootstrapRunner::setStep(BootstrapStep::Kind kind, StepState state, const QString &detail)
{
    for (int i = 0; i < m_plan.steps.size(); ++i)
        if (m_plan.steps[i].kind == kind)
            emit stepChanged(i, state, detail);
}

void BootstrapRunner::start(const QList<Package> &packages, const TrustedPublisher &config,
                            SecretBuffer password)
{
    if (m_running)
        return;
    m_packages = packages;
    m_config = config;
    m_plan = planFor(packages, m_client.baseUrl());
    m_running = true;
    m_cancelled = false;
    m_revoked = false;
    m_failure.clear();
    m_published.clear();
    m_trustOutcomes.clear();
    m_tokenKey.clear();
    m_next = 0;
    // One second factor for the whole run where the account allows it: the code typed for the
    // token is reused for the publish and the trust write while it is valid.
    m_batchPrompt = std::make_unique<BatchTwoFactorPrompt>(m_userPrompt ? &m_stoppable : nullptr,
                                                           m_client.clock());
    for (int i = 0; i < m_plan.steps.size(); ++i)
        emit stepChanged(i, StepState::Waiting, {});
    createToken(std::move(password));
}

void BootstrapRunner::createToken(SecretBuffer password)
{
    setStep(BootstrapStep::Kind::CreateToken, StepState::Running);
    TrustBootstrap::createToken(
        m_client, m_plan, password, this,
        [this](Result<CreatedToken> created) {
            if (created) {
                m_tokenKey = created.value().token.key;
                m_secret = std::move(created.value().secret);
            }
            if (m_cancelled)
                return stop(tr("Cancelled."));
            if (!created) {
                setStep(BootstrapStep::Kind::CreateToken, StepState::Failed,
                        created.error().oneLine());
                return stop(created.error().oneLine());
            }
            setStep(BootstrapStep::Kind::CreateToken, StepState::Done,
                    tr("Created; it expires in one day."));
            publishNext();
        },
        m_batchPrompt.get());
}

void BootstrapRunner::publishNext()
{
    if (m_cancelled)
        return stop(tr("Cancelled."));
    if (m_next >= m_packages.size()) {
        setStep(BootstrapStep::Kind::PublishOnce, StepState::Done,
                tr("Published: %1.").arg(m_published.join(QStringLiteral(", "))));
        return configureTrust();
    }
    const Package package = m_packages.at(m_next);
    setStep(
        BootstrapStep::Kind::PublishOnce, StepState::Running,
        tr("Publishing %1 (%2 of %3)…").arg(package.name).arg(m_next + 1).arg(m_packages.size()));
    // The token does not bypass two-factor authentication, so npm needs a one-time password.
    m_batchPrompt->askForCode(
        tr("npm publish of %1 asks for a one-time password.").arg(package.name),
        [this, package](Result<SecretBuffer> otp) {
            if (m_cancelled)
                return stop(tr("Cancelled."));
            if (!otp) {
                // npm without a terminal cannot open the browser approval itself, so a
                // security-key-only account has no code to give here.
                const QString why = otp.error().code == ErrorCode::Cancelled
                    ? tr("npm publish needs a one-time password here. If you approve with a "
                         "security key only, choose \"I will publish once by hand\": npm "
                         "publish in a terminal opens the browser for you.")
                    : otp.error().oneLine();
                setStep(BootstrapStep::Kind::PublishOnce, StepState::Failed, why);
                return stop(why);
            }
            m_npmHome = std::make_unique<QTemporaryDir>();
            const QString userconfig = m_npmHome->filePath(QStringLiteral("npmrc"));
            const QUrl registry = m_client.baseUrl();
            // A reference, not the secret: npm expands ${TD_BOOTSTRAP_TOKEN} from its environment.
            const QByteArray rc = QByteArray("registry=") + registry.toString().toUtf8() + "\n"
                + nerfDart(registry).toUtf8() + ":_authToken=${TD_BOOTSTRAP_TOKEN}\n";
            if (const Result<void> w = writeFileAtomically(userconfig, rc); !w) {
                setStep(BootstrapStep::Kind::PublishOnce, StepState::Failed, w.error().oneLine());
                return stop(w.error().oneLine());
            }
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString &key : env.keys())
                if (key.startsWith(QLatin1String("npm_config_"), Qt::CaseInsensitive)
                    || key == QLatin1String("NODE_AUTH_TOKEN") || key == QLatin1String("NPM_TOKEN"))
                    env.remove(key);
            env.insert(QStringLiteral("TD_BOOTSTRAP_TOKEN"), m_secret.revealString());
            env.insert(QStringLiteral("npm_config_otp"), otp.value().revealString());
            env.insert(QStringLiteral("npm_config_update_notifier"), QStringLiteral("false"));
            env.insert(QStringLiteral("npm_config_fund"), QStringLiteral("false"));
            env.insert(QStringLiteral("npm_config_audit"), QStringLiteral("false"));
            auto *process = new QProcess(this);
            m_process = process;
            // Its own process group, so Stop ends npm and whatever npm started (lifecycle
            // scripts, git) together.
            process->setChildProcessModifier([] { ::setpgid(0, 0); });
            process->setProcessEnvironment(env);
            process->setWorkingDirectory(package.folder);
            process->setProcessChannelMode(QProcess::MergedChannels);
            connect(process, &QProcess::finished, this, &BootstrapRunner::onNpmFinished);
            connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
                if (e == QProcess::FailedToStart)
                    onNpmFinished(-1, QProcess::CrashExit);
            });
            process->start(m_npm,
                           {QStringLiteral("publish"), QStringLiteral("--userconfig=") + userconfig,
                            QStringLiteral("--registry=") + registry.toString(),
                            QStringLiteral("--color=false"), QStringLiteral("--progress=false")});
        });
}

void BootstrapRunner::onNpmFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process.clear();
    const QByteArray output = process->readAll();
    const bool failedToStart = process->error() == QProcess::FailedToStart;
    process->deleteLater();
    m_npmHome.reset(); // the userconfig held no secret, but it has no use any more
    const QString name = m_packages.at(m_next).name;
    if (m_cancelled) {
        setStep(BootstrapStep::Kind::PublishOnce, StepState::Failed, tr("Cancelled."));
        return stop(tr("Cancelled."));
    }
    if (failedToStart || status != QProcess::NormalExit || exitCode != 0) {
        const QString why = failedToStart
            ? tr("npm could not be started; is Node.js installed?")
            : tr("npm publish of %1 failed: %2").arg(name, npmErrorLines(output));
        qCInfo(lcRegistry).noquote()
            << "bootstrap publish of" << name << "failed, exit" << exitCode;
        setStep(BootstrapStep::Kind::PublishOnce, StepState::Failed, why);
        // Names published before this one exist now: give them their trust config before the
        // token goes, so no package is left publishable only by tokens.
        if (!m_published.isEmpty()) {
            m_failure = why;
            return configureTrust();
        }
        return stop(why);
    }
    m_published << name;
    ++m_next;
    publishNext();
}

void BootstrapRunner::configureTrust()
{
    setStep(BootstrapStep::Kind::ConfigureTrust, StepState::Running);
    m_trust = std::make_unique<TrustService>(m_client);
    m_trust->setTwoFactorPrompt(m_batchPrompt.get());
    m_trust->setPacing(m_pacing);
    QList<TrustTarget> targets;
    for (const QString &name : std::as_const(m_published))
        targets << TrustTarget{name, m_config, {}};
    connect(m_trust.get(), &TrustService::finished, this,
            [this](const QList<TrustOutcome> &outcomes) {
                m_trustOutcomes = outcomes;
                QStringList bad;
                for (const TrustOutcome &o : outcomes)
                    if (o.stage != TrustStage::Verified)
                        bad << o.packageName + QStringLiteral(": ")
                                + (o.error ? o.error->oneLine() : trustStageText(o.stage));
                if (bad.isEmpty()) {
                    setStep(BootstrapStep::Kind::ConfigureTrust, StepState::Done,
                            tr("Configured and verified for %1.")
                                .arg(m_published.join(QStringLiteral(", "))));
                } else {
                    m_failure += (m_failure.isEmpty() ? QString() : QStringLiteral(" "))
                        + bad.join(QLatin1Char(' '));
                    setStep(BootstrapStep::Kind::ConfigureTrust, StepState::Failed,
                            bad.join(QLatin1Char(' ')));
                }
                revoke();
            });
    m_trust->apply(targets);
}

void BootstrapRunner::stop(const QString &reason)
{
    if (m_failure.isEmpty())
        m_failure = reason;
    // Steps that never ran are skipped; the token is revoked whatever happened.
    if (m_tokenKey.isEmpty())
        setStep(BootstrapStep::Kind::PublishOnce, StepState::Skipped);
    if (!m_trust)
        setStep(BootstrapStep::Kind::ConfigureTrust, StepState::Skipped);
    if (m_tokenKey.isEmpty()) {
        setStep(BootstrapStep::Kind::RevokeToken, StepState::Skipped, tr("No token was created."));
        return end(false, m_failure);
    }
    revoke();
}

void BootstrapRunner::revoke()
{
    m_secret.clear();
    setStep(BootstrapStep::Kind::RevokeToken, StepState::Running);
    TrustBootstrap::revokeToken(
        m_client, m_tokenKey, this,
        [this](Result<void> r) {
            if (!r) {
                const QString why
                    = tr("Revoking failed (%1). Revoke the token \"%2\" on the registry's Access "
                         "Tokens page now.")
                          .arg(r.error().oneLine(), m_plan.token.name);
                setStep(BootstrapStep::Kind::RevokeToken, StepState::Failed, why);
                m_failure = m_failure.isEmpty() ? why : m_failure + QLatin1Char(' ') + why;
                return end(false, m_failure);
            }
            m_revoked = true;
            setStep(BootstrapStep::Kind::RevokeToken, StepState::Done, tr("Revoked."));
            end(m_failure.isEmpty(), m_failure);
        },
        m_batchPrompt.get());
}

void BootstrapRunner::end(bool ok, const QString &summary)
{
    m_running = false;
    m_trust.reset();
    emit finished(ok,
                  ok ? tr("%1 published, trusted publishing configured, the token revoked.")
                           .arg(m_published.join(QStringLiteral(", ")))
                     : summary);
}

void BootstrapRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_process) {
        if (const qint64 pid = m_process->processId(); pid > 0)
            ::kill(-pid_t(pid), SIGKILL); // npm's whole process group
        m_process->kill();                // onNpmFinished sees m_cancelled
    } else if (m_trust && m_trust->isRunning()) {
        m_trust->cancel(); // its finished() revokes
    }
    // A code or approval the user has not given yet: answered "cancelled" now, so the step
    // waiting for it stops (and the token is revoked) without waiting for the user.
    m_stoppable.stop();
    // A registry call in flight checks m_cancelled when it answers (the transport's deadline
    // bounds it): a token being created must be known before it can be revoked.
}

} // namespace td
