#!/usr/bin/env bash
# Publishes the built site to a folder served by nginx, atomically, with rollback.
#
#   deploy/deploy.sh [--site DIR] DEST    upload DIR (default target/site) as a new release
#   deploy/deploy.sh --rollback DEST      point DEST/current back at the previous release
#
# DEST is a local folder or host:path (over ssh; DEPLOY_SSH, default "ssh -o BatchMode=yes",
# is the ssh command). It must exist. Layout:
#   DEST/releases/<UTC yyyymmddThhmmssZ>-<short commit>/   one folder per upload
#   DEST/current -> releases/<name>                          relative symlink; nginx serves it
# A release is uploaded with rsync (unchanged files hard-linked to the current release), checked
# against a manifest of its files' SHA-256 sums uploaded last, and only then made current by
# renaming a new symlink over DEST/current. The last five releases are kept. On any failure
# `current` is left as it was and the script exits non-zero with one line saying why.
set -uo pipefail

KEEP=5
MANIFEST=.release-manifest
me="deploy.sh"
work=$(mktemp -d) || { echo "$me: cannot create a temporary folder" >&2; exit 1; }
trap 'rm -rf "$work"' EXIT

die() {
  echo "$me: $*" >&2
  exit 1
}

# The last non-blank line of a command's output: the reason it gives for failing.
last_line() {
  grep -v '^[[:space:]]*$' | tail -n 1
}

usage="usage: deploy/deploy.sh [--site DIR] DEST | deploy/deploy.sh --rollback DEST"
site="" rollback=false dest=""
while [ $# -gt 0 ]; do
  case "$1" in
    --site) [ $# -ge 2 ] || die "--site needs a folder; $usage"; site="$2"; shift 2 ;;
    --rollback) rollback=true; shift ;;
    -h|--help) echo "$usage"; exit 0 ;;
    -*) die "unknown option $1; $usage" ;;
    *) [ -z "$dest" ] || die "one DEST only; $usage"; dest="$1"; shift ;;
  esac
done
[ -n "$dest" ] || die "no DEST given; $usage"

# host:path (rsync's convention: a colon before any slash) or a local folder.
if [[ "$dest" =~ ^([^/:]+):(.+)$ ]]; then
  host="${BASH_REMATCH[1]}" path="${BASH_REMATCH[2]}"
  rsync_dest="$host:$path"
else
  host="" path="$dest" rsync_dest="$dest"
fi
read -r -a ssh_command <<< "${DEPLOY_SSH:-ssh -o BatchMode=yes}"

# The steps that run where DEST is, the same script locally and over ssh.
# shellcheck disable=SC2016
dest_steps='
set -uo pipefail
step="$1" dest="$2"; shift 2
cd "$dest" 2>/dev/null || { echo "$dest does not exist or is not a folder"; exit 1; }
complete() { [ -f "releases/$1/'"$MANIFEST"'" ] && (cd "releases/$1" && sha256sum --quiet --strict -c '"$MANIFEST"' >/dev/null 2>&1); }
uploaded() { [ -f "releases/$1/'"$MANIFEST"'" ]; }
current() { local target; target=$(readlink current 2>/dev/null) || return 0; basename "$target"; }
switch() {
  ln -sfn "releases/$1" ".current.new" && mv -T ".current.new" current \
    || { rm -f .current.new; echo "cannot switch current to releases/$1"; exit 1; }
}
case "$step" in
  prepare)  # prints "<new release name> <current release name or empty>"
    mkdir -p releases || exit 1
    name="$1" n=1
    while [ -e "releases/$name" ]; do name="$1-$n"; n=$((n + 1)); done
    mkdir "releases/$name" || exit 1
    echo "$name $(current)" ;;
  activate)
    complete "$1" || { rm -rf "releases/$1"; echo "the upload of releases/$1 was incomplete (its files do not match its manifest) and is removed"; exit 1; }
    switch "$1"
    now=$(current)
    ls -1 releases | sort | while read -r old; do
      [ "$old" = "$now" ] || uploaded "$old" || rm -rf "releases/$old"
    done
    ls -1 releases | sort -r | tail -n +'"$((KEEP + 1))"' | while read -r old; do
      [ "$old" = "$now" ] || rm -rf "releases/$old"
    done ;;
  rollback)
    now=$(current)
    [ -n "$now" ] || { echo "$dest/current does not exist: nothing to roll back"; exit 1; }
    previous=""
    for release in $(ls -1 releases | sort); do
      [ "$release" \< "$now" ] && complete "$release" && previous="$release"
    done
    [ -n "$previous" ] || { echo "no complete release before $now to roll back to"; exit 1; }
    switch "$previous"
    echo "$previous" ;;
esac
'
on_dest() {
  if [ -n "$host" ]; then
    # ssh joins its arguments into one command line for the remote shell: quote them for it.
    "${ssh_command[@]}" "$host" "bash -s -- $(printf '%q ' "$@")" <<< "$dest_steps"
  else
    bash -s -- "$@" <<< "$dest_steps"
  fi
}

if $rollback; then
  [ -z "$site" ] || die "--rollback takes no --site; $usage"
  out=$(on_dest rollback "$path" 2>&1) || die "rollback failed, current unchanged: $(last_line <<< "$out")"
  echo "$me: $dest/current -> releases/$(last_line <<< "$out")"
  exit 0
fi

site="${site:-$(cd "$(dirname "$0")/.." && pwd)/target/site}"
[ -f "$site/index.html" ] || die "no site at $site (no index.html): build it first with ./mvnw package"
command -v rsync >/dev/null || die "rsync is not installed"

commit=$(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || true)
commit="${commit:-${CI_COMMIT_SHORT_SHA:-${GITHUB_SHA:0:7}}}"
release="$(date -u +%Y%m%dT%H%M%SZ)-${commit:-unknown}"

out=$( (cd "$site" && find . -type f ! -name "$MANIFEST" -print0 | sort -z | xargs -0 -r sha256sum) 2>&1 >"$work/$MANIFEST") \
  || die "cannot list the files of $site: $(last_line <<< "$out")"

out=$(on_dest prepare "$path" "$release" 2>&1) \
  || die "cannot prepare $dest/releases, current unchanged: $(last_line <<< "$out")"
read -r release current <<< "$(last_line <<< "$out")"

transfer=(-a)
# --checksum: a file changed within the same second at the same size would otherwise pass
# rsync's size-and-time check and be hard-linked from the current release unchanged.
upload=(--checksum --delete)
[ -n "$host" ] && transfer+=(-e "${ssh_command[*]}")
link=()
[ -n "${current:-}" ] && link=("--link-dest=../$current")
out=$(rsync "${transfer[@]}" "${upload[@]}" "${link[@]}" --exclude="/$MANIFEST" "$site/" "$rsync_dest/releases/$release/" 2>&1) \
  || die "upload to $dest/releases/$release failed (rsync exit $?), current unchanged: $(last_line <<< "$out")"
# The manifest goes last: a release without it, or whose files do not match it, is incomplete.
out=$(rsync "${transfer[@]}" "$work/$MANIFEST" "$rsync_dest/releases/$release/$MANIFEST" 2>&1) \
  || die "upload of the manifest to $dest/releases/$release failed (rsync exit $?), current unchanged: $(last_line <<< "$out")"

out=$(on_dest activate "$path" "$release" 2>&1) || die "$(last_line <<< "$out"), current unchanged"
echo "$me: $dest/current -> releases/$release"
