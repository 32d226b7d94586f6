// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustCommand.h"

#include "LoginSupport.h"
#include "cli/CliContext.h"
#include "core/trust/RegistryTrustBridge.h"
#include "core/trust/RepoInspector.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace td::cli {

namespace {

// A trust flag: "--name", a value when it takes one, repeatable when `list`.
ArgReader::Option opt(const char *name, bool takesValue = false, bool list = false)
{
    return {QStringLiteral("--") + QLatin1String(name),
            list ? ArgReader::List : (takesValue ? ArgReader::Value : ArgReader::Switch)};
}

} // namespace

QString TrustCommand::summary()
{
    return tr("trusted publishing: list, github, gitlab, circleci, revoke (npm trust's flags, "
              "plus --all and --replace; stage-only unless --allow-publish), check <folder> and "
              "workflow <folder> [--apply] (npm publish → npm stage publish)");
}

void TrustCommand::done(int code)
{
    m_context->out.flush();
    Q_EMIT finished(code);
}

void TrustCommand::failWith(const Error &error)
{
    if (m_services)
        m_services->reportFailure(m_account, error);
    else
        m_context->fail(error);
    done(1);
}

void TrustCommand::run(const QStringList &arguments, CliContext &context)
{
    m_context = &context;
    QList<ArgReader::Option> options{
        opt("file", true),
        {QStringLiteral("--repo"), ArgReader::Value, false, {}, {QStringLiteral("--repository")}},
        opt("project", true),
        opt("env", true),
        opt("allow-publish"),
        opt("org-id", true),
        opt("project-id", true),
        opt("pipeline-definition-id", true),
        opt("vcs-origin", true),
        opt("context-id", true, true),
        opt("id", true),
        opt("replace", true, true), // repeatable
        opt("apply"),
        opt("otp", true),
        opt("auth-type", true),
        opt("all"),
        opt("yes"),
        opt("dry-run")};
    options.append({QStringLiteral("--allow-stage-publish"),
                    ArgReader::Switch,
                    false,
                    {},
                    {QStringLiteral("--allow-staged-publish")}});
    static const QStringList subs{QStringLiteral("list"),    QStringLiteral("github"),
                                  QStringLiteral("gitlab"),  QStringLiteral("circleci"),
                                  QStringLiteral("revoke"),  QStringLiteral("check"),
                                  QStringLiteral("workflow")};
    if (arguments.isEmpty() || !subs.contains(arguments.first())) {
        context.fail(tr("trust needs a subcommand: %1").arg(subs.join(QStringLiteral(", "))));
        return done(1);
    }
    m_parser = ArgReader(QStringLiteral("trust ") + arguments.first(), options);
    if (!m_parser.read(arguments.mid(1))) {
        context.fail(m_parser.error());
        return done(1);
    }
    if (const QString authType = m_parser.value(QStringLiteral("auth-type"));
        !authType.isEmpty() && authType != u"web" && authType != u"legacy") {
        context.fail(tr("--auth-type must be 'web' or 'legacy', not '%1'").arg(authType));
        return done(1);
    }
    const QString sub = arguments.first();
    const QStringList positional = m_parser.positionals() + m_parser.afterDashes();
    if (positional.size() > 1) {
        context.fail(tr("trust %1 takes at most one package or folder").arg(sub));
        return done(1);
    }
    if (sub == u"check")
        return check(positional.value(0, QDir::currentPath()));
    if (sub == u"workflow")
        return stageWorkflows(positional.value(0, QDir::currentPath()));
    auto selection = select(positional.value(0));
    if (!selection) {
        context.fail(selection.error());
        return done(1);
    }
    if (sub == u"list")
        return list(selection.value());
    if (sub == u"revoke")
        return revoke(selection.value());
    auto config = configFor(sub, selection.value());
    if (!config) {
        context.fail(config.error());
        return done(1);
    }
    const QStringList replaced = m_parser.values(QStringLiteral("replace"));
    if (!replaced.isEmpty() && selection.value().packages.size() != 1) {
        context.fail(tr("--replace needs exactly one package (config ids belong to one package)"));
        return done(1);
    }
    QList<TrustTarget> targets;
    for (const QString &name : selection.value().packages)
        targets << TrustTarget{name, config.value(), replaced};
    if (m_parser.isSet(QStringLiteral("dry-run"))) {
        for (const TrustTarget &t : targets) {
            context.out << tr("would configure %1: %2").arg(t.packageName, describeTrust(t.config))
                        << '\n';
            for (const QString &id : t.replaceIds)
                context.out << tr("then revoke %1 of %2").arg(id, t.packageName) << '\n';
        }
        return done(0);
    }
    create(targets);
}

