#!/usr/bin/env bash
# Publishes the built site to a folder served by nginx, atomically, with rollback.
#
#   deploy/deploy.sh [--site DIR] DEST    upload DIR (default target/site) as a new release
#   deploy/deploy.sh --rollback DEST      point DEST/current at the release before it
#   deploy/deploy.sh --to RELEASE DEST    point DEST/current at any kept release, older or newer
#
# DEST is a local folder or host:path (over ssh; DEPLOY_SSH, default "ssh -o BatchMode=yes",
# is the ssh command). It must exist. Layout:
#   DEST/releases/<sequence>-<UTC yyyymmddThhmmssZ>-<short commit or nogit>/   one folder per upload
#   DEST/current -> releases/<name>                   relative symlink; nginx's web root
#   DEST/nginx/<name>.conf                            the release's security headers for nginx
#   DEST/nginx/security-headers.conf -> <name>.conf   what nginx includes; switched with current
#   DEST/.sequence, DEST/.deploy.lock                 the last sequence number; the lock
# Releases are ordered by their sequence number (six digits, one more than the last), never by
# the clock of the computer that deploys. The headers snippet is DIR/../nginx/security-headers.conf,
# where the build writes it; it stays outside the web root, and nginx reads it when reloaded.
# A release is uploaded with rsync (files whose content did not change hard-linked to the current
# release's), checked against a manifest of its files' SHA-256 sums uploaded last, and only then
# made current by renaming a new symlink over DEST/current. The last five releases are kept.
# One deploy at a time: each holds flock on DEST/.deploy.lock while it runs. On any failure the
# partial release is removed, `current` is left as it was and the script exits non-zero with one
# line saying why.
set -uo pipefail

KEEP=5
MANIFEST=.release-manifest
me="deploy.sh"
work=$(mktemp -d) || { echo "$me: cannot create a temporary folder" >&2; exit 1; }
holder="" release="" activated=false

die() {
  echo "$me: $*" >&2
  exit 1
}

# The line of a command's output that says why it failed: the first one that is not an echo of
# an earlier failure (rsync's "Broken pipe" and protocol errors, its "rsync error: ... (code N)"
# summaries), so that "No space left on device" is not hidden; otherwise the last line.
reason() {
  local lines cause
  lines=$(grep -v '^[[:space:]]*$')
  cause=$(grep -v -e 'Broken pipe' -e 'connection unexpectedly closed' -e '^rsync error: ' <<< "$lines" | head -n 1)
  if [ -n "$cause" ]; then echo "$cause"; else tail -n 1 <<< "$lines"; fi
}

# The last non-blank line of a step's output: its answer.
last_line() {
  grep -v '^[[:space:]]*$' | tail -n 1
}

usage="usage: deploy/deploy.sh [--site DIR] DEST | deploy/deploy.sh --rollback DEST | deploy/deploy.sh --to RELEASE DEST"
site="" rollback=false to="" dest=""
while [ $# -gt 0 ]; do
  case "$1" in
    --site) [ $# -ge 2 ] || die "--site needs a folder; $usage"; site="$2"; shift 2 ;;
    --rollback) rollback=true; shift ;;
    --to) [ $# -ge 2 ] || die "--to needs a release name (a folder of DEST/releases); $usage"; to="$2"; shift 2 ;;
    -h|--help) echo "$usage"; exit 0 ;;
    -*) die "unknown option $1; $usage" ;;
    *) [ -z "$dest" ] || die "one DEST only; $usage"; dest="$1"; shift ;;
  esac
