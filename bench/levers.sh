#!/usr/bin/env bash
# Two levers on our editors' build, measured side by side on a copy of the project at one size
# (default 1x, the real site's size): each round runs every variant once, in turn.
#   jdk17:            ./mvnw -o -q package                          (as editors run it)
#   jdk17-no-tests:   ./mvnw -o -q package -Dmaven.test.skip=true   (no test compilation), in a
#                     second copy whose pom.xml lacks the tools' test-jar dependency: with it,
#                     -Dmaven.test.skip=true fails (the test jar it skips is one the site's tests need)
#   jdk25:            the same as jdk17 with JAVA_HOME=$JDK25
#   jdk25-aot:        jdk25 with MAVEN_OPTS=-XX:AOTCache=… (JEP 483/514), trained by one build with
#                     -XX:AOTCacheOutput=… before the rounds; left out if training fails
# Prints median wall s, CPU s, peak MB per variant, and each variant's wall time over jdk17's
# (median of the per-round ratios). Writes target/bench/levers.md.
#
# Usage: bench/levers.sh [scale]     Environment: RUNS (default 5), JDK25 (default
# /usr/lib/jvm/temurin-25-jdk-amd64), BENCH_WORK.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-1}
runs=${RUNS:-5}
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
out="$repo/target/bench"
work=${BENCH_WORK:-$out/work}/levers-${scale}x
mkdir -p "$work"
. "$repo/bench/common.sh"

site="$work/site"
make_site "$scale" "$site"
rm -rf "$work/site-notests" && cp -a "$site" "$work/site-notests"
python3 - "$work/site-notests/pom.xml" <<'PY'
import re, sys
pom = open(sys.argv[1], encoding="utf-8").read()
pom, count = re.subn(r"<dependency>(?:(?!</dependency>).)*<type>test-jar</type>(?:(?!</dependency>).)*</dependency>", "", pom, flags=re.S)
assert count == 1, "expected one test-jar dependency in pom.xml"
open(sys.argv[1], "w", encoding="utf-8").write(pom)
PY
aot="$work/maven.aot"

# variant name -> "JAVA_HOME MAVEN_OPTS extra-arguments"
run_variant() {
    local name=$1 record="$work/$1"
    local java_home=${JAVA_HOME_17:-${JAVA_HOME:-}} opts="" args=() dir=$site
    case $name in
        jdk17-no-tests) args=(-Dmaven.test.skip=true); dir="$work/site-notests" ;;
        jdk25) java_home=$jdk25 ;;
        jdk25-aot) java_home=$jdk25; opts="-XX:AOTCache=$aot" ;;
    esac
    if ! (cd "$dir" && JAVA_HOME=$java_home MAVEN_OPTS=$opts /usr/bin/time -f "%e %U %S %M" -o "$record.last" \
            ./mvnw -o -q package "${args[@]}" >"$record.log" 2>&1); then
        log "$name FAILED (see $record.log)"; tail -5 "$record.log" >&2; return 1
    fi
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$record.last" >>"$record"
}

variants=(jdk17 jdk17-no-tests jdk25)
log "warm-up, and training the AOT cache on JDK 25"
for v in "${variants[@]}"; do rm -f "$work/$v"; run_variant "$v"; rm -f "$work/$v"; done
rm -f "$aot" "$work/jdk25-aot"
if (cd "$site" && JAVA_HOME=$jdk25 MAVEN_OPTS="-XX:AOTCacheOutput=$aot" ./mvnw -o -q package >"$work/aot-training.log" 2>&1) && [ -s "$aot" ]; then
    variants+=(jdk25-aot)
else
    log "AOT cache training failed, jdk25-aot left out (see $work/aot-training.log)"
fi
for ((i = 1; i <= runs; i++)); do
    log "round $i/$runs"
    for v in "${variants[@]}"; do run_variant "$v"; done
done

md="$out/levers.md"
{
    echo "Levers, ${scale}x, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs rounds"
    echo
    echo "| variant | median wall s | median CPU s | peak MB | wall / jdk17 |"
    echo "|---|---|---|---|---|"
    for v in "${variants[@]}"; do
        ratio=$(paste -d' ' "$work/$v" "$work/jdk17" | awk '{ print $1 / $4 }' | median | xargs printf '%.2f')
        printf '| %s | %s | %s | %s | %s |\n' "$v" "$(awk '{ print $1 }' "$work/$v" | median)" \
            "$(awk '{ print $2 }' "$work/$v" | median)" "$(awk '{ print int($3 / 1024) }' "$work/$v" | sort -g | tail -1)" "$ratio"
    done
} >"$md"
cat "$md"
