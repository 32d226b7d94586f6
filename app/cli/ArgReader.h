// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace td::cli {

// The one reader of tokendesk-cli's arguments, with npm's syntax:
//   --flag value | --flag=value     a Value flag (given twice: the last one counts, as in npm)
//   --flag                          a Switch; "--flag=true" / "--flag=false" as npm accepts them
//   --scope a --scope b             a List flag collects every occurrence, in order
//   --                              ends the options: the rest is afterDashes(), untouched
//   -h | --help                     anywhere before "--": helpAsked(), never an error
// A value is the next argument unless it starts with "--" ("-1" is a value). A command declares
// its flags, reads, and on failure prints error(), one line naming the flag, and for an unknown
// one the command's --help:
//     ArgReader reader(QStringLiteral("token revoke"),
//                      {{QStringLiteral("--otp"), ArgReader::Value}});
//     if (!reader.read(arguments))
//         return fail(reader.error());
//     reader.value("--otp"); reader.positionals();
// Global flags (--registry, --json, --timeout, --userconfig) never reach a command: Cli reads
// them before and after the command name with its own pass (below) and hands on the rest.
// With setKeepUnknown(true) (Cli's pass for the global flags) flags it does not know and
// positionals are not errors: they stay in kept(), in order, for the command's own reader.
// Options declared with `kept` are read with their arity but also left in kept(), so the global
// pass does not mistake a command flag's value for something else.
class ArgReader
{
public:
    enum Kind { Switch, Value, List };
    struct Option
    {
        Option(QString name_, Kind kind_ = Switch, bool kept_ = false, QString needsValue_ = {},
               QStringList aliases_ = {})
            : name(std::move(name_)),
              kind(kind_),
              kept(kept_),
              needsValue(std::move(needsValue_)),
              aliases(std::move(aliases_))
        { }
        QString name; // "--registry"
        Kind kind = Switch;
        bool kept = false;   // the global pass knows it, the command reads it
        QString needsValue;  // the error when a Value/List flag comes without one; default
                             // "--flag needs a value"
        QStringList aliases; // other spellings ("--allow-staged-publish"), read as `name`
    };

    ArgReader(QString command, QList<Option> options);

    void setKeepUnknown(bool keep) { m_keepUnknown = keep; }
    // Reading ends at the first positional: it and everything after it go to afterDashes()
    // (`run`'s program and its own arguments; the global pass stops at the command's program).
    void setStopAtPositional(bool stop) { m_stopAtPositional = stop; }

    bool read(const QStringList &arguments);
    QString error() const { return m_error; }

    bool helpAsked() const { return m_help; }
    // Lookups take the flag with or without its dashes: "--dry-run" or "dry-run".
    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    QStringList positionals() const { return m_positionals; }
    bool sawDashes() const { return m_sawDashes; }
    QStringList afterDashes() const { return m_afterDashes; }
    // setKeepUnknown(true) only: what belongs to the command, in order ("--" and after included).
    QStringList kept() const { return m_kept; }

    // "token create: unknown option '--frob'. Run 'tokendesk-cli token create --help' …"
    static QString unknownOptionError(const QString &command, const QString &flag);

private:
    const Option *find(const QString &name) const;
    static QString key(const QString &name);
    bool fail(const QString &text);

    QString m_command;
    QList<Option> m_options;
    bool m_keepUnknown = false;
    bool m_stopAtPositional = false;

    QString m_error;
    bool m_help = false;
    bool m_sawDashes = false;
    std::map<QString, QStringList> m_values; // switches hold "true" / "false"
    QStringList m_positionals;
    QStringList m_afterDashes;
    QStringList m_kept;
};

} // namespace td::cli
