#!/usr/bin/env bash
# Build benchmark: synthetic sites at 1x, 10x and 100x the real site, each built
#   (a) by our full build: checks, bake, publish (mvn -o -q package -DskipTests on a copy of the project)
#   (b) by stock JBake, same versions, no project extensions (bench/stock/)
#   (c) by the preview's warm rebuild after one edit (PreviewRebuildBench, when the tools have it)
# plus the cost of our checks alone (bench/src/ChecksBench.java), and with PEERS=1 our editors'
# build against Eleventy and Hugo on the same content (bench/peers.sh).
# Prints a table and writes it to target/bench/results.md and results.tsv.
#
# Usage: bench/run.sh [scale ...]        default: 1 10 100
# Environment: RUNS (default 3) timed builds per size; RUNS_100X (default 3) at 100x and above;
#              PREVIEW_RUNS (default 5); BENCH_WORK (default target/bench/work); PEERS=1.
# Needs: JDK 17, Maven (offline, as the build), python3 with PyYAML, /usr/bin/time.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 10 100)
runs=${RUNS:-3}
runs_large=${RUNS_100X:-3}
preview_runs=${PREVIEW_RUNS:-5}
out="$repo/target/bench"
work=${BENCH_WORK:-$out/work}
mkdir -p "$out" "$work"

. "$repo/bench/common.sh"

# Runs a command in a folder with /usr/bin/time; appends "<wall seconds> <max RSS KB>" to a file.
# Max RSS is the largest of the process and its waited-for children (the Maven JVM does everything
# in-process here: exec:java and the JBake plugin run inside it).
timed() {
    local dir=$1 record=$2
    shift 2
    if ! (cd "$dir" && /usr/bin/time -f "%e %M" -o "$record.last" "$@" >"$record.log" 2>&1); then
        log "FAILED in $dir: $*  (see $record.log)"
        tail -20 "$record.log" >&2
        exit 1
    fi
    cat "$record.last" >>"$record"
}

# The stock baseline: bench/stock/ beside a copy of the synthetic content, data and assets. Its own
# empty .mvn/ makes it a Maven root, so the site's .mvn/jvm.config does not apply to it.
make_stock() {
    local site=$1 stock=$2
    rm -rf "$stock"
    mkdir -p "$stock/.mvn"
    cp -r "$repo/bench/stock/." "$stock/"
    mkdir -p "$stock/parent" && cp "$repo/parent/pom.xml" "$stock/parent/"  # the versions, declared once
    cp -r "$site/content" "$site/data" "$site/assets" "$stock/"
}

log "building the tools module and its class path"
tools_cp=$(tools_classpath) && [ -n "$tools_cp" ] \
    || { log "the tools module does not build: run mvn -o package to see why"; exit 1; }
has_preview_bench=yes

tsv="$out/results.tsv"
printf 'size\tpages\truns\ta_median_s\tb_median_s\ta_over_b\tc_median_ms\tpeak_mb_a\tpeak_mb_b\tchecks_build_and_repeat_ms\tfiles\n' >"$tsv"

for scale in "${scales[@]}"; do
    n=$runs
    [ "$scale" -ge 100 ] && n=$runs_large
    dir="$work/${scale}x"
    site="$dir/site"
    stock="$dir/stock"
    log "${scale}x: generating"
    make_site "$scale" "$site"
    make_stock "$site" "$stock"
    pages=$(ls "$site/content" | wc -l)
    rm -f "$dir"/a "$dir"/b

    log "${scale}x: warm-up (compiles the tools once, fills the OS file cache)"
    timed "$site" "$dir/warm-a" mvn -o -q package -DskipTests
    timed "$stock" "$dir/warm-b" mvn -o -q package
    for ((i = 1; i <= n; i++)); do
        log "${scale}x: run $i/$n"
        timed "$site" "$dir/a" mvn -o -q package -DskipTests
        timed "$stock" "$dir/b" mvn -o -q package
    done
    a=$(awk '{ print $1 }' "$dir/a" | median)
    b=$(awk '{ print $1 }' "$dir/b" | median)
    peak_a=$(awk '{ print int($2 / 1024) }' "$dir/a" | sort -g | tail -1)
    peak_b=$(awk '{ print int($2 / 1024) }' "$dir/b" | sort -g | tail -1)
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')

    if [ "$has_preview_bench" = yes ]; then
        log "${scale}x: preview rebuild"
        # The preview runs in Maven's JVM, so with the options of .mvn/jvm.config: measured with them too.
        c=$(cd "$site" && java $(grep -v '^#' "$repo/.mvn/jvm.config") -cp "$tools_cp" "$repo/bench/src/PreviewRebuildBench.java" "$site" "$preview_runs" 2>"$dir/c.log" \
            | sed -n 's/.*preview-rebuild median_ms=\([0-9]*\).*/\1/p')
        [ -n "$c" ] || { c="failed (see $dir/c.log)"; log "preview bench failed: $dir/c.log"; }
    else
        c="n/a (PreviewRebuildBench not built)"
    fi

    log "${scale}x: checks alone"
    checks_line=$(java -cp "$tools_cp" "$repo/bench/src/ChecksBench.java" "$site" 9)
    checks=$(sed -n 's/.*median_ms=\([0-9.]*\) repeat_ms=\([0-9.]*\).*/\1 \/ \2/p' <<<"$checks_line")
    files=$(sed -n 's/.* files=\([0-9]*\).*/\1/p' <<<"$checks_line")

    printf '%sx\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scale" "$pages" "$n" "$a" "$b" "$ratio" "$c" \
        "$peak_a" "$peak_b" "$checks" "$files" >>"$tsv"
done

md="$out/results.md"
{
    echo "Build benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
    echo
    echo "| size | pages | runs | a: our build (s) | b: stock JBake (s) | a/b | c: preview rebuild (ms) | peak MB (a / b) | checks: build / repeat (ms) | files checked |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    tail -n +2 "$tsv" | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }'
    echo
    echo "a, b: median wall time of \`mvn -o -q package\` (a: -DskipTests) over the runs; peak: largest max RSS."
    echo "c: median of PREVIEW_RUNS warm rebuilds after one edit. checks: median SiteSourceReader.read in a warm JVM,"
    echo "every page parsed (build) / unchanged pages, parsed Markdown reused (repeat, as in the preview)."
} >"$md"
cat "$md"

# Eleventy and Hugo on the same content (bench/peers.sh): PEERS=1 bench/run.sh ...
if [ "${PEERS:-0}" = 1 ]; then
    "$repo/bench/peers.sh" "${scales[@]}"
fi
