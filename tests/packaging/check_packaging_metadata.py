#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Usage: check_packaging_metadata.py <source-dir> <tokendesk-binary>

The Flatpak manifest, desktop entries and AppStream metadata agree with each other and with the
build: one app id everywhere (and one that Flathub accepts), only the permissions the manifest
is reviewed for, pinned sources, screenshots that exist in docs/screenshots, and an autostart
entry that starts the program the way its --help says it can. flatpak-builder is not needed (nor
installed here): this is what can be checked without building.
"""
import configparser
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import yaml

SOURCE, BINARY = sys.argv[1], sys.argv[2]
problems = []
checked = 0


def check(condition, message):
    global checked
    checked += 1
    if not condition:
        problems.append(message)


def read(path):
    with open(os.path.join(SOURCE, path), encoding="utf-8") as f:
        return f.read()


def desktop_entry(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(read(path))
    return parser["Desktop Entry"]


# --- the app id: CMake's TD_APP_ID is the source of truth -------------------------------------
app_id = re.search(r'set\(TD_APP_ID "([^"]+)"\)', read("CMakeLists.txt")).group(1)
components = app_id.split(".")
check(3 <= len(components) <= 5, f"{app_id}: Flathub wants 3 to 5 components")
check(all(re.fullmatch(r"[A-Za-z0-9_]+", c) for c in components[:-1])
      and re.fullmatch(r"[A-Za-z0-9_-]+", components[-1]),
      f"{app_id}: only letters, digits and _ (a dash only in the last component)")
check(all(c == c.lower() for c in components[:-1]), f"{app_id}: the domain part is lowercase")
check(components[-1].lower() not in ("desktop", "app", "linux"),
      f"{app_id}: must not end in a generic word")
code_hosts = {"io.github", "io.gitlab", "page.codeberg", "io.frama"}
if ".".join(components[:2]) in code_hosts:
    check(len(components) >= 4,
          f"{app_id}: a code-hosting id needs owner and repository (4 components)")
for reserved in ("com.github", "com.gitlab", "org.codeberg", "org.framagit"):
    check(not app_id.startswith(reserved + "."), f"{app_id}: {reserved} is reserved")

# --- the Flatpak manifest ----------------------------------------------------------------------
manifest_path = f"packaging/flatpak/{app_id}.yml"
check(os.path.exists(os.path.join(SOURCE, manifest_path)),
      f"{manifest_path}: the manifest is named after the app id")
manifest = yaml.safe_load(read(manifest_path))
check(manifest.get("app-id") == app_id, f"manifest app-id {manifest.get('app-id')} != {app_id}")
runtime, sdk = manifest.get("runtime"), manifest.get("sdk")
check(runtime in ("org.kde.Platform", "org.freedesktop.Platform"), f"runtime {runtime}")
check(sdk == runtime.replace("Platform", "Sdk"), f"sdk {sdk} does not match runtime {runtime}")
if runtime == "org.kde.Platform":
    check(str(manifest.get("runtime-version", "")).startswith("6."), "the KDE runtime of Qt 6")
check(manifest.get("command") == "tokendesk", "the command is the desktop program")

# The permissions the manifest was reviewed for (packaging/flatpak/README.md); anything else
# is a change to review, not to slip in.
reviewed = {
    "--share=network", "--socket=wayland", "--socket=fallback-x11", "--share=ipc",
    "--talk-name=org.freedesktop.Notifications", "--talk-name=org.kde.StatusNotifierWatcher",
    "--own-name=org.kde.StatusNotifierItem-2-1",
    "--filesystem=~/.npmrc:ro", "--filesystem=xdg-config/npm:ro", "--filesystem=~/.yarnrc.yml:ro",
}
finish_args = manifest.get("finish-args", [])
check(set(finish_args) == reviewed,
      f"finish-args changed: added {sorted(set(finish_args) - reviewed)}, "
      f"removed {sorted(reviewed - set(finish_args))}")
for arg in finish_args:
    check(not re.match(r"--filesystem=(home|host|~)(:.*)?$", arg), f"{arg}: too broad")
    check(not arg.startswith("--socket=session-bus") and not arg.endswith(".*"),
          f"{arg}: the whole session bus or a wildcard name")

modules = manifest.get("modules", [])
names = [m.get("name") for m in modules]
for needed in ("qtkeychain", "yaml-cpp", "nlohmann-json", "libsodium"):
    check(needed in names, f"module {needed} is missing")
check(names and names[-1] == "tokendesk", "the last module builds TokenDesk itself")
for module in modules:
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file"):
            check(str(source.get("url", "")).startswith("https://"),
                  f"{module['name']}: source over https")
            check(re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))) is not None,
                  f"{module['name']}: source pinned by sha256")
        elif source.get("type") == "dir":
            check(os.path.exists(os.path.join(SOURCE, "packaging/flatpak", source["path"],
                                              "CMakeLists.txt")),
                  f"{module['name']}: dir source {source['path']} is not the project")

# --- desktop entry and metainfo carry the same id ----------------------------------------------
desktop = desktop_entry(f"packaging/linux/{app_id}.desktop")
check(desktop.get("Icon") == app_id, f"desktop Icon={desktop.get('Icon')} != {app_id}")
check(desktop.get("Exec", "").split()[0] == manifest["command"],
      "the desktop entry runs the manifest's command")
metainfo = ET.fromstring(read(f"packaging/linux/{app_id}.metainfo.xml"))
check(metainfo.findtext("id") == app_id, f"metainfo <id> {metainfo.findtext('id')} != {app_id}")
check(metainfo.findtext("launchable[@type='desktop-id']") == f"{app_id}.desktop",
      "metainfo launchable names the desktop file")
urls = {u.get("type"): u.text for u in metainfo.findall("url")}
check(urls.get("homepage", "").startswith("https://"), "metainfo homepage URL over https")
check(urls.get("bugtracker", "").startswith("https://"), "metainfo bugtracker URL over https")
shots = [i.text for i in metainfo.findall("screenshots/screenshot/image")]
check(len(shots) >= 1, "metainfo has screenshots")
check(len(metainfo.findall("screenshots/screenshot[@type='default']")) == 1,
      "exactly one default screenshot")
for url in shots:
    check(url.startswith("https://"), f"screenshot {url} over https")
    check(os.path.exists(os.path.join(SOURCE, "docs/screenshots", url.rsplit("/", 1)[-1])),
          f"screenshot {url} is not in docs/screenshots")
provided = {b.text for b in metainfo.findall("provides/binary")}
check(provided == {"tokendesk", "tokendesk-cli", "tokendesk-sandbox"},
      f"metainfo provides {sorted(provided)}")

# --- one version everywhere: CMake's project(), the Debian changelog, the metainfo release ------
version = re.search(r"project\(TokenDesk VERSION ([0-9.]+)", read("CMakeLists.txt")).group(1)
changelog = re.match(r"tokendesk \(([^)-]+)-[^)]+\)", read("packaging/debian/changelog"))
check(changelog is not None and changelog.group(1) == version,
      f"packaging/debian/changelog's newest entry is not version {version}")
releases = [r.get("version") for r in metainfo.findall("releases/release")]
check(releases[:1] == [version], f"the metainfo's newest release {releases[:1]} is not {version}")

# --- the autostart entry: delayed, skipped once uninstalled, starts hidden ----------------------
autostart = desktop_entry(f"packaging/linux/{app_id}-autostart.desktop")
check(autostart.get("TryExec") == "tokendesk", "autostart TryExec=tokendesk")
check(autostart.get("X-GNOME-Autostart-Delay", "").isdigit(), "autostart has a start delay")
exec_words = autostart.get("Exec", "").split()
check(exec_words[:1] == ["tokendesk"], "autostart runs tokendesk")
check(autostart.get("Icon") == app_id, "autostart Icon is the app id")
help_text = subprocess.run([BINARY, "--help"], capture_output=True, text=True,
                           env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout
for flag in exec_words[1:]:
    check(re.search(r"(^|\s)" + re.escape(flag) + r"(\s|$)", help_text) is not None,
          f"autostart passes {flag}, which tokendesk --help does not list")

if problems:
    print("\n".join("FAIL: " + p for p in problems), file=sys.stderr)
    sys.exit(1)
print(f"packaging metadata: {checked} checks passed for {app_id}")
