# Shared by bench/run.sh and bench/peers.sh (sourced, not run). Expects $repo.

log() { echo "[bench] $*" >&2; }

# Median of the numbers on stdin.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A copy of the project (tracked files and .mvn, no target/) with synthetic content/ and data/.
make_site() {
    local scale=$1 site=$2
    rm -rf "$site"
    mkdir -p "$site"
    # the working tree's files, committed or not (git ls-files names them, cp copies them as they are)
    (cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$site")
    python3 "$repo/bench/generate_site.py" "$repo" "$scale" "$site" >&2
}

# The tools module's run-time class path (exec-maven-plugin's version is the parent's; the
# dependency plugin would need one of its own).
tools_classpath() {
    (cd "$repo" && mvn -o -q -f tools/pom.xml package >/dev/null 2>&1 \
        && mvn -o -q -f tools/pom.xml exec:exec -Dexec.executable=echo -Dexec.args=%classpath 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" | grep -m1 /classes)
}