done
[ -n "$dest" ] || die "no DEST given; $usage"
! $rollback || [ -z "$to" ] || die "--rollback and --to exclude each other; $usage"
[ -z "$to" ] || [[ "$to" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || die "--to takes a release's folder name, such as 000042-20261130T014502Z-1a2b3c4, not $to"

# host:path (rsync's convention: a colon before any slash) or a local folder.
if [[ "$dest" =~ ^([^/:]+):(.+)$ ]]; then
  host="${BASH_REMATCH[1]}" path="${BASH_REMATCH[2]}"
  rsync_dest="$host:$path"
else
  host="" path="$dest" rsync_dest="$dest"
fi
read -r -a ssh_command <<< "${DEPLOY_SSH:-ssh -o BatchMode=yes}"

# The steps that run where DEST is, the same script locally and over ssh. Each prints its answer
# on its last line, or why it failed.
# shellcheck disable=SC2016
dest_steps='
set -uo pipefail
step="$1" dest="$2"; shift 2
cd "$dest" 2>/dev/null || { echo "$dest does not exist or is not a folder"; exit 1; }
keep='"$KEEP"' manifest='"$MANIFEST"'
complete() { [ -f "releases/$1/$manifest" ] && (cd "releases/$1" && sha256sum --quiet --strict -c "$manifest" >/dev/null 2>&1); }
uploaded() { [ -f "releases/$1/$manifest" ]; }
current() { local target; target=$(readlink current 2>/dev/null) || return 0; basename "$target"; }
# The kept releases, oldest first: by the sequence number their names start with (names from
# before sequence numbers count as 0), never by time.
releases() {
  local release
  for release in releases/*/; do
    [ -d "$release" ] || continue
    release=${release%/} release=${release#releases/}
    case "$release" in
      [0-9][0-9][0-9][0-9][0-9][0-9]-*) echo "${release%%-*} $release" ;;
      *) echo "000000 $release" ;;
    esac
  done | sort | cut -d " " -f 2
}
remove() { rm -rf "releases/$1" "nginx/$1.conf"; }
# current and nginx/security-headers.conf to a release. nginx reads the headers only when it is
# reloaded; the answer says whether they differ from the ones there before.
switch() {
  local headers="same" before
  before=$(readlink nginx/security-headers.conf 2>/dev/null)
  if [ -f "nginx/$1.conf" ]; then
    cmp -s "nginx/$1.conf" nginx/security-headers.conf || headers="changed"
    { ln -sfn "$1.conf" nginx/.security-headers.new && mv -T nginx/.security-headers.new nginx/security-headers.conf; } \
      || { rm -f nginx/.security-headers.new; echo "cannot switch nginx/security-headers.conf to nginx/$1.conf"; exit 1; }
  fi
  if ! { ln -sfn "releases/$1" .current.new && mv -T .current.new current; }; then
    rm -f .current.new
    [ -z "$before" ] || ln -sfn "$before" nginx/security-headers.conf
    echo "cannot switch current to releases/$1"; exit 1
  fi
  echo "$1 $headers"
}
case "$step" in
  hold)  # takes the lock and keeps it until its input ends
    command -v flock >/dev/null || { echo "flock is not installed where $dest is (Debian: util-linux)"; exit 1; }
    exec 9>>.deploy.lock || { echo "cannot open $dest/.deploy.lock"; exit 1; }
    flock -n 9 || { echo "another deploy is running on $dest (it holds $dest/.deploy.lock): try again when it has finished"; exit 1; }
    echo locked
    cat >/dev/null ;;
  prepare)  # prints "<new release name> <current release name or empty>"
    mkdir -p releases nginx || exit 1
    now=$(current)
    # What an interrupted or failed deploy left: releases without a manifest, headers without a release.
    for old in $(releases); do [ "$old" = "$now" ] || uploaded "$old" || remove "$old"; done
    for conf in nginx/*.conf; do
      name=$(basename "$conf" .conf)
      [ "$name" = security-headers ] || [ ! -f "$conf" ] || [ -d "releases/$name" ] || rm -f "$conf"
    done
    last=$(cat .sequence 2>/dev/null) || last=0
    newest=$(releases | tail -n 1)
    newest=${newest%%-*}
    [[ "$last" =~ ^[0-9]+$ ]] || last=0
    [[ "$newest" =~ ^[0-9]{6}$ ]] || newest=0
    sequence=$((10#$last > 10#$newest ? 10#$last : 10#$newest))
    name=$(printf "%06d-%s" $((sequence + 1)) "$1")
    out=$({ echo $((sequence + 1)) > .sequence.new && mv .sequence.new .sequence; } 2>&1) \
      || { rm -f .sequence.new; echo "cannot write $dest/.sequence: $out"; exit 1; }
    out=$(mkdir "releases/$name" 2>&1) || { echo "$out"; exit 1; }
    echo "$name $now" ;;
  discard)  # removes a release that failed to upload
    [ "$1" = "$(current)" ] || remove "$1" ;;
  activate)
    complete "$1" || { remove "$1"; echo "the upload of releases/$1 was incomplete (its files do not match its manifest) and is removed"; exit 1; }
    answer=$(switch "$1") || { echo "$answer"; exit 1; }
    now=$(current)
    for old in $(releases); do [ "$old" = "$now" ] || uploaded "$old" || remove "$old"; done
    for old in $(releases | head -n -"$keep"); do [ "$old" = "$now" ] || remove "$old"; done
    echo "$answer" ;;
  rollback)
    now=$(current)
    [ -n "$now" ] || { echo "$dest/current does not exist: nothing to roll back"; exit 1; }
    previous=""
    for release in $(releases); do
      [ "$release" = "$now" ] && break
      complete "$release" && previous="$release"
    done
    [ -n "$previous" ] || { echo "no complete release before $now to roll back to"; exit 1; }
    switch "$previous" ;;
  to)
    [ -d "releases/$1" ] || { echo "no release $1 in $dest/releases (kept: $(releases | paste -sd " " -))"; exit 1; }
    complete "$1" || { echo "releases/$1 is incomplete (its files do not match its manifest)"; exit 1; }
    switch "$1" ;;
esac
'
# POSIX single quotes, for the remote login shell whatever it is.
quote() {
  printf "'%s' " "${1//\'/\'\\\'\'}"
}
on_dest() {
  if [ -n "$host" ]; then
    # ssh joins its arguments into one command line for the remote shell: quote them for it.
    local line argument
    line="bash -c $(quote "$dest_steps")$(quote "$me")"
    for argument in "$@"; do line+=$(quote "$argument"); done
    if [ "$1" = hold ]; then "${ssh_command[@]}" "$host" "$line" 8>&-; else "${ssh_command[@]}" "$host" "$line" </dev/null 8>&-; fi
  elif [ "$1" = hold ]; then
    bash -c "$dest_steps" "$me" "$@" 8>&-
  else
    bash -c "$dest_steps" "$me" "$@" </dev/null 8>&-
  fi
}

cleanup() {
  # A release that was prepared but not made current is removed, whatever stopped the deploy.
  if [ -n "$release" ] && ! $activated; then
    on_dest discard "$path" "$release" </dev/null >/dev/null 2>&1
  fi
  if [ -n "$holder" ]; then
    exec 8>&-
    wait "$holder" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The lock is held by a step that runs where DEST is for as long as its input, fd 8, stays open:
# closed by cleanup, or by the system if this script is killed, and then the lock is free.
lock() {
  { mkfifo "$work/hold" && : > "$work/hold.out"; } || die "cannot create a pipe in $work"
  on_dest hold "$path" < "$work/hold" > "$work/hold.out" 2>&1 &
  holder=$!
  exec 8> "$work/hold"
  local tries=0
  until grep -qx locked "$work/hold.out" 2>/dev/null; do
    if ! kill -0 "$holder" 2>/dev/null; then
      wait "$holder"; holder=""
      exec 8>&-
      out=$(last_line < "$work/hold.out")
      die "${out:-cannot take the lock on $dest, current unchanged}"
    fi
    tries=$((tries + 1))
    [ "$tries" -le 6000 ] || { kill "$holder"; die "no answer from $dest within 2 minutes while taking the lock, current unchanged"; }
    sleep 0.02  # the lock is usually there within a few milliseconds
  done
}

# Prints the switch's answer: the line saying where current points now, and whether nginx must reload.
switched() {
  local name headers
  read -r name headers <<< "$1"
  echo "$me: $dest/current -> releases/$name"
  [ "$headers" != "changed" ] \
    || echo "$me: nginx/security-headers.conf changed with releases/$name: reload nginx on the server to send them (sudo nginx -t && sudo systemctl reload nginx)"
}

if $rollback || [ -n "$to" ]; then
  [ -z "$site" ] || die "--rollback and --to take no --site; $usage"
  lock
  if $rollback; then
    out=$(on_dest rollback "$path" 2>&1) || die "rollback failed, current unchanged: $(last_line <<< "$out")"
  else
    out=$(on_dest to "$path" "$to" 2>&1) || die "cannot switch to $to, current unchanged: $(last_line <<< "$out")"
  fi
  switched "$(last_line <<< "$out")"
  exit 0
fi

site="${site:-$(cd "$(dirname "$0")/.." && pwd)/target/site}"
[ -f "$site/index.html" ] || die "no site at $site (no index.html): build it first with ./mvnw package"
headers="$(dirname "$site")/nginx/security-headers.conf"
[ -f "$headers" ] || die "no security headers at $headers (the build writes them beside the site): build it with ./mvnw package"
command -v rsync >/dev/null || die "rsync is not installed"

# Outside a git checkout (a copied script, an unpacked zip) the release is named without a commit.
commit=$(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || true)
github_sha="${GITHUB_SHA:-}"
commit="${commit:-${CI_COMMIT_SHORT_SHA:-${github_sha:0:7}}}"
suffix="$(date -u +%Y%m%dT%H%M%SZ)-${commit:-nogit}"

lock
out=$(on_dest prepare "$path" "$suffix" 2>&1) \
  || die "cannot prepare $dest/releases, current unchanged: $(last_line <<< "$out")"
read -r release current <<< "$(last_line <<< "$out")"
[ -n "$release" ] || die "cannot prepare $dest/releases, current unchanged: no release name in the answer"

# The manifest covers the headers snippet too: a release is complete only with its own.
out=$( (cd "$site" && find . -type f ! -name "$MANIFEST" -print0 | sort -z | xargs -0 -r sha256sum) 2>&1 >"$work/$MANIFEST") \
  || die "cannot list the files of $site: $(last_line <<< "$out")"
out=$(sha256sum < "$headers" 2>&1) || die "cannot read $headers: $(last_line <<< "$out")"
echo "${out%% *}  ../../nginx/$release.conf" >> "$work/$MANIFEST"

# Files are compared by content (--checksum), and their modification times are not copied
# (--no-times): every build writes every page anew, and a page whose content did not change is
# still hard-linked to the current release's, keeping its time (nginx's Last-Modified and ETag).
# Size and time alone would also miss a file changed within the same second at the same size.
transfer=(-a --no-times)
upload=(--checksum --delete)
[ -n "$host" ] && transfer+=(-e "${ssh_command[*]}")
link=()
[ -n "${current:-}" ] && link=("--link-dest=../$current")
out=$(rsync "${transfer[@]}" "${upload[@]}" "${link[@]}" --exclude="/$MANIFEST" "$site/" "$rsync_dest/releases/$release/" 2>&1 8>&-) \
  || die "upload to $dest/releases/$release failed (rsync exit $?), current unchanged: $(reason <<< "$out")"
out=$(rsync "${transfer[@]}" "$headers" "$rsync_dest/nginx/$release.conf" 2>&1 8>&-) \
  || die "upload of the security headers to $dest/nginx/$release.conf failed (rsync exit $?), current unchanged: $(reason <<< "$out")"
# The manifest goes last: a release without it, or whose files do not match it, is incomplete.
out=$(rsync "${transfer[@]}" "$work/$MANIFEST" "$rsync_dest/releases/$release/$MANIFEST" 2>&1 8>&-) \
  || die "upload of the manifest to $dest/releases/$release failed (rsync exit $?), current unchanged: $(reason <<< "$out")"

out=$(on_dest activate "$path" "$release" 2>&1) || die "$(last_line <<< "$out"), current unchanged"
activated=true
switched "$(last_line <<< "$out")"
