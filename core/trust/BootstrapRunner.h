// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/TwoFactorPrompt.h"
#include "core/trust/TrustBootstrap.h"
#include "core/trust/TrustService.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace td {

class BatchTwoFactorPrompt;
class TwoFactorPrompt;

// Runs the bootstrap for packages that do not exist yet (TrustBootstrap's four steps): a 1-day
// write token limited to the scope, one real `npm publish` per package, trusted publishing
// configured and verified, the token revoked. The token is revoked on every way out: success, a
// failed step, or cancel(). When a later publish fails, the names already published still get
// their trust config before the revoke. Its secret lives in a SecretBuffer and, for npm, only in
// the child's environment (TD_BOOTSTRAP_TOKEN, referenced from a temporary userconfig as ${...});
// never in argv or a file. The one-time password npm publish needs goes the same way
// (npm_config_otp).
class BootstrapRunner final : public QObject
{
    Q_OBJECT
public:
    struct Package
    {
        QString name;
        QString folder; // absolute path of the folder holding its package.json
    };
    enum class StepState { Waiting, Running, Done, Failed, Skipped };
    Q_ENUM(StepState)

    BootstrapRunner(RegistryClient &client, QObject *parent = nullptr);
    ~BootstrapRunner() override;

    void setTwoFactorPrompt(TwoFactorPrompt *prompt); // not owned
    void setNpmProgram(const QString &program) { m_npm = program; }
    void setPacing(std::chrono::milliseconds gap) { m_pacing = gap; }

    static BootstrapPlan planFor(const QList<Package> &packages, const QUrl &registry);

    void start(const QList<Package> &packages, const TrustedPublisher &config,
               SecretBuffer password);
    // Stops at once whatever waits (a code or browser approval is answered "cancelled", npm and
    // its children are killed, the trust batch stops), then revokes the token. A token create
    // already sent is waited for, so its token can be revoked too.
    void cancel();
    bool isRunning() const { return m_running; }
    const BootstrapPlan &plan() const { return m_plan; }
    QList<TrustOutcome> trustOutcomes() const { return m_trustOutcomes; }
    QStringList published() const { return m_published; }
    QString createdTokenKey() const { return m_tokenKey; }
    bool tokenRevoked() const { return m_revoked; }

signals:
    // `step` indexes plan().steps.
    void stepChanged(int step, td::BootstrapRunner::StepState state, const QString &detail);
    void finished(bool ok, const QString &summary);

private:
    // Between the batch prompt and the user's: remembers the request in flight, so cancel()
    // can answer it without waiting for the user (whose dialog may be hidden or stuck).
    class StoppablePrompt final : public TwoFactorPrompt
    {
    public:
        TwoFactorPrompt *inner = nullptr;
        void askForCode(const QString &reason, CodeAnswer answer) override;
        void showApprovalPage(const QUrl &url, Purpose purpose,
                              std::function<void()> cancel) override;
        void approvalFinished() override;
        void stop();

    private:
        std::shared_ptr<CodeAnswer> m_pendingCode;
        std::function<void()> m_cancelApproval;
    };

    void createToken(SecretBuffer password);
    void publishNext();
    void onNpmFinished(int exitCode, QProcess::ExitStatus status);
    void configureTrust();
    void revoke();
    void stop(const QString &reason); // a step failed or the user cancelled: revoke, then finish
    void end(bool ok, const QString &summary);
    void setStep(BootstrapStep::Kind kind, StepState state, const QString &detail = {});

    RegistryClient &m_client;
    TwoFactorPrompt *m_userPrompt = nullptr;
    StoppablePrompt m_stoppable;
    QString m_npm = QStringLiteral("npm");
    std::chrono::milliseconds m_pacing{500};

    BootstrapPlan m_plan;
    QList<Package> m_packages;
    TrustedPublisher m_config;
    std::unique_ptr<BatchTwoFactorPrompt> m_batchPrompt;
    std::unique_ptr<TrustService> m_trust;
    QPointer<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_npmHome;
    SecretBuffer m_secret;
    QString m_tokenKey;
    QString m_failure; // why the run stops; empty while it goes well
    QStringList m_published;
    QList<TrustOutcome> m_trustOutcomes;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_revoked = false;
};

} // namespace td
