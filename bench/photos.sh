#!/usr/bin/env bash
# Photo benchmark: what photos cost the editors' build.
#   1. processing alone (PhotoBench): 12-megapixel photos with an empty cache (photos per second,
#      seconds per photo) and again with the cache filled;
#   2. whole builds (mvn -o -q package) of two copies of the project, one without photos and one
#      with them: the first build with photos (processing them), then builds without photos and
#      with the photos cached in turns, so that both meet the same machine load; median wall
#      time, CPU time and peak memory of each;
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

rm -rf "$work" && mkdir -p "$work/plain"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work/plain")
plain="$work/plain"   # the project as it is: no photos
site="$work/site"     # the same with the photos

# A timed build of the copy $1: appends "<wall s> <peak MB> <CPU s>" to $2. CPU time (user +
# system) is the steadier figure on a shared machine: wall time grows with other processes' load.
build() {
    local dir=$1 record=$2
    (cd "$dir" && /usr/bin/time -f "%e %M %U %S" -o "$record.last" mvn -o -q package >"$record.log" 2>&1) \
        || { tail -20 "$record.log" >&2; exit 1; }
    awk '{ printf "%s %d %.2f\n", $1, $2 / 1024, $3 + $4 }' "$record.last" >>"$record"
}

log "generating $photos photos of 12 megapixels"
cp -r "$plain" "$site"
java -cp "$cp" "$repo/bench/src/PhotoBench.java" generate "$site/content/photos/bench" "$photos" 12
uses=""
for n in $(seq "$photos"); do uses="$uses\n\n![A synthetic test picture, number $n](photos/bench/bench-$n.jpg)\n"; done
printf "$uses" >>"$site/content/about.md"

log "processing alone"
processing=$(java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" "$repo/bench/src/PhotoBench.java" process "$site" \
    | grep '^photos=')

log "builds: a warm-up, the first with photos (processing them), then without and cached in turns"
: >"$work/warm-up"; build "$plain" "$work/warm-up"
rm -rf "$site/target/photo-cache"
: >"$work/first"; build "$site" "$work/first"
: >"$work/none"; : >"$work/cached"
for _ in $(seq "$runs"); do
    build "$plain" "$work/none"
    build "$site" "$work/cached"
done

log "a build with one 50-megapixel photo"
huge="$work/huge-site"
cp -r "$plain" "$huge" && rm -rf "$huge/target"
java -cp "$cp" "$repo/bench/src/PhotoBench.java" generate "$huge/content/photos/huge" 1 50
printf "\n\n![A synthetic test picture of 50 megapixels](photos/huge/bench-1.jpg)\n" >>"$huge/content/about.md"
: >"$work/huge"; build "$huge" "$work/huge"

col() { cut -d' ' -f"$1" "$2" | median; }
{
    echo "Photo benchmark, $(date -u +%F), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs per median"
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
