// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ci/GitHubCliToken.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace td {

namespace {
// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::GitHubCliToken)
};
} // namespace

void readGitHubCliToken(const QString &host, QObject *context,
                        std::function<void(Result<std::shared_ptr<const SecretBuffer>>)> done)
{
    const QString gh = QStandardPaths::findExecutable(QStringLiteral("gh"));
    if (gh.isEmpty()) {
        done(makeError(ErrorCode::InvalidInput,
                       Tr::tr("The GitHub CLI (gh) is not installed: install it and run "
                              "\"gh auth login\", or paste a token instead.")));
        return;
    }
    auto *process = new QProcess(context);
    process->setProgram(gh);
    process->setArguments(
        {QStringLiteral("auth"), QStringLiteral("token"), QStringLiteral("--hostname"), host});
    process->setProcessChannelMode(QProcess::SeparateChannels);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(
        process, &QProcess::finished, context,
        [process, host, done, answered](int exitCode, QProcess::ExitStatus status) {
            process->deleteLater(); // a killed one ends here too
            if (std::exchange(*answered, true))
                return;
            QByteArray out = process->readAllStandardOutput();
            auto token = std::make_shared<const SecretBuffer>(QByteArrayView(out).trimmed());
            out.fill('\0');
            if (status != QProcess::NormalExit || exitCode != 0 || token->isEmpty()) {
                done(makeError(ErrorCode::E401,
                               Tr::tr("The GitHub CLI is not signed in to %1: run \"gh auth login "
                                      "--hostname %1\", or paste a token instead.")
                                   .arg(host)));
                return;
            }
            done(std::move(token));
        });
    QObject::connect(process, &QProcess::errorOccurred, context,
                     [process, done, answered](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart || std::exchange(*answered, true))
                             return;
                         process->deleteLater();
                         done(makeError(ErrorCode::InvalidInput,
                                        Tr::tr("The GitHub CLI (gh) could not be started: %1")
                                            .arg(process->errorString())));
                     });
    // `gh auth token` answers at once; one that hangs (a broken install, a keyring prompt) must
    // not leave the dialog waiting for ever.
    QTimer::singleShot(std::chrono::seconds(20), process, [process, done, answered] {
        if (std::exchange(*answered, true))
            return;
        process->kill(); // finished() follows and deletes it
        done(makeError(ErrorCode::Timeout,
                       Tr::tr("The GitHub CLI did not answer within 20 seconds: paste a token "
                              "instead.")));
    });
    process->start(QIODevice::ReadOnly);
}

} // namespace td
