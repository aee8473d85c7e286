#!/usr/bin/env bash
# Lighthouse audit of the built site as a reviewer would see it: served by nginx under a
# sub-path with the project's security headers, every page at the mobile and desktop
# presets. A tool for people, not run by CI (it needs nginx, Chromium and npm).
#
#   bench/lighthouse.sh            build, serve, audit, print the score table
#   SKIP_BUILD=1 bench/lighthouse.sh   audit the site already in target/site
#
# JSON reports go to target/lighthouse/<page>-<preset>.json.
set -euo pipefail

LIGHTHOUSE_VERSION=13.5.0   # pinned so scores compare run to run
PORT=${PORT:-18090}
BASE="http://127.0.0.1:$PORT/tjmc"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/lighthouse"
WORK=${LH_WORK:-/tmp/tjmc-lighthouse}
PAGES="index about partners exchange conferences covid-19 timeline contact 404"

for tool in nginx node npm; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "needs Chromium at CHROME_PATH ($CHROME_PATH)" >&2; exit 1; }

cd "$ROOT"
# Unit tests skipped: the audit needs only the site; mvn verify is where the tests run.
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -o -q package -DskipTests -Dsite.host="$BASE"
fi

# Lighthouse lives outside the project so it never enters the build or the site.
mkdir -p "$WORK/npm"
if [ "$(cat "$WORK/npm/.version" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  (cd "$WORK/npm" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm i --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null)
  echo "$LIGHTHOUSE_VERSION" > "$WORK/npm/.version"
fi
LH="$WORK/npm/node_modules/.bin/lighthouse"

# A throwaway nginx serving target/site under /tjmc/ the way README "Deploying" says.
# gzip is on because any real host compresses; without it Lighthouse reports
# uncompressed text, which says nothing about the site.
NGX="$WORK/nginx"
mkdir -p "$NGX"
cat > "$NGX/nginx.conf" <<CONF
worker_processes 1;
pid $NGX/nginx.pid;
error_log $NGX/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $NGX/body; proxy_temp_path $NGX/proxy; fastcgi_temp_path $NGX/fcgi;
  uwsgi_temp_path $NGX/uwsgi; scgi_temp_path $NGX/scgi;
  gzip on;
  gzip_types text/css application/javascript image/svg+xml application/xml;
  server {
    listen 127.0.0.1:$PORT;
    location = /tjmc { return 301 /tjmc/; }
    location /tjmc/ {
      alias $ROOT/target/site/;
      include $ROOT/target/nginx/security-headers.conf;
      error_page 404 /tjmc/404.html;
    }
  }
}
CONF
nginx -t -q -c "$NGX/nginx.conf" -p "$NGX"
nginx -c "$NGX/nginx.conf" -p "$NGX"
trap 'kill "$(cat "$NGX/nginx.pid")" 2>/dev/null || true' EXIT

rm -rf "$OUT"; mkdir -p "$OUT"
FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run"
for page in $PAGES; do
  case $page in
    index) url="$BASE/" ;;
    404) url="$BASE/no-such-page.html" ;;   # a missing address, as visitors reach it
    *) url="$BASE/$page.html" ;;
  esac
  for preset in mobile desktop; do
    extra=(); [ "$preset" = desktop ] && extra=(--preset=desktop)
    # Lighthouse refuses an error status unless told: the 404 page is meant to have one.
    [ "$page" = 404 ] && extra+=(--ignore-status-code)
    "$LH" "$url" "${extra[@]}" --quiet --output=json --output-path="$OUT/$page-$preset.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="$FLAGS" || echo "lighthouse failed on $page ($preset)" >&2
  done
done

# Table of the four scores, then every audit that did not pass.
node - "$OUT" <<'JS'
const fs = require('fs'), path = require('path'), dir = process.argv[2];
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [], failed = [];
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, f)));
  const name = f.replace(/\.json$/, '').replace(/-(mobile|desktop)$/, ' | $1');
  rows.push(`| ${name} | ` + cats.map(c => Math.round(r.categories[c].score * 100)).join(' | ') + ' |');
  for (const c of cats) for (const ref of r.categories[c].auditRefs) {
    const a = r.audits[ref.id];
    if (ref.weight > 0 && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      failed.push(`${name}: ${c}/${a.id} (${a.score}) ${a.displayValue || ''}`);
  }
}
console.log('| page | preset | performance | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|---|');
rows.forEach(r => console.log(r));
console.log(failed.length ? '\nNot passed:\n' + failed.join('\n') : '\nEvery weighted audit passed.');
JS
