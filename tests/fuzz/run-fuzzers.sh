#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets, FUZZ_JOBS at a time, and prints, per fuzzer, the executions,
# exec/s, time, coverage and the result.
#   tests/fuzz/run-fuzzers.sh <build-dir> long     at least FUZZ_RUNS (10 million) executions each
#   tests/fuzz/run-fuzzers.sh <build-dir> short    FUZZ_SECONDS (45) seconds each, for CI
#   tests/fuzz/run-fuzzers.sh <build-dir> replay <corpus-root>
#                                                  runs every input under <corpus-root>/<fuzzer>
#                                                  once (make fuzz: the UBSan-only long runs'
#                                                  corpus through the ASan+UBSan build)
# FUZZERS="npmrc workflow" limits the set; FUZZ_JOBS defaults to the number of cores;
# FUZZ_MAX_SECONDS caps a long run per fuzzer (the summary then shows how many executions it
# reached). The corpus grows under <build-dir>/fuzz/corpus (never committed); seeds are made
# from the test fixtures on every run; a finding lands in <build-dir>/fuzz/artifacts/<fuzzer>/
# and makes the script exit 1.
set -uo pipefail

build=${1:?build directory}
mode=${2:-short}
replayRoot=${3:-}
[ "$mode" = replay ] && [ -z "$replayRoot" ] && { echo "replay needs a corpus root" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
data=$here/../data
root=$build/fuzz
FUZZERS=${FUZZERS:-"npmrc registry_json workflow cilogdiagnoser credentials certidentity bundle packument tarball"}
FUZZ_RUNS=${FUZZ_RUNS:-10000000}
FUZZ_SECONDS=${FUZZ_SECONDS:-45}
FUZZ_MAX_SECONDS=${FUZZ_MAX_SECONDS:-0}

# seed <fuzzer> <prefix byte (octal escape) or ""> <files...>
seed() {
    local fuzzer=$1 prefix=$2
    shift 2
    mkdir -p "$root/seeds/$fuzzer"
    for file in "$@"; do
        { printf "$prefix"; cat "$file"; } >"$root/seeds/$fuzzer/$(basename "$file")-${#prefix}$(printf '%s' "$prefix" | tr -dc '0-9')"
    done
}
# text <fuzzer> <name> <content printf format>
text() {
    mkdir -p "$root/seeds/$1"
    printf "$3" >"$root/seeds/$1/$2"
}

make_seeds() {
    rm -rf "$root/seeds"
    seed npmrc "" "$data"/npmrc/*.npmrc
    seed certidentity "" "$data"/provenance/leaves/*.der

    local j=registry_json
    seed $j '\013' "$data"/registry/*.json            # token list pages
    seed $j '\015' "$data"/tokens/*.json              # token cache entries
    seed $j '\014' "$data"/registry/npmjs-granular-page.json
    text $j whoami '\000{"username":"alice"}'
    text $j weblogin '\001{"loginUrl":"https://www.npmjs.com/login?next=1","doneUrl":"https://registry.npmjs.org/-/v1/done?id=1"}'
    text $j tokenanswer '\002{"ok":true,"token":"npm_abcdefghijklmnopqrstuvwxyz0123456789"}'
    text $j profile '\003{"name":"alice","email":"a@example.org","email_verified":true,"created":"2024-01-02T03:04:05.000Z","cidr_whitelist":["10.0.0.0/8"],"tfa":{"mode":"auth-and-writes","pending":false}}'
    text $j error '\004{"error":"Not found","message":"m","reason":"r"}'
    text $j otp '\005{"authUrl":"https://www.npmjs.com/auth/1","doneUrl":"https://registry.npmjs.org/-/v1/done?id=1"}'
    text $j stringmap '\006{"@acme/widgets":"read-write","left-pad":"read-only"}'
    text $j search '\007{"objects":[{"package":{"name":"left-pad","version":"1.3.0","description":"pad","date":"2024-01-02T03:04:05.000Z","publisher":{"username":"alice"}}}],"total":1}'
    text $j packument '\010{"name":"left-pad","dist-tags":{"latest":"1.3.0"},"versions":{"1.3.0":{"version":"1.3.0","_npmUser":{"name":"alice"},"dist":{"attestations":{"url":"u"}}}},"maintainers":[{"name":"alice"}],"time":{"modified":"2024-01-02T03:04:05.000Z","1.3.0":"2024-01-02T03:04:05.000Z"}}'
    text $j access '\011{"publish_requires_tfa":true,"automation_token_overrides_tfa":false,"access":"public"}'
    text $j trust '\012[{"id":"t1","type":"github","claims":{"repository":"acme/widgets","workflow_ref":{"file":"publish.yml"},"environment":"npm"},"permissions":["createPackage"]}]'
    text $j created '\014{"token":"npm_abcdefghijklmnopqrstuvwxyz0123456789","key":"00000000-0000-4000-8000-000000000000","name":"ci","expires":"2027-01-01T00:00:00.000Z","permissions":[{"name":"package","action":"write"}]}'
    text $j login '\016alice\000hunter2"\\\001\342\202\254'
    text $j create '\017hunter2"\\\000my token'
    text $j stagepage '\360{"items":[{"id":"0b6f5a0e-3c1e-4d52-9a1b-2f0c8e7d6a51","packageName":"@acme/ui","version":"2.4.0","tag":"latest","createdAt":"2026-12-01T10:00:00.000Z","actor":"github-actions","actorType":"trusted_publisher","access":"public","shasum":"abc","status":"staged"}],"total":1}'
    text $j lastrelease '\370{"name":"@acme/ui","versions":{"1.0.0":{},"0.0.0-stage":{},"2.3.0":{"dist":{"tarball":"https://r/x.tgz"}}},"time":{"1.0.0":"2026-01-01T00:00:00.000Z","2.3.0":"2026-06-01T00:00:00.000Z"}}'
    # The shared fixtures sit beside the checkout (../shared) where the project's machines lay them.
    local sigs=$here/../../../shared/fixtures/provenance/registry-signatures.json
    if [ -f "$sigs" ]; then seed $j '\010' "$sigs"; fi

    local w=workflow gh=("$data"/trust/workflows/gh-*.yml) gl=("$data"/trust/workflows/gitlab-*.yml)
    seed $w '\000' "${gh[@]}"
    seed $w '\004' "${gh[@]}"
    seed $w '\001' "${gl[@]}"
    seed $w '\005' "${gl[@]}"
    seed $w '\002' "$data"/trust/workflows/circleci-*.yml
    { printf '\003'; cat "$data/trust/workflows/gh-release-caller.yml"; printf '\n---8<\n'
      cat "$data/trust/workflows/gh-publish-reusable.yml"; } >"$root/seeds/$w/reusable-set"

    seed cilogdiagnoser "" "$data"/diagnose/*.log

    local c=credentials
    seed $c '\000' "$data"/npmrc/*.npmrc
    seed $c '\370' "$data"/npmrc/*.npmrc      # token list, granular twins, liveness on
    seed $c '\003' "${gh[@]}"
    seed $c '\004' "${gl[@]}"
    text $c env '\001NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789\nnpm_config_//registry.npmjs.org/:_authToken=XXXXX-XXXXX-XXXXX-XXXXX\nNPM_CONFIG__AUTH=c2VjcmV0OnBhc3N3b3Jk\nHOME=/root\n'
    # The real npm attestation documents, each behind the byte that names its version (see
    # fuzz_bundle.cpp), and the packuments put together from npm's real signatures.
    local p=$data/provenance
    seed bundle '\000' "$p"/attestations/sigstore-0.4.0.attestations.json
    seed bundle '\001' "$p"/attestations/tuf-js-1.0.0.attestations.json
    seed bundle '\002' "$p"/attestations/gundam-visor-1.0.1.attestations.json
    seed bundle '\003' "$p"/attestations/playwright-cli-0.1.1.attestations.json
    seed packument "" "$p"/packuments/*.json

    text $c yarnrc '\002npmRegistryServer: "https://registry.npmjs.org"\nnpmAuthToken: npm_abcdefghijklmnopqrstuvwxyz0123456789\nnpmScopes:\n  acme:\n    npmAuthIdent: "alice:secret"\n    npmRegistryServer: "https://npm.acme.test"\nnpmRegistries:\n  "//npm.example.test":\n    npmAuthToken: "${NPM_TOKEN}"\n'

    # Staged tarballs (fuzz_tarball): a small package laid out as npm packs it ("package/"), in
    # pax, GNU and ustar headers, plain and gzip'd, each read alone (first byte 0; 2: small
    # limits) and against the previous release (1 and 3). Blocking factor 1: no 10 KB padding.
    local t=tarball src=$root/tarball-source
    rm -rf "$src"
    mkdir -p "$src/package/lib" "$src/package/bin"
    printf '{"name":"demo","version":"1.0.1","scripts":{"postinstall":"node x"},"dependencies":{"left-pad":"^1.4.0"}}\n' \
        >"$src/package/package.json"
    printf 'module.exports = 2;\n' >"$src/package/index.js"
    printf 'export const a = 1;\n' >"$src/package/lib/a.js"
    printf '#!/usr/bin/env node\n' >"$src/package/bin/run"
    chmod 755 "$src/package/bin/run"
    ln -s ../index.js "$src/package/lib/link.js"
    for format in pax gnu ustar; do
        tar -C "$src" -b 1 --format=$format --owner=0 --group=0 --numeric-owner --mtime=@0 \
            -cf "$src/$format.tar" package
        gzip -9n -c "$src/$format.tar" >"$src/$format.tgz"
    done
    for prefix in '\000' '\001' '\002' '\003'; do seed $t "$prefix" "$src"/*.tar "$src"/*.tgz; done
    rm -rf "$src"
}

dict_for() {
    case $1 in
    npmrc | credentials) echo "$here/credentials.dict" ;;
    registry_json) echo "$here/registry_json.dict" ;;
    workflow) echo "$here/workflow.dict" ;;
    cilogdiagnoser) echo "$here/cilogdiagnoser.dict" ;;
    *) echo "" ;;
    esac
}

max_len_for() {
    case $1 in
    cilogdiagnoser) echo 1024 ;; # every rule runs over every line: keep inputs log-sized excerpts
    bundle) echo 20000 ;;        # the real attestation documents are 12-15 KB
    tarball) echo 16384 ;;       # the seed package is 5-6 KB as plain tar
    *) echo 4096 ;;
    esac
}

# run_one <fuzzer>: runs it, writes its summary line to $root/<fuzzer>.summary, returns its exit code.
run_one() {
    local fuzzer=$1
    local exe=$build/tests/fuzz/fuzz_$fuzzer
    local corpus=$root/corpus/$fuzzer artifacts=$root/artifacts/$fuzzer/ log=$root/$fuzzer.log
    mkdir -p "$corpus" "$artifacts"
    # RSS grows to 0.6-1.3 GB in 10 minutes (ASan's allocator and quarantine, Qt): leave room
    # so a long run is not cut short by a spurious out-of-memory report. LSan still reports leaks.
    local args=(-rss_limit_mb=4096 -timeout=20 -max_len="$(max_len_for "$fuzzer")"
                -print_final_stats=1 -artifact_prefix="$artifacts")
    local dict
    dict=$(dict_for "$fuzzer")
    [ -n "$dict" ] && args+=(-dict="$dict")
    local inputs=("$corpus" "$root/seeds/$fuzzer")
    case $mode in
    long)
        args+=(-runs="$FUZZ_RUNS")
        [ "$FUZZ_MAX_SECONDS" -gt 0 ] && args+=(-max_total_time="$FUZZ_MAX_SECONDS") ;;
    replay)
        # -runs=0: run what the directories hold, once each, and stop.
        args+=(-runs=0)
        inputs=("$replayRoot/$fuzzer" "$root/seeds/$fuzzer") ;;
    *) args+=(-max_total_time="$FUZZ_SECONDS") ;;
    esac
    echo "== fuzz_$fuzzer ${args[*]} ${inputs[*]}"
    local start rc
    start=$(date +%s)
    "$exe" "${args[@]}" "${inputs[@]}" >"$log" 2>&1
    rc=$?
    local seconds=$(( $(date +%s) - start ))
    local execs speed rss cov corpusSize result line
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
    corpusSize=$(find "${inputs[0]}" -type f | wc -l)
    # A replay runs each input once: its count is the corpus, not libFuzzer's unit counter.
    [ "$mode" = replay ] && execs="$corpusSize inputs replayed"
    if [ $rc -eq 0 ]; then result=ok; else result="FINDING (exit $rc; see $log and $artifacts)"; fi
    line=$(printf '%-16s execs=%-10s exec/s=%-7s time=%ss %s corpus=%s rss=%sMB %s' "$fuzzer" \
        "${execs:-?}" "${speed:-?}" "$seconds" "${cov:-cov: ?}" "$corpusSize" "${rss:-?}" "$result")
    echo "$line" | tee "$root/$fuzzer.summary"
    [ $rc -ne 0 ] && tail -40 "$log"
    return $rc
}

for fuzzer in $FUZZERS; do
    [ -x "$build/tests/fuzz/fuzz_$fuzzer" ] ||
        { echo "missing $build/tests/fuzz/fuzz_$fuzzer (cmake --build $build --target fuzzers)" >&2; exit 2; }
done
make_seeds
rm -f "$root"/*.summary
# FUZZ_JOBS fuzzers at a time (one per core by default): each is single-threaded.
FUZZ_JOBS=${FUZZ_JOBS:-$(nproc)}
status=0
pids=()
for fuzzer in $FUZZERS; do
    while [ "$(jobs -rp | wc -l)" -ge "$FUZZ_JOBS" ]; do wait -n || status=1; done
    run_one "$fuzzer" &
    pids+=($!)
done
while [ "$(jobs -rp | wc -l)" -gt 0 ]; do wait -n || status=1; done
# wait -n misses a job that ended before it was called; its exit code is still on record.
for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || status=1; done
echo "== summary ($mode, $FUZZ_JOBS at a time)"
for fuzzer in $FUZZERS; do cat "$root/$fuzzer.summary" 2>/dev/null || echo "$fuzzer: no result"; done
exit $status
