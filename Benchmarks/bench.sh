#!/usr/bin/env bash
# Times Dossier on a generated dossier of N articles, in turn with Hugo on the same articles.
#
#   Benchmarks/bench.sh [N] [RUNS]          (or: make bench N=1000 RUNS=5)
#
# Generates N articles with Benchmarks/generate_dossier.py into a temporary folder (removed at
# the end), with the Hugo twin when `hugo` is installed. Each of RUNS runs, in turn:
#   hugo     Hugo's full build of the twin (only when hugo is installed);
#   clean    `dossier build --clean` (the cache ignored: everything rendered and written anew);
#   rebuild  `dossier build` after adding article N+1 (and its note, if it has one), which is
#            removed again after the run.
# Prints per scenario the median and range of wall seconds, the median peak resident memory
# (`/usr/bin/time`), the ratios to Hugo, and the median of each stage that `--verbose` reports.
# The builds run without the search indexer (DOSSIER_PAGEFIND=/nonexistent), so their pages carry
# no search data and no search terms are made; Pagefind is timed once on its own line, as the
# `index` stage of one more build with it (whose stages are printed too: it makes the terms),
# when it is installed (DOSSIER_PAGEFIND, .tools/bin/pagefind, or pagefind on PATH), and
# reported as skipped otherwise.
#
# DOSSIER_BIN chooses the binary; by default the release build of this clone, built first
# (`swift build -c release --product dossier`). SEED chooses the generator's seed (default 1).
set -euo pipefail
n=${1:-1000}
runs=${2:-5}
seed=${SEED:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
[[ $n =~ ^[1-9][0-9]*$ && $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: Benchmarks/bench.sh [N] [RUNS]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 1; }

if [ -n "${DOSSIER_BIN:-}" ]; then
    dossier=$DOSSIER_BIN
else
    (cd "$root" && swift build -c release --product dossier >&2)
    dossier="$root/.build/release/dossier"
fi
[ -x "$dossier" ] || { echo "bench: no dossier binary at $dossier" >&2; exit 1; }

pagefind=${DOSSIER_PAGEFIND:-$root/.tools/bin/pagefind}
[ -x "$pagefind" ] || pagefind=$(command -v pagefind || true)
export DOSSIER_PAGEFIND=/nonexistent
hugo=$(command -v hugo || true)

work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "generating $n articles (seed $seed) into $work" >&2
python3 "$root/Benchmarks/generate_dossier.py" --seed "$seed" --n "$n" --dossier "$work/source" \
    ${hugo:+--hugo "$work/hugo"}
python3 "$root/Benchmarks/generate_dossier.py" --seed "$seed" --first "$((n + 1))" --n 1 --dossier "$work/added" 2>/dev/null
added=$(printf '%06d' "$((n + 1))")
added_files=()
for file in "articles/$added.txt" "articles/$added.yml" "notes/$added.md"; do
    [ -f "$work/added/$file" ] && added_files+=("$file")
done

results="$work/results.tsv" # scenario, run, seconds, peak KB, stages line
timed() { # timed SCENARIO RUN COMMAND...: runs COMMAND, appends its figures to $results
    local scenario=$1 run=$2
    shift 2
    if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/log"; then
        echo "bench: $scenario failed:" >&2
        tail -20 "$work/log" >&2
        exit 1
    fi
    local stages
    stages=$(sed -n 's/^dossier: stages: //p' "$work/log")
    read -r seconds kilobytes <"$work/time"
    printf '%s\t%s\t%s\t%s\t%s\n' "$scenario" "$run" "$seconds" "$kilobytes" "$stages" >>"$results"
    printf '  %-8s %6s s %7s MiB\n' "$scenario" "$seconds" "$((kilobytes / 1024))" >&2
}

build=("$dossier" build --source "$work/source" --output "$work/public" --verbose)
for run in $(seq "$runs"); do
    echo "run $run of $runs" >&2
    if [ -n "$hugo" ]; then
        rm -rf "$work/hugo-public"
        timed hugo "$run" "$hugo" --source "$work/hugo" --destination "$work/hugo-public" --quiet
    fi
    timed clean "$run" "${build[@]}" --clean
    for file in "${added_files[@]}"; do cp "$work/added/$file" "$work/source/$file"; done
    timed rebuild "$run" "${build[@]}"
    for file in "${added_files[@]}"; do rm -f "$work/source/$file"; done
done

echo
echo "Dossier benchmark: $n generated articles (seed $seed), $runs runs, $(nproc) cores, $dossier"
[ -n "$hugo" ] && echo "Hugo: $("$hugo" version | cut -d' ' -f1-2)" || echo "Hugo: not installed, no ratios"
echo "Search indexer off in the timed builds (DOSSIER_PAGEFIND=/nonexistent)."
python3 - "$results" <<'EOF'
import sys
from statistics import median

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
scenarios = {}
for scenario, _run, seconds, kilobytes, stages in rows:
    entry = scenarios.setdefault(scenario, {"seconds": [], "kb": [], "stages": {}})
    entry["seconds"].append(float(seconds))
    entry["kb"].append(int(kilobytes))
    for part in filter(None, stages.split(" · ")):
        name, value, _unit = part.split(" ")
        entry["stages"].setdefault(name, []).append(float(value))

hugo = scenarios.get("hugo")
print()
print(f"{'scenario':<10}{'median s':>10}{'range s':>16}{'peak MiB':>10}{'time/Hugo':>11}{'memory/Hugo':>13}")
for name, entry in scenarios.items():
    seconds, mib = median(entry["seconds"]), median(entry["kb"]) / 1024
    spread = f"{min(entry['seconds']):.2f}-{max(entry['seconds']):.2f}"
    ratios = ""
    if hugo and name != "hugo":
        ratios = f"{seconds / median(hugo['seconds']):>10.1f}x{mib * 1024 / median(hugo['kb']):>12.1f}x"
    print(f"{name:<10}{seconds:>10.2f}{spread:>16}{mib:>10.0f}{ratios}")
print()
print("median stage seconds (dossier build --verbose):")
for name, entry in scenarios.items():
    if entry["stages"]:
        print(f"  {name:<8} " + " · ".join(f"{stage} {median(v):.2f}" for stage, v in entry["stages"].items()))
EOF

file_bytes() { # file_bytes FOLDER: the bytes of its files, folders left out (their size is the file system's)
    find "$1" -type f -printf '%s\n' | awk '{ total += $1 } END { print total + 0 }'
}
size() { # size FOLDER: the files' MB, the number of files and folders, the largest file
    local files folders largest
    files=$(find "$1" -type f | wc -l)
    folders=$(find "$1" -mindepth 1 -type d | wc -l)
    largest=$(find "$1" -type f -printf '%s %P\n' | sort -n | tail -1)
    echo "$(($(file_bytes "$1") / 1000000)) MB in $files files and $folders folders," \
        "largest ${largest%% *} bytes (${largest#* })"
}
echo
echo "output: dossier $(size "$work/public")"
if [ -n "$hugo" ]; then
    echo "output: hugo    $(size "$work/hugo-public")"
    awk -v ours="$(file_bytes "$work/public")" -v hugo="$(file_bytes "$work/hugo-public")" \
        'BEGIN { if (hugo > 0) printf "output ratio (files alone): %.2fx Hugo'"'"'s\n", ours / hugo }'
fi
if [ -n "$pagefind" ]; then
    # The timed builds leave the pages' search data out, and make no search terms, as every
    # build without an index does: one more build, with Pagefind, makes them, puts the data
    # back and indexes the site (its `index` stage).
    if DOSSIER_PAGEFIND=$pagefind /usr/bin/time -f "%e %M" -o "$work/time" "${build[@]}" >"$work/log" 2>&1; then
        read -r seconds kilobytes <"$work/time"
        index=$(sed -n 's/^dossier: stages: .*index \([0-9.]*\) s.*/\1/p' "$work/log")
        stages=$(sed -n 's/^dossier: stages: //p' "$work/log")
        echo "pagefind (once, in a build with search after the last one): ${index:-?} s;" \
            "that build $seconds s at $((kilobytes / 1024)) MiB peak (Pagefind's included)"
        # It scans every article again for the search terms the timed builds do not make.
        echo "  its stages: ${stages:-?}"
    else
        echo "pagefind: the build with search failed: $(tail -1 "$work/log")"
    fi
else
    echo "pagefind: skipped (not installed; scripts/install-deps.sh site installs it)"
fi
