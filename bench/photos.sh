#!/usr/bin/env bash
# Photo benchmark: what photos cost the editors' build.
#   1. processing alone (PhotoBench): 12-megapixel photos with an empty cache (photos per second,
#      seconds per photo) and again with the cache filled;
#   2. whole builds (mvn -o -q package) of a copy of the project: without photos, with the photos
#      (first build: processed; then cached), median wall time and peak memory of each;
#   3. one build with a 50-megapixel photo, its peak memory.
# Prints a table and writes it to target/bench/photos.md.
# Usage: bench/photos.sh            Environment: PHOTOS (default 6), RUNS (default 3)
# Needs: JDK 17, Maven (offline, as the build), /usr/bin/time.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
photos=${PHOTOS:-6}
runs=${RUNS:-3}
out="$repo/target/bench"
work="$out/photos-work"
mkdir -p "$out"
log() { echo "[photos] $*" >&2; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

log "building the tools module and its class path"
(cd "$repo" && mvn -o -q -f tools/pom.xml package -DskipTests >/dev/null 2>&1 \
    && mvn -o -q -f tools/pom.xml dependency:build-classpath -Dmdep.outputFile="$out/tools.classpath" >/dev/null 2>&1)
cp="$repo/tools/target/classes:$(cat "$out/tools.classpath")"

rm -rf "$work" && mkdir -p "$work/site"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work/site")
site="$work/site"

# Timed builds of the copy: appends "<wall s> <peak MB> <CPU s>" per run to $1. CPU time (user +
# system) is the steadier figure on a shared machine: wall time grows with other processes' load.
builds() {
    local record=$1 count=$2
    for _ in $(seq "$count"); do
        (cd "$site" && /usr/bin/time -f "%e %M %U %S" -o "$record.last" mvn -o -q package >"$record.log" 2>&1) \
            || { tail -20 "$record.log" >&2; exit 1; }
        awk '{ printf "%s %d %.2f\n", $1, $2 / 1024, $3 + $4 }' "$record.last" >>"$record"
    done
}

log "builds without photos"
builds "$work/none" 1 >/dev/null; : >"$work/none"
builds "$work/none" "$runs"

log "generating $photos photos of 12 megapixels"
java -cp "$cp" "$repo/bench/src/PhotoBench.java" generate "$site/content/photos/bench" "$photos" 12
uses=""
for n in $(seq "$photos"); do uses="$uses\n\n![A synthetic test picture, number $n](photos/bench/bench-$n.jpg)\n"; done
printf "$uses" >>"$site/content/about.md"

log "processing alone"
processing=$(java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" "$repo/bench/src/PhotoBench.java" process "$site" \
    | grep '^photos=')

log "builds with photos: first (processing), then cached"
rm -rf "$site/target/photo-cache"
: >"$work/first"; builds "$work/first" 1
: >"$work/cached"; builds "$work/cached" "$runs"

log "a build with one 50-megapixel photo"
rm -rf "$site/content/photos/bench" "$site/target/photo-cache"
git -C "$repo" show HEAD:content/about.md >"$site/content/about.md"
java -cp "$cp" "$repo/bench/src/PhotoBench.java" generate "$site/content/photos/huge" 1 50
printf "\n\n![A synthetic test picture of 50 megapixels](photos/huge/bench-1.jpg)\n" >>"$site/content/about.md"
: >"$work/huge"; builds "$work/huge" 1

col() { cut -d' ' -f"$1" "$2" | median; }
{
    echo "Photo benchmark, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs per median"
    echo
    echo "processing alone: $processing"
    echo
    echo "| build (mvn -o -q package) | wall s | CPU s | peak MB |"
    echo "|---|---|---|---|"
    echo "| without photos (median) | $(col 1 "$work/none") | $(col 3 "$work/none") | $(col 2 "$work/none") |"
    echo "| with $photos photos of 12 MP, first build (processing) | $(col 1 "$work/first") | $(col 3 "$work/first") | $(col 2 "$work/first") |"
    echo "| with $photos photos of 12 MP, cached (median) | $(col 1 "$work/cached") | $(col 3 "$work/cached") | $(col 2 "$work/cached") |"
    echo "| with one 50 MP photo, first build | $(col 1 "$work/huge") | $(col 3 "$work/huge") | $(col 2 "$work/huge") |"
    echo
    echo "cache effect (cached build minus build without photos): wall $(echo "$(col 1 "$work/cached") - $(col 1 "$work/none")" | bc) s," \
        "CPU $(echo "$(col 3 "$work/cached") - $(col 3 "$work/none")" | bc) s"
} | tee "$out/photos.md"
