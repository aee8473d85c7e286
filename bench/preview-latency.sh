#!/bin/sh
# Save-to-reload latency of the live preview (mvn package -Ppreview) as an editor sees it:
# starts the preview on this project's real sources, opens content/about.md's page in
# headless Chromium, saves an edit N times (default 10) and prints the median time until
# the page has reloaded with it. content/about.md is restored afterwards.
#   bench/preview-latency.sh [edits] [chromium]
set -eu
cd "$(dirname "$0")/.."
edits="${1:-10}"
chromium="${2:-/usr/bin/chromium}"
# The tools jar without running its tests, then the benchmark on its class path.
mvn -q -f tools/pom.xml package
mvn -q -f tools/pom.xml dependency:build-classpath -Dmdep.outputFile=target/bench-tools.classpath
java -cp "tools/target/classes:$(cat target/bench-tools.classpath)" bench/src/PreviewLatencyBench.java "$(pwd)" "$edits" "$chromium"
