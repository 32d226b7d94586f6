// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/CiYaml.h"

#include <QCoreApplication>

#include <string>

namespace td::ciyaml {

QString scalar(const YAML::Node &n)
{
    return (n && n.IsScalar()) ? QString::fromStdString(n.Scalar()) : QString();
}

int lineOf(const YAML::Node &n)
{
    return n ? n.Mark().line + 1 : 0;
}

YAML::Node child(const YAML::Node &map, const char *key)
{
    // A missing key gives a "zombie" node that throws on IsMap(); hand out a valid undefined one.
    if (!map || !map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node value = map[std::string(key)];
    return value ? value : YAML::Node(YAML::NodeType::Undefined);
}

std::optional<YAML::Node> load(const QString &file, const QString &text, WorkflowReport &report)
{
    report.file = file;
    try {
        YAML::Node doc = YAML::Load(text.toStdString());
        report.parsed = true;
        return doc;
    } catch (const YAML::Exception &e) {
        report.parseError
            = QCoreApplication::translate("td::WorkflowInspector", "%1 is not valid YAML: %2")
                  .arg(file, QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

const QRegularExpression &authTokenReference()
{
    static const QRegularExpression re(QStringLiteral(R"(_authToken=["']?\$\{?(\w+))"));
    return re;
}

} // namespace td::ciyaml