Result<TrustCommand::Selection> TrustCommand::select(const QString &positional) const
{
    Selection selection;
    const bool all = m_parser.isSet(QStringLiteral("all"));
    if (!all && !positional.isEmpty()) {
        selection.packages << positional;
        // npm reads the current folder's package.json for a named package too; a folder
        // without one, or with one it cannot read, is no error then.
        const auto here = RepoInspector::inspect(QDir::currentPath());
        const bool hasManifest = here && here.value().hasRootPackage;
        if (hasManifest && here.value().rootPackage.repository.present)
            selection.packageJsonRepository
                = hostedRepository(here.value().rootPackage.repository.url);
        selection.packageIsPackageJsons
            = hasManifest && here.value().rootPackage.name == positional;
        return selection;
    }
    selection.folder = all && !positional.isEmpty() ? positional : QDir::currentPath();
    auto facts = RepoInspector::inspect(selection.folder);
    if (!facts)
        return facts.error();
    // Not "Package name must be specified" when the package.json holding it cannot be read.
    if (!facts.value().warnings.isEmpty())
        return makeError(ErrorCode::InvalidInput, facts.value().warnings.join(QLatin1Char(' ')));
    selection.remote = facts.value().primaryRemote();
    if (facts.value().hasRootPackage && facts.value().rootPackage.repository.present)
        selection.packageJsonRepository
            = hostedRepository(facts.value().rootPackage.repository.url);
    if (all) {
        for (const PackageInfo &p : facts.value().publishablePackages())
            selection.packages << p.name;
    } else if (facts.value().hasRootPackage && !facts.value().rootPackage.name.isEmpty()) {
        selection.packages << facts.value().rootPackage.name;
    }
    if (selection.packages.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Package name must be specified either as an argument or in "
                            "package.json file"));
    return selection;
}

Result<TrustedPublisher> TrustCommand::configFor(const QString &provider,
                                                 const Selection &selection) const
{
    TrustedPublisher c;
    const auto value
        = [this](const char *name) { return m_parser.value(QString::fromLatin1(name)); };
    c.environment = value("env");
    c.actions = {};
    if (m_parser.isSet(QStringLiteral("allow-publish")))
        c.actions |= TrustAction::Publish;
    if (m_parser.isSet(QStringLiteral("allow-stage-publish")))
        c.actions |= TrustAction::StagePublish;
    if (!c.actions) // npm's default since 2026-09-03; direct publish only when asked for
        c.actions = TrustAction::StagePublish;
    if (provider == u"circleci") {
        c.type = TrustProvider::CircleCi;
        c.orgId = value("org-id");
        c.projectId = value("project-id");
        c.pipelineDefinitionId = value("pipeline-definition-id");
        c.vcsOrigin = value("vcs-origin");
        c.contextIds = m_parser.values(QStringLiteral("context-id"));
        if (c.orgId.isEmpty() || c.projectId.isEmpty() || c.pipelineDefinitionId.isEmpty()
            || c.vcsOrigin.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("circleci needs --org-id, --project-id, --pipeline-definition-id "
                                "and --vcs-origin"));
        return c;
    }
    const QString file = value("file");
    if (const QString problem = TrustPlanner::workflowFileProblem(file); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    const auto entity = chooseEntity(provider, selection);
    if (!entity)
        return entity.error();
    if (provider == u"github") {
        c.type = TrustProvider::GitHub;
        c.workflowFile = file;
        c.repository = entity.value();
        if (c.repository.count(QLatin1Char('/')) != 1)
            return makeError(ErrorCode::InvalidInput,
                             tr("GitHub repository must be specified in the format "
                                "owner/repository"));
    } else {
        c.type = TrustProvider::GitLab;
        c.ciConfigFile = file;
        c.projectPath = entity.value();
        if (c.projectPath.count(QLatin1Char('/')) < 1)
            return makeError(ErrorCode::InvalidInput,
                             tr("GitLab project must be specified as group/project"));
    }
    return c;
}

void TrustCommand::withService(std::function<void(RegistryClient *, TrustService *)> work)
{
    m_services = new LoginServices(*m_context, this);
    if (m_parser.isSet(QStringLiteral("otp")))
        m_services->prompt().setPresetCode(
            SecretBuffer::fromString(m_parser.value(QStringLiteral("otp"))));
    m_services->withSignedInClient(
        [this, work](Result<void> ok, const Account &account, RegistryClient *client) {
            m_account = account;
            if (!ok)
                return failWith(ok.error());
            // npm's words: with --otp (or --auth-type legacy) the registry's challenge is
            // answered with a code, typed at the terminal when none was given; otherwise the
            // browser approval page is shown (web), and for a batch the user is asked to tick
            // "skip two-factor authentication for the next 5 minutes" so one approval covers it.
            const bool legacy = m_parser.isSet(QStringLiteral("otp"))
                || m_parser.value(QStringLiteral("auth-type")) == u"legacy";
            client->setAuthType(legacy ? RegistryClient::AuthType::Legacy
                                       : RegistryClient::AuthType::Web);
            auto *service = new TrustService(*client, this);
            service->setTwoFactorPrompt(&m_services->prompt());
            work(client, service);
        });
}

} // namespace td::cli
