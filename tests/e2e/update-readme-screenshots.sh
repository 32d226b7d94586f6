#!/bin/sh
# Makes the README's screenshots with the test run and copies them to docs/screenshots/.
# Usage: tests/e2e/update-readme-screenshots.sh [build-dir]   (default: build)
# The tests (tst_readme_screenshots_e2e.cpp) run on Xvfb through tests/run-headless.sh, against
# tokendesk-sandbox; they save <build>/screenshots/readme/*.png at a fixed 1280×800.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
# The `screenshots` target has built them already.
[ -n "${TD_SCREENSHOTS_NO_BUILD:-}" ] ||
    cmake --build "$build" --target tst_readme_screenshots_e2e tokendesk-sandbox
rm -rf "$build/screenshots/readme"
"$root/tests/run-headless.sh" "$build" -R '^readme_screenshots(_de)?_e2e$' --output-on-failure
mkdir -p "$root/docs/screenshots"
for name in mainwindow-light mainwindow-dark new-token-wizard-light new-token-wizard-dark \
    staged-releases-light staged-releases-dark publishing-light publishing-dark mainwindow-de; do
    cp "$build/screenshots/readme/$name.png" "$root/docs/screenshots/$name.png"
done
echo "docs/screenshots/ updated: look at every image before committing."
