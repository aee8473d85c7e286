#!/usr/bin/env bash
# What an editor does, on the system this runs on (GitHub's Windows runners run it in Git Bash,
# with mvnw.cmd; macOS and Linux with ./mvnw):
#   1. the editors' build of the checkout publishes target/site/;
#   2. a copy with one planted mistake fails, and names the mistake as file:line:column;
#   3. the preview of a clean copy starts, re-bakes after a save, and tells the page to reload.
# The copies are made in a temporary folder; the checkout's sources are never edited.
# Usage: .ci/editors-on-os.sh   (PREVIEW_PORT=8820 by default)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${PREVIEW_PORT:-8820}"
work="$(mktemp -d)"
preview_pid=""
events_pid=""

case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*) windows=yes mvnw=(./mvnw.cmd) ;;
  *) windows=no mvnw=(./mvnw) ;;
esac

# shellcheck disable=SC2317 # stop and finish run from the EXIT trap
stop() {
  local pid="$1"
  [ -n "$pid" ] || return 0
  if [ "$windows" = yes ] && [ -r "/proc/$pid/winpid" ]; then
    # mvnw.cmd runs Java as a Windows process of its own: end the whole tree.
    taskkill //F //T //PID "$(cat "/proc/$pid/winpid")" >/dev/null 2>&1 || true
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# shellcheck disable=SC2317
finish() {
  stop "$events_pid"
  stop "$preview_pid"
  rm -rf "$work"
}
trap finish EXIT

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

# The working tree without the site's build output (the tools' compiled classes come along,
# so the copies need not compile them again).
copy_project() {
  mkdir -p "$1"
  (cd "$repo" && tar --exclude=./target --exclude=./.git -cf - .) | (cd "$1" && tar -xf -)
}

echo "== 1. the editors' build: ${mvnw[*]} package"
(cd "$repo" && "${mvnw[@]}" -B -ntp package >"$work/build.log" 2>&1) || {
  cat "$work/build.log"; fail "the editors' build failed"; }
[ -f "$repo/target/site/index.html" ] || fail "no target/site/index.html after the build"
echo "ok: target/site/ published"

echo "== 2. a planted mistake is reported as file:line:column"
copy_project "$work/mistake"
line="$(grep -n '^title:' "$work/mistake/content/about.md" | head -1 | cut -d: -f1)"
[ -n "$line" ] || fail "content/about.md has no title: line to break"
sed -i.orig "${line}s/^title:.*/title:/" "$work/mistake/content/about.md"
rm -f "$work/mistake/content/about.md.orig"
if (cd "$work/mistake" && "${mvnw[@]}" -B -ntp package >"$work/mistake.log" 2>&1); then
  cat "$work/mistake.log"; fail "the build of a copy with an empty title succeeded"
fi
# Windows' console may end lines with CR; the report itself uses '/' on every system.
if ! tr -d '\r' <"$work/mistake.log" | grep -E "^  content/about\.md:$line:[0-9]+: title: " >/dev/null; then
  cat "$work/mistake.log"; fail "the report does not name content/about.md:$line:column: title"
fi
tr -d '\r' <"$work/mistake.log" | grep -E "^  content/about\.md:$line:"
[ ! -e "$work/mistake/target/site" ] || fail "a failed build published target/site/"
echo "ok: the build failed and named the mistake"

echo "== 3. the preview on port $port: start, save, reload"
copy_project "$work/preview"
(cd "$work/preview" && exec "${mvnw[@]}" -B -ntp package -Ppreview "-Dpreview.port=$port" \
  >"$work/preview.log" 2>&1) &
preview_pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  status="$(curl -s -o /dev/null -w '%{http_code}' "$url/about.html" || true)"
  [ "$status" = 200 ] && break
  kill -0 "$preview_pid" 2>/dev/null || { cat "$work/preview.log"; fail "the preview stopped"; }
  sleep 1
done
[ "$status" = 200 ] || { cat "$work/preview.log"; fail "the preview did not serve about.html in 300 s"; }
curl -s "$url/about.html" | grep -q '/_preview/reload.js?bake=1' || fail "about.html has no reload script"
echo "ok: the preview serves the first bake"

curl -sN "$url/_preview/events" >"$work/events.txt" 2>/dev/null &
events_pid=$!
sentence="Saved on $(uname -s) while the preview runs."
printf '\n%s\n' "$sentence" >>"$work/preview/content/about.md"
for _ in $(seq 1 120); do
  if grep -q 'data: 2' "$work/events.txt" && curl -s "$url/about.html" | grep -q "$sentence"; then
    echo "ok: the save re-baked about.html and the page was told to reload"
    echo "editors-on-os: all three passed on $(uname -s)"
    exit 0
  fi
  sleep 1
done
cat "$work/preview.log"
echo "events: $(tr '\n' ' ' <"$work/events.txt")"
fail "no re-bake within 120 s of the save"
