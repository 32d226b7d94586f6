// SPDX-License-Identifier: GPL-3.0-or-later
// ci login: a CI credential from stdin (--with-token), from the GitHub CLI (--from-gh) or the
// OAuth device flow; checked with the service's whoami, then kept in the keychain. The
// credential only ever lives in a SecretBuffer: never argv, never a file, never a log line.
#include "CiCommand.h"
#include "CiSupport.h"
#include "cli/ArgReader.h"
#include "cli/CliContext.h"

#include <QBuffer>
#include <QProcess>

#include "core/cisecrets/CiDeviceFlow.h"
#include "core/cisecrets/GitLabDeviceEndpoints.h"

namespace td::cli {

namespace {

struct LoginOptions
{
    CiProvider provider = CiProvider::GitHub;
    QString host;
    QUrl apiBase;
    enum class Source { DeviceFlow, Stdin, GitHubCli } source = Source::DeviceFlow;
};

Result<LoginOptions> parseLogin(const QStringList &arguments)
{
    auto fail = [](const QString &text) { return makeError(ErrorCode::InvalidInput, text); };
    LoginOptions options;
    const auto provider = ciProviderFromId(arguments.value(0));
    if (!provider)
        return fail(CiLoginCommand::tr("ci login needs the service: github, gitlab or circleci"));
    options.provider = *provider;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--token") || arg.startsWith(QLatin1String("--token=")))
            return fail(CiLoginCommand::tr("tokens are never taken from arguments; pipe it and "
                                           "use --with-token"));
    }
    ArgReader reader(QStringLiteral("ci login"),
                     {{QStringLiteral("--host"), ArgReader::Value},
                      {QStringLiteral("--api-url"), ArgReader::Value},
                      {QStringLiteral("--with-token"), ArgReader::Switch},
                      {QStringLiteral("--from-gh"), ArgReader::Switch}});
    if (!reader.read(arguments.mid(1)))
        return fail(reader.error());
    if (const QStringList stray = reader.positionals() + reader.afterDashes(); !stray.isEmpty())
        return fail(CiLoginCommand::tr("unknown option '%1' for ci login").arg(stray.first()));
    options.host = reader.value(QStringLiteral("--host")).toLower();
    if (const QString url = reader.value(QStringLiteral("--api-url")); !url.isNull()) {
        options.apiBase = QUrl(url, QUrl::StrictMode);
        if (!options.apiBase.isValid() || options.apiBase.host().isEmpty()
            || !options.apiBase.scheme().startsWith(QLatin1String("http")))
            return fail(CiLoginCommand::tr("'%1' is not an API URL; use the form "
                                           "https://host/path")
                            .arg(url));
    }
    if (reader.isSet(QStringLiteral("--with-token")))
        options.source = LoginOptions::Source::Stdin;
    if (reader.isSet(QStringLiteral("--from-gh"))) {
        if (options.provider != CiProvider::GitHub)
            return fail(CiLoginCommand::tr("--from-gh reuses the GitHub CLI's sign-in; it "
                                           "works for github only"));
        options.source = LoginOptions::Source::GitHubCli;
    }
    if (options.host.isEmpty())
        options.host = ciDefaultHost(options.provider);
    if (options.apiBase.isEmpty())
        options.apiBase = CiServices::defaultApiBase(options.provider, options.host);
    if (options.provider == CiProvider::CircleCi
        && options.source == LoginOptions::Source::DeviceFlow)
        return fail(CiLoginCommand::tr("CircleCI has no sign-in for other apps: create a "
                                       "personal API token in CircleCI (User Settings > Personal "
                                       "API Tokens), then pipe it: tokendesk-cli ci login "
                                       "circleci --with-token"));
    return options;
}

// The first line of stdin, without its line end; the buffer read is wiped.
SecretBuffer firstLine(QIODevice *in)
{
    QByteArray all = in ? in->readAll() : QByteArray();
    qsizetype end = all.indexOf('\n');
    if (end < 0)
        end = all.size();
    while (end > 0 && (all.at(end - 1) == '\r' || all.at(end - 1) == ' '))
        --end;
    SecretBuffer secret(QByteArrayView(all.constData(), end));
    all.fill('\0');
    return secret;
}

} // namespace

CiLoginCommand::~CiLoginCommand() = default;

