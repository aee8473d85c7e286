#!/usr/bin/env bash
# Builds the current commit in two fresh clones, at different times, and checks that the
# site folders and zips are byte-identical. Exits non-zero, listing the differences, if not.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for clone in first second; do
  git clone -q "$repo" "$work/$clone"
  (cd "$work/$clone" && ./mvnw -B -q -ntp package -DskipTests >"$work/$clone.log" 2>&1) || {
    cat "$work/$clone.log"; exit 1; }
  sleep 1 # different file mtimes and clock readings between the two builds
done

if diff -r "$work/first/target/site" "$work/second/target/site" >"$work/diff" \
   && cmp "$work/first/target/tjmc-international-site.zip" "$work/second/target/tjmc-international-site.zip"; then
  echo "reproducible: target/site and the zip are byte-identical in two fresh clones"
else
  echo "NOT reproducible:" >&2
  head -50 "$work/diff" >&2
  exit 1
fi
