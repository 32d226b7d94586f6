#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tools/tidy-changed.sh [BASE]        (make tidy runs it; CI runs it after make test)
# clang-tidy 14 with the repository's .clang-tidy over the lines changed since BASE: the
# committed and uncommitted changes under core/, app/ and tests/ (`git diff -U0 BASE`, through
# clang-tidy-diff-14.py), compiled as the build's compile_commands.json says (BUILD, default
# build; `make configure` exports it, and the uic/moc headers must exist: `make tidy` makes them).
# BASE: the argument, else the commit in .ci/tidy-base, so a clean clone in CI knows it.
# Prints each finding, then one summary line; exits 1 on any finding, 2 when it cannot run.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${BUILD:-build}
jobs=${JOBS:-$(nproc)}
fail() {
  echo "tidy: $*" >&2
  exit 2
}

base=${1:-}
if [ -z "$base" ]; then
  [ -r .ci/tidy-base ] || fail "no base given and no .ci/tidy-base: tools/tidy-changed.sh <commit>"
  base=$(tr -d '[:space:]' <.ci/tidy-base)
fi
for tool in clang-tidy-14 clang-tidy-diff-14.py; do
  command -v "$tool" >/dev/null ||
    fail "$tool not found: install clang-tidy (packaging/debian/install-build-deps.sh test)"
done
[ -f "$build/compile_commands.json" ] ||
  fail "no $build/compile_commands.json: configure with make configure (it exports one), or set BUILD"
git rev-parse --verify -q "$base^{commit}" >/dev/null ||
  fail "base $base is not a commit of this clone (a shallow clone? git fetch --unshallow)"

# The changes since the base (renames followed, so a moved file counts only for what changed in
# it), minus the files whose only changed lines are #include lines or blank: moving modules
# rewrites the includes of hundreds of files, and parsing each of them again for lines no check
# looks at would cost CI tens of minutes.
diff=$(git diff -U0 -M --no-color --no-ext-diff --src-prefix=a/ --dst-prefix=b/ "$base" -- core app tests | python3 -c '
import re, sys
files, current = [], None
for line in sys.stdin:
    if line.startswith("diff --git "):
        current = [line, False]
        files.append(current)
    elif current is not None:
        current[0] += line
        if line.startswith("+") and not line.startswith("+++") \
                and not re.match(r"^\+\s*(#\s*include\s.*)?$", line):
            current[1] = True
sys.stdout.write("".join(text for text, substantive in files if substantive))
')
files=$(printf '%s\n' "$diff" | grep -Ec '^\+\+\+ b/(core|app|tests)/.*\.(cpp|h)$' || true)
if [ "$files" -eq 0 ]; then
  echo "tidy: no C++ changes since $base: nothing to check"
  exit 0
fi
echo "tidy: clang-tidy-14 over the lines of $files C++ file(s) changed since $base ($jobs jobs)"

# clang-tidy-diff-14.py always exits 0: the findings are counted from its output. Each is one
# "file:line:col: warning|error: text [check]" line (WarningsAsErrors makes them errors).
out=$(mktemp)
commands=$(mktemp -d)
trap 'rm -rf "$out" "$commands"' EXIT
# The build's commands without its precompiled headers: they are g++'s .gch files, which clang
# cannot read (cmake/TdPrecompiledHeaders.cmake). Each file then reads the headers it includes.
# A changed header gets the command of a source file in the database that includes it: left to
# guess, clang-tidy takes the command of the file whose name is closest, and a test header that
# includes the desktop's headers got a CLI test's include paths ("file not found").
changed_headers=$(printf '%s\n' "$diff" | sed -nE 's|^\+\+\+ b/((core\|app\|tests)/.*\.h)$|\1|p')
python3 - "$build/compile_commands.json" "$commands/compile_commands.json" "$PWD" \
  $changed_headers <<'PY'
import json, os, re, sys
entries = json.load(open(sys.argv[1]))
for entry in entries:
    entry["command"] = re.sub(r" -Winvalid-pch| -include \S+/cmake_pch\.hxx", "", entry["command"])
root = sys.argv[3]
for header in sys.argv[4:]:
    name = os.path.basename(header)
    including = re.compile(r'^\s*#\s*include\s*"([^"]*/)?' + re.escape(name) + '"', re.M)
    for entry in entries:
        source = entry["file"]
        if not source.startswith(root + "/") or not os.path.exists(source):
            continue
        with open(source, encoding="utf-8", errors="replace") as text:
            if not including.search(text.read()):
                continue
        command = entry["command"].replace(" -c " + source,
                                           " -x c++-header -c " + os.path.join(root, header))
        command = re.sub(r" -o \S+", "", command)
        entries.append({"directory": entry["directory"], "file": os.path.join(root, header),
                        "command": command})
        break
json.dump(entries, open(sys.argv[2], "w"))
PY
started=$(date +%s)
printf '%s\n' "$diff" |
  clang-tidy-diff-14.py -p1 -path "$commands" -j "$jobs" -quiet -timeout 900 \
    -clang-tidy-binary "$(command -v clang-tidy-14)" \
    -regex '(core|app|tests)/.*\.(cpp|h)' >"$out" 2>&1 || true
# Without the noise: clang's "N warnings generated." and blank lines between files.
grep -Ev '^[0-9]+ (warning|error)s? (and [0-9]+ (warning|error)s? )?generated\.$|^$' "$out" || true

finding='^[^ ].*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9,.-]+\]$'
count=$(grep -Ec "$finding" "$out" || true)
took=$(($(date +%s) - started))
if grep -q '^Terminated by timeout' "$out"; then
  echo "tidy: clang-tidy timed out on a file (see above): FAILED" >&2
  exit 2
fi
if [ "$count" -gt 0 ]; then
  in_files=$(grep -E "$finding" "$out" | cut -d: -f1 | sort -u | wc -l)
  echo "tidy: $count finding(s) in $in_files file(s) on lines changed since $base (${took} s): FAILED"
  grep -E "$finding" "$out" | sed -E 's/.*\[([a-z0-9.-]+).*\]$/\1/' | sort | uniq -c | sort -rn |
    awk '{ printf "tidy:   %4d  %s\n", $1, $2 }'
  exit 1
fi
echo "tidy: no findings on the lines of $files file(s) changed since $base (${took} s)"