void CiLoginCommand::run(const QStringList &arguments, CliContext &context)
{
    auto parsed = parseLogin(arguments);
    if (!parsed) {
        context.fail(parsed.error().message);
        return Q_EMIT finished(1);
    }
    const LoginOptions options = parsed.value();
    auto *services = new CiServices(context, this);
    CiAccount account;
    account.provider = options.provider;
    account.host = options.host;
    account.apiBase = options.apiBase;

    auto signIn = [this, services, account, &context](SecretBuffer credential) mutable {
        if (credential.isEmpty()) {
            context.fail(tr("no %1 token was given; pipe it on standard input")
                             .arg(ciProviderLabel(account.provider)));
            return Q_EMIT finished(1);
        }
        auto shared = std::make_shared<const SecretBuffer>(std::move(credential));
        m_client = makeCiSecretClient(account, shared, services->clientServices());
        if (!m_client) {
            context.fail(
                tr("this build cannot talk to %1 yet").arg(ciProviderLabel(account.provider)));
            return Q_EMIT finished(1);
        }
        m_client->whoami([this, shared, services, account,
                          &context](Result<QString> login) mutable {
            if (!login) {
                context.fail(tr("%1 did not accept the token: %2")
                                 .arg(ciProviderLabel(account.provider), login.error().oneLine()));
                return Q_EMIT finished(1);
            }
            account.login = login.value();
            services->accounts().save(account, *shared,
                                      [this, account, &context](Result<void> saved) {
                                          if (!saved) {
                                              context.fail(saved.error());
                                              return Q_EMIT finished(1);
                                          }
                                          context.out << tr("Signed in to %1 (%2) as %3.")
                                                             .arg(ciProviderLabel(account.provider),
                                                                  account.host, account.login)
                                                      << Qt::endl;
                                          Q_EMIT finished(0);
                                      });
        });
    };

    switch (options.source) {
    case LoginOptions::Source::Stdin:
        return signIn(firstLine(context.inDevice));
    case LoginOptions::Source::GitHubCli: {
        // gh prints the token on its stdout; it is read straight into a SecretBuffer and the
        // pipe's copy wiped. Nothing of it reaches an argument list or a terminal.
        auto *gh = new QProcess(this);
        QStringList args{QStringLiteral("auth"), QStringLiteral("token")};
        if (options.host != QLatin1String("github.com"))
            args << QStringLiteral("--hostname") << options.host;
        connect(gh, &QProcess::errorOccurred, this, [this, gh, &context](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            gh->deleteLater();
            context.fail(tr("the GitHub CLI (gh) was not found; install it and run 'gh auth "
                            "login', or pipe a token with --with-token"));
            Q_EMIT finished(1);
        });
        connect(gh, &QProcess::finished, this,
                [this, gh, signIn, &context](int code, QProcess::ExitStatus status) mutable {
                    gh->deleteLater();
                    if (status != QProcess::NormalExit || code != 0) {
                        context.fail(tr("'gh auth token' failed (is gh signed in? run 'gh auth "
                                        "login'), or pipe a token with --with-token"));
                        return Q_EMIT finished(1);
                    }
                    QByteArray out = gh->readAllStandardOutput();
                    QBuffer pipe(&out);
                    pipe.open(QIODevice::ReadOnly);
                    SecretBuffer token = firstLine(&pipe);
                    out.fill('\0');
                    context.out << tr("Using the GitHub CLI's sign-in. Its default scopes cover "
                                      "repository and environment secrets; for organization "
                                      "secrets run 'gh auth refresh -s admin:org' first.")
                                << Qt::endl;
                    signIn(std::move(token));
                });
        gh->setProgram(QStringLiteral("gh"));
        gh->setArguments(args);
        gh->setProcessChannelMode(QProcess::SeparateChannels);
        gh->start(QIODevice::ReadOnly);
        return;
    }
    case LoginOptions::Source::DeviceFlow:
        break;
    }
    // GitLab's OAuth application is per instance: its (public) Application ID comes from
    // TOKENDESK_GITLAB_CLIENT_ID; GitHub's is this build's setting.
    Result<CiDeviceEndpoints> endpoints = options.provider == CiProvider::GitHub
        ? gitHubDeviceEndpoints(options.apiBase)
        : gitLabDeviceEndpoints(options.apiBase,
                                qEnvironmentVariable("TOKENDESK_GITLAB_CLIENT_ID"));
    if (!endpoints) {
        context.fail(endpoints.error());
        return Q_EMIT finished(1);
    }
    auto *flow
        = new CiDeviceFlow(options.provider, endpoints.value(), services->clientServices(), this);
    flow->start(
        [&context](const CiDeviceCode &code) {
            context.out << tr("Open %1 and enter the code %2")
                               .arg(code.verificationUri.toString(), code.userCode)
                        << Qt::endl;
            context.out << tr("Waiting for the approval...") << Qt::endl;
        },
        [this, signIn, &context](Result<SecretBuffer> token) mutable {
            if (!token) {
                context.fail(token.error());
                return Q_EMIT finished(1);
            }
            signIn(std::move(token).value());
        });
}

} // namespace td::cli
