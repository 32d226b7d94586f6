// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "JsonError.h"
#include <QCoreApplication>

namespace td::cli {

CliContext::CliContext(QIODevice *in, QIODevice *out_, QIODevice *err_)
    : inDevice(in), m_outWatch(std::make_unique<WriteWatch>(out_)), out(m_outWatch.get()), err(err_)
{ }

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::cli::CliContext)
};
} // namespace

bool CliContext::resolveRegistry(const QProcessEnvironment &environment, const QString &homeDir,
                                 const QString &workingDir)
{
    NpmConfigLocator locator(environment, homeDir);
    locator.setWorkingDirectory(workingDir);
    if (!userConfig.isEmpty())
        locator.setCliUserConfig(userConfig);
    m_resolver.emplace(std::move(locator));
    if (registryGiven)
        m_resolver->setCliRegistry(registry.toString());
    return take(m_resolver->registry());
}

bool CliContext::useScopeRegistry(const QString &cliScope, bool overCli)
{
    if (!m_resolver)
        return true;
    m_resolver->setCliScope(cliScope);
    return take(m_resolver->registryForScope(overCli));
}

bool CliContext::take(const RegistryChoice &choice)
{
    const QUrl url(choice.url, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        fail(Tr::tr("'%1' is not a registry URL (%2 in %3); use the form https://host/")
                 .arg(choice.url, choice.key,
                      choice.file.isEmpty() ? registrySourceId(choice.source) : choice.file));
        return false;
    }
    registry = url;
    registrySource = registrySourceId(choice.source);
    return true;
}

void CliContext::fail(const QString &line, const QString &code)
{
    err << "tokendesk-cli: " << line << Qt::endl;
    writeJsonError(code, line, {});
}

void CliContext::fail(const Error &error)
{
    err << "tokendesk-cli: " << error.codeName() << ": " << error.oneLine() << Qt::endl;
    writeJsonError(npmErrorCode(error), error.message, error.hint);
}

void CliContext::writeJsonError(const QString &code, const QString &summary, const QString &detail)
{
    out.flush();
    if (!json || m_outWatch->anythingWritten()) // one JSON document on stdout, never two
        return;
    out << npmJsonError(code, summary, detail);
    out.flush();
}

} // namespace td::cli
