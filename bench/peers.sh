#!/usr/bin/env bash
# Our editors' build against Eleventy and Hugo on the same generated content.
# For each size, bench/generate_site.py writes a copy of the project; bench/peers/prepare.py turns
# its pages and data into an Eleventy project and a Hugo project (formats only: front matter,
# JSON data for Eleventy), with layouts in bench/peers/ that print the same <main> as ours
# (timeline by year, partners by country with their events, latest events on the home page).
# Then the three builds take turns, RUNS times, each timed with /usr/bin/time:
#   ours:     ./mvnw -o -q package   (the editors' build: checks, bake, publish)
#   Eleventy: npx @11ty/eleventy --quiet   (3.1.8, pinned by bench/peers/eleventy/package-lock.json)
#   Hugo:     hugo --quiet   (Debian's package)
# Prints wall time, CPU (user+sys) and peak memory (max RSS) per tool, and the ratios
# ours/Eleventy and ours/Hugo, and writes them to target/bench/peers.md and peers.tsv.
#
# Usage: bench/peers.sh [scale ...]     default: 1 10 100 1000
# Environment: RUNS (default 3) timed rounds per size; RUNS_1000X (default 1) at 1000x;
#              PREVIEW=1 also measures our preview's save-to-served at 1x and 100x
#              (bench/src/PreviewLatencyBench.java, headless Chromium); BENCH_WORK.
# Installs, outside the project's build: Eleventy with `npm ci` into BENCH_WORK/eleventy-install,
# and Debian's hugo with apt-get when it is missing and we are root.
# Needs: JDK 17, Maven (offline), python3 with PyYAML, node and npm, /usr/bin/time.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 10 100 1000)
runs=${RUNS:-3}
runs_huge=${RUNS_1000X:-1}
out="$repo/target/bench"
work=${BENCH_WORK:-$out/work}
mkdir -p "$out" "$work"
. "$repo/bench/common.sh"

# One timed build; appends "<wall s> <CPU s> <max RSS KB>" to a record file.
timed() {
    local dir=$1 record=$2
    shift 2
    if ! (cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$record.last" "$@" >"$record.log" 2>&1); then
        log "FAILED in $dir: $*  (see $record.log)"
        tail -20 "$record.log" >&2
        exit 1
    fi
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$record.last" >>"$record"
}

if ! command -v hugo >/dev/null; then
    [ "$(id -u)" = 0 ] || { log "hugo is missing: apt-get install hugo (as root)"; exit 1; }
    log "installing Debian's hugo"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hugo >/dev/null
fi
install="$work/eleventy-install"
if ! cmp -s "$repo/bench/peers/eleventy/package-lock.json" "$install/package-lock.json"; then
    log "installing Eleventy (npm ci, bench/peers/eleventy/package-lock.json)"
    rm -rf "$install" && mkdir -p "$install"
    cp "$repo/bench/peers/eleventy/package.json" "$repo/bench/peers/eleventy/package-lock.json" "$install/"
    (cd "$install" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
eleventy_version=$(cd "$install" && node -p 'require("./node_modules/@11ty/eleventy/package.json").version')
hugo_version=$(hugo version | awk '{ print $2 }')

tsv="$out/peers.tsv"
printf 'size\tpages\truns\tours_s\tours_cpu_s\tours_mb\televenty_s\televenty_cpu_s\televenty_mb\thugo_s\thugo_cpu_s\thugo_mb\tours_over_eleventy\tours_over_hugo\n' >"$tsv"

# median of column $2 of a record file
col() { awk -v c="$2" '{ print $c }' "$1" | median; }

for scale in "${scales[@]}"; do
    n=$runs
    [ "$scale" -ge 1000 ] && n=$runs_huge
    dir="$work/peers-${scale}x"
    site="$dir/site"
    log "${scale}x: generating"
    make_site "$scale" "$site"
    python3 "$repo/bench/peers/prepare.py" "$site" "$dir/eleventy" "$dir/hugo"
    cp "$install/package.json" "$dir/eleventy/"
    ln -sfn "$install/node_modules" "$dir/eleventy/node_modules"
    pages=$(find "$site/content" -maxdepth 1 -name "*.md" | wc -l)
    rm -f "$dir"/ours "$dir"/eleventy.rec "$dir"/hugo.rec

    ours=(./mvnw -o -q package)
    eleventy=(node node_modules/@11ty/eleventy/cmd.cjs --quiet)
    hugo_cmd=(hugo --quiet)
    log "${scale}x: warm-up (compiles the tools once, fills the OS file cache)"
    timed "$site" "$dir/warm-ours" "${ours[@]}"
    timed "$dir/eleventy" "$dir/warm-eleventy" "${eleventy[@]}"
    timed "$dir/hugo" "$dir/warm-hugo" "${hugo_cmd[@]}"
    for ((i = 1; i <= n; i++)); do
        log "${scale}x: round $i/$n"
        timed "$site" "$dir/ours" "${ours[@]}"
        timed "$dir/eleventy" "$dir/eleventy.rec" "${eleventy[@]}"
        timed "$dir/hugo" "$dir/hugo.rec" "${hugo_cmd[@]}"
    done
    row=("${scale}x" "$pages" "$n")
    for rec in ours eleventy.rec hugo.rec; do
        row+=("$(col "$dir/$rec" 1)" "$(col "$dir/$rec" 2)" "$(awk '{ print int($3 / 1024) }' "$dir/$rec" | sort -g | tail -1)")
    done
    # ratios of the medians of the per-round ratios: each round's three builds ran side by side
    paste -d' ' "$dir/ours" "$dir/eleventy.rec" "$dir/hugo.rec" >"$dir/rounds"
    row+=("$(awk '{ print $1 / $4 }' "$dir/rounds" | median | xargs printf '%.1f')")
    row+=("$(awk '{ print $1 / $7 }' "$dir/rounds" | median | xargs printf '%.1f')")
    (IFS=$'\t'; echo "${row[*]}") >>"$tsv"
done

preview_lines=()
if [ "${PREVIEW:-0}" = 1 ]; then
    cp=$(tools_classpath)
    for scale in 1 100; do
        site="$work/peers-${scale}x/site"
        [ -d "$site" ] || make_site "$scale" "$site"
        log "${scale}x: preview save-to-served"
        line=$(cd "$site" && java $(grep -v '^#' "$repo/.mvn/jvm.config") -cp "$cp" \
            "$repo/bench/src/PreviewLatencyBench.java" "$site" "${PREVIEW_EDITS:-10}" 2>"$work/preview-${scale}x.log" | tail -1)
        preview_lines+=("${scale}x: ${line:-failed (see $work/preview-${scale}x.log)}")
    done
fi

md="$out/peers.md"
{
    echo "Peers benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), Eleventy $eleventy_version (node $(node --version)), Hugo $hugo_version"
    echo
    echo "| size | pages | rounds | ours: wall s / CPU s / MB | Eleventy: wall s / CPU s / MB | Hugo: wall s / CPU s / MB | ours/Eleventy | ours/Hugo |"
    echo "|---|---|---|---|---|---|---|---|"
    tail -n +2 "$tsv" | awk -F'\t' '{ printf "| %s | %s | %s | %s / %s / %s | %s / %s / %s | %s / %s / %s | %sx | %sx |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14 }'
    echo
    echo "Medians over the rounds; MB: largest max RSS. Ratios: median of each round's wall-time ratio (the three builds of a round run one after another)."
    for line in "${preview_lines[@]}"; do echo "Preview, $line"; done
} >"$md"
cat "$md"
