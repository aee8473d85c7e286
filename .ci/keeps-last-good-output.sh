#!/usr/bin/env bash
# In a fresh clone: build, then make the build fail in several ways (a mistake in a data
# file, a broken link, an unknown data file, a template that does not parse, one that fails
# while rendering) and check that target/site
# and the zip stay byte-for-byte as they were; then delete a page and check that its old
# output does not linger.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/site"
cd "$work/site"

build() { ./mvnw -B -q -ntp package -DskipTests >"$work/build.log" 2>&1; }
fingerprint() { (cd target && find site -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum tjmc-international-site.zip); }

build || { cat "$work/build.log"; exit 1; }
fingerprint >"$work/good"

expect_failure_keeps_output() {
  local what="$1"
  if build; then echo "FAIL: the build succeeded with $what" >&2; exit 1; fi
  # the editors' report is the end of the output, not buried above Maven's own advice
  tail -n 3 "$work/build.log" | grep -q '^Fix these and build again' \
    || { echo "FAIL: with $what the output does not end with the report:" >&2; tail -n 8 "$work/build.log" >&2; exit 1; }
  fingerprint | diff -q "$work/good" - >/dev/null \
    || { echo "FAIL: $what changed target/site or the zip" >&2; exit 1; }
  git checkout -q -- .
  echo "ok: $what fails the build and leaves the last good output as it was"
}

sed -i '0,/    date: 2008/s//    date: 2008-02-30/' data/timeline.yaml
expect_failure_keeps_output "a mistake in data/timeline.yaml"

sed -i 's/(exchange.html)/(no-such-page.html)/' content/about.md
expect_failure_keeps_output "a link to a missing page in content/about.md"

printf 'visits:\n  - title: A visit\n' > data/visits.yaml
expect_failure_keeps_output "an unknown data file data/visits.yaml"
rm -f data/visits.yaml

sed -i 's/<\/@layout.page>/<#if>/' templates/page.ftl
expect_failure_keeps_output "a broken template"

sed -i 's/<\/@layout.page>/${site.noSuchValue}<\/@layout.page>/' templates/page.ftl
expect_failure_keeps_output "a template that fails while rendering"

git rm -q content/covid-19.md
# the pages that link to it are edited too, or the link check would rightly stop the build
sed -i -E 's/\[([^]]*)\]\(covid-19\.html\)/\1/g' content/*.md
build || { cat "$work/build.log"; exit 1; }
test ! -e target/site/covid-19.html || { echo "FAIL: covid-19.html lingers after its source was deleted" >&2; exit 1; }
echo "ok: a deleted page's old output does not linger"
