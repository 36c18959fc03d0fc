#!/usr/bin/env bash
# Times the rebuild scenarios of issue 12 in turn with Hugo's full build of the same site:
# no change, one article added, one note edited, one article's text edited.
#
#   Benchmarks/scenarios.sh DOSSIER HUGO_SITE ADDED [RUNS]
#
# DOSSIER and HUGO_SITE come from `Benchmarks/generate_dossier.py --n 1000 --dossier DOSSIER
# --hugo HUGO_SITE`, ADDED from `generate_dossier.py --first 1001 --n 1 --dossier ADDED` (or from
# another generator writing the same layout); DOSSIER is copied, never changed. Each run prints
# seconds and peak KB per scenario; Pagefind is off. Uses the release binary: run
# `swift build -c release --product dossier` first.
set -euo pipefail
dossier_folder=${1:?usage: Benchmarks/scenarios.sh DOSSIER HUGO_SITE ADDED [RUNS]}
hugo_site=${2:?usage: Benchmarks/scenarios.sh DOSSIER HUGO_SITE ADDED [RUNS]}
added=${3:?usage: Benchmarks/scenarios.sh DOSSIER HUGO_SITE ADDED [RUNS]}
runs=${4:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
dossier="$root/.build/release/dossier"
[ -x "$dossier" ] || { echo "no $dossier: run swift build -c release --product dossier" >&2; exit 1; }
export DOSSIER_PAGEFIND=/nonexistent

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$dossier_folder" "$work/source"
source="$work/source"
# The first of each, by the glob's sorted order (`ls | sort | head -1` could end with SIGPIPE
# under pipefail when head left before sort had written everything).
notes=("$source"/notes/*.md)
articles=("$source"/articles/*.txt)
note=${notes[0]}
article=${articles[0]}
cp "$note" "$work/note.md"
cp "$article" "$work/article.txt"

timed() { # "seconds peak-KB" of the command in $@
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
}
build=("$dossier" build --source "$source" --output "$work/public" --quiet)

"${build[@]}" >/dev/null 2>&1 || true
for run in $(seq "$runs"); do
    hugo=$(timed hugo -s "$hugo_site" -d "$work/hugo" --quiet)
    unchanged=$(timed "${build[@]}")
    cp "$added"/articles/* "$source/articles/"
    add=$(timed "${build[@]}")
    printf '\nملاحظة أضيفت في القياس %s.\n' "$run" >>"$note"
    edit_note=$(timed "${build[@]}")
    printf '\nفقرة أضيفت في القياس %s.\n' "$run" >>"$article"
    edit_article=$(timed "${build[@]}")
    for file in "$added"/articles/*; do rm -f "$source/articles/$(basename "$file")"; done
    cp "$work/note.md" "$note"
    cp "$work/article.txt" "$article"
    "${build[@]}" >/dev/null 2>&1 || true
    echo "run $run: hugo $hugo | unchanged $unchanged | add $add | note $edit_note | article $edit_article"
done
