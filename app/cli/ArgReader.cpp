// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArgReader.h"

#include <QCoreApplication>

namespace td::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::cli::ArgReader)
};

bool isFlag(const QString &arg)
{
    // "-" alone is a positional (standard input, by convention), as in npm.
    return arg.size() > 1 && arg.startsWith(QLatin1Char('-'));
}
} // namespace

ArgReader::ArgReader(QString command, QList<Option> options)
    : m_command(std::move(command)), m_options(std::move(options))
{ }

QString ArgReader::unknownOptionError(const QString &command, const QString &flag)
{
    if (command.isEmpty())
        return Tr::tr("unknown option '%1'. Run 'tokendesk-cli --help' for the options.").arg(flag);
    return Tr::tr("%1: unknown option '%2'. Run 'tokendesk-cli %1 --help' for its options.")
        .arg(command, flag);
}

const ArgReader::Option *ArgReader::find(const QString &name) const
{
    for (const Option &option : m_options) {
        if (option.name == name || option.aliases.contains(name))
            return &option;
    }
    return nullptr;
}

QString ArgReader::key(const QString &name)
{
    return name.startsWith(QLatin1Char('-')) ? name : QStringLiteral("--") + name;
}

bool ArgReader::fail(const QString &text)
{
    m_error = text;
    return false;
}

bool ArgReader::read(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--") || (m_stopAtPositional && !isFlag(arg))) {
            m_sawDashes = arg == QLatin1String("--");
            m_afterDashes = arguments.mid(m_sawDashes ? i + 1 : i);
            if (m_keepUnknown)
                m_kept.append(arguments.mid(i));
            return true;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            m_help = true;
            continue;
        }
        if (!isFlag(arg)) {
            (m_keepUnknown ? m_kept : m_positionals).append(arg);
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? arg : arg.left(equals);
        const Option *option = find(name);
        if (!option) {
            if (!m_keepUnknown)
                return fail(unknownOptionError(m_command, name));
            m_kept.append(arg);
            continue;
        }
        if (option->kept)
            m_kept.append(arg);
        QString value;
        if (option->kind == Switch) {
            value = equals < 0 ? QStringLiteral("true") : arg.mid(equals + 1);
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return fail(Tr::tr("%1 takes no value").arg(name));
            m_values[option->name] = QStringList{value};
            continue;
        }
        if (equals >= 0) {
            value = arg.mid(equals + 1);
        } else {
            // The next argument, unless there is none or it is another long flag ("-1" can be
            // a value).
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--")))
                return fail(option->needsValue.isEmpty() ? Tr::tr("%1 needs a value").arg(name)
                                                         : option->needsValue);
            value = arguments.at(++i);
            if (option->kept)
                m_kept.append(value);
        }
        if (option->kind == Value)
            m_values[option->name] = QStringList{value};
        else
            m_values[option->name].append(value);
    }
    return true;
}

bool ArgReader::isSet(const QString &name) const
{
    const auto it = m_values.find(key(name));
    return it != m_values.end() && it->second.value(0) != QLatin1String("false");
}

QString ArgReader::value(const QString &name) const
{
    const auto it = m_values.find(key(name));
    return it == m_values.end() ? QString() : it->second.value(it->second.size() - 1);
}

QStringList ArgReader::values(const QString &name) const
{
    const auto it = m_values.find(key(name));
    return it == m_values.end() ? QStringList() : it->second;
}

} // namespace td::cli
