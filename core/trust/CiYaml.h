// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/WorkflowReport.h"

#include <QRegularExpression>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

// The YAML preamble the GitHub, GitLab and CircleCI inspectors share.
namespace td::ciyaml {

// The text of a scalar node; "" for anything else or a missing node.
QString scalar(const YAML::Node &n);
// 1-based line of a node (0 when missing), for findings that point into the file.
int lineOf(const YAML::Node &n);
// map[key] without yaml-cpp's "zombie" nodes: a missing key or a non-map gives a valid
// undefined node that is safe to test and to index again.
YAML::Node child(const YAML::Node &map, const char *key);
// Parses a CI file for `report`: sets report.file and, on success, report.parsed; on a syntax
// error fills report.parseError (translated) and returns nullopt.
std::optional<YAML::Node> load(const QString &file, const QString &text, WorkflowReport &report);
// `_authToken=${VAR}` (or "$VAR") written into an .npmrc by a script; capture 1 is VAR.
const QRegularExpression &authTokenReference();

} // namespace td::ciyaml
