// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace td {

// npm's ${VAR} expansion (@npmcli/config env-replace): ${VAR} becomes the variable's value or
// stays as written when unset; ${VAR?} becomes empty when unset; "\${VAR}" is an escape.
QString expandNpmEnvReferences(const QString &value, const QProcessEnvironment &env);
// The variable names a value refers to, in order ("${NPM_TOKEN}" -> {"NPM_TOKEN"}).
QStringList npmEnvReferences(const QString &value);
// The variable when the whole value is one reference, else empty.
QString soleNpmEnvReference(const QString &value);

// npm's "nerf dart": the registry URL as used in per-registry keys.
// "https://registry.npmjs.org" -> "//registry.npmjs.org/"; "https://h/a/b" -> "//h/a/".
QString nerfDart(const QString &url);

inline constexpr char kNpmDefaultRegistry[] = "https://registry.npmjs.org/";

} // namespace td
