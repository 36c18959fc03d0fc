#!/usr/bin/env bash
# Times a rebuild after adding one article against a clean build of the same dossier.
#
#   Benchmarks/rebuild.sh SOURCE [RUNS]
#
# SOURCE is any dossier folder (it is copied, never changed); RUNS defaults to 5. Each run
# builds the copy cleanly (`--clean`), adds one article (a copy of the last article under a
# new name, with a new first line), rebuilds incrementally, and removes the article again.
# Prints each run's seconds and stages, then the medians. Uses the release binary; run
# `swift build -c release --product dossier` first.
set -euo pipefail
source_folder=${1:?usage: Benchmarks/rebuild.sh SOURCE [RUNS]}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
dossier="$root/.build/release/dossier"
[ -x "$dossier" ] || { echo "no $dossier: run swift build -c release --product dossier" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_folder" "$work/source"
last=$(ls "$work/source/articles"/*.txt | sort | tail -1)
added="$work/source/articles/zz-benchmark-added"

seconds() { # prints the wall time of the build in $@, and its stages on stderr
    local start end
    start=$(date +%s.%N)
    (cd "$root" && "$dossier" build --source "$work/source" --output "$work/public" --verbose "$@" 2>&1 >/dev/null) |
        grep -E "stages:|pages rendered" >&2 || true
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

clean_times=()
rebuild_times=()
for run in $(seq "$runs"); do
    rm -f "$added.txt" "$added.yml"
    clean=$(seconds --clean)
    { echo "تقرير أضيف للقياس رقم $run"; echo; cat "$last"; } >"$added.txt"
    [ -f "${last%.txt}.yml" ] && cp "${last%.txt}.yml" "$added.yml"
    rebuild=$(seconds)
    echo "run $run: clean $clean s, rebuild after adding one article $rebuild s"
    clean_times+=("$clean")
    rebuild_times+=("$rebuild")
done
clean_median=$(printf '%s\n' "${clean_times[@]}" | median)
rebuild_median=$(printf '%s\n' "${rebuild_times[@]}" | median)
echo "median of $runs: clean $clean_median s, rebuild $rebuild_median s, ratio $(echo "scale=2; $rebuild_median / $clean_median" | bc)"
