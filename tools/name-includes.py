#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rewrites project includes so that each names its library: "core/trust/TrustService.h",
"desktop/trust/TrustWizard.h", "cli/CliContext.h", "sandbox/routes/Routes.h".

core/ and app/ both had trust/, migration/ and util/ folders, and an include such as
"trust/TrustPage.h" did not say which one it meant. The script resolves each quoted include the
way the compiler did (the including file's folder first, then the include roots in the order the
targets listed them) and writes the path from the new roots: the repository for core/, app/ for the
three programs. Includes of the file's own folder ("Foo.h" beside Foo.cpp) and of test support stay
as they are. Safe to run again: an include that already names its library resolves to itself.

    tools/name-includes.py [--check] [paths...]   (default: core app tests)
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Where the compiler looked before, in the order the targets' include directories came.
OLD_ROOTS = ["core", "app/desktop", "app/cli", "app/sandbox"]
# How a resolved file is named now: the library folder as seen from its include root.
NEW_NAMES = [("core/", "core/"), ("app/desktop/", "desktop/"), ("app/cli/", "cli/"),
             ("app/sandbox/", "sandbox/")]
INCLUDE = re.compile(r'^(\s*#\s*include\s*)"([^"]+)"', re.M)


def resolve(including_dir, name):
    """The repository-relative path the compiler would open, or None outside core/ and app/."""
    candidates = [os.path.join(including_dir, name)]
    candidates += [os.path.join(ROOT, r, name) for r in OLD_ROOTS]
    candidates += [os.path.join(ROOT, name), os.path.join(ROOT, "app", name)]
    for c in candidates:
        if os.path.isfile(c):
            return os.path.relpath(os.path.normpath(c), ROOT)
    return None


def new_name(including_dir, name):
    found = resolve(including_dir, name)
    if found is None:
        return name
    if os.path.dirname(os.path.join(ROOT, found)) == os.path.normpath(including_dir) and "/" not in name:
        return name  # the file's own folder: unambiguous, keep it short
    for prefix, library in NEW_NAMES:
        if found.startswith(prefix):
            return library + found[len(prefix):]
    return name


def rewrite(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    here = os.path.dirname(os.path.abspath(path))
    out = INCLUDE.sub(lambda m: m.group(1) + '"' + new_name(here, m.group(2)) + '"', text)
    if out != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
        return True
    return False


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"] or ["core", "app", "tests"]
    changed = []
    for top in paths:
        top = os.path.join(ROOT, top) if not os.path.isabs(top) else top
        for dirpath, _, files in os.walk(top):
            for fn in files:
                if fn.endswith((".h", ".cpp")):
                    p = os.path.join(dirpath, fn)
                    if check:
                        with open(p, encoding="utf-8") as f:
                            text = f.read()
                        here = os.path.dirname(os.path.abspath(p))
                        for m in INCLUDE.finditer(text):
                            if new_name(here, m.group(2)) != m.group(2):
                                changed.append(os.path.relpath(p, ROOT) + ": " + m.group(2))
                    elif rewrite(p):
                        changed.append(os.path.relpath(p, ROOT))
    for c in changed:
        print(c)
    if check and changed:
        print(f"{len(changed)} include(s) do not name their library; run tools/name-includes.py",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
