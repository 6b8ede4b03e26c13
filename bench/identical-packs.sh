#!/usr/bin/env bash
# Acceptance check for refactors: builds the same packs with two JARs and compares every file
# byte for byte. Packs are deterministic (PDFs carry no date or random ID; the EPUB's only clock
# reading is its dcterms:modified stamp, which is masked before comparing).
#
#   bench/identical-packs.sh OLD.jar [NEW.jar]      (NEW defaults to dist/briefing.jar)
#
# Inputs: the bundled sample (seeds/), the shared seeds (SHARED_SEEDS, else ../shared/seeds when
# present), and N (default 50) generated articles: deterministic recombinations of the seeds'
# paragraphs as .txt and .md, with front matter, sidecars and varied dates. Runs: Letter and A4,
# standard and --large-print, braille grade 2 and 1, without audio; then the sample with audio.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=${1:?usage: bench/identical-packs.sh OLD.jar [NEW.jar]}
NEW=${2:-dist/briefing.jar}
N=${N:-50}
for j in "$OLD" "$NEW"; do [ -f "$j" ] || { echo "identical-packs: $j not found" >&2; exit 2; }; done
work=$(mktemp -d "${TMPDIR:-/tmp}/identical-packs.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/sample"

cp seeds/* "$work/sample/"
shared=""
for d in ${SHARED_SEEDS:-} ../shared/seeds; do [ -d "$d" ] && { shared=$d; break; }; done
[ -z "$shared" ] || cp "$shared"/* "$work/sample/"

# Paragraphs of every seed article (blank-line separated, one a line), the generator's material.
for f in "$work"/sample/*.txt; do awk 'BEGIN{RS=""} {gsub(/\n/, " "); print}' "$f"; done > "$work/paragraphs"
mapfile -t paragraphs < "$work/paragraphs"
count=${#paragraphs[@]}
months=(01 02 03 04 05 06 07 08 09 10 11 12)
for ((i = 1; i <= N; i++)); do
    name=$(printf 'gen-%02d' "$i")
    ext=txt; [ $((i % 3)) -eq 0 ] && ext=md
    take=$((3 + (i * 7) % 12))
    {
        if [ $((i % 4)) -ne 1 ]; then # front matter in three of four; the others have a sidecar
            printf -- '---\ntitle: "Generated article %d on talks"\nauthor: Writer %d\npublication: Test Weekly\ndate: %d-%s-%02d\n---\n' \
                "$i" "$i" $((1990 + i % 35)) "${months[$((i % 12))]}" $((1 + i % 28))
        else
            printf 'title: Generated article %d\ndate: %d-%s\n' "$i" $((2000 + i)) "${months[$((i % 12))]}" > "$work/in/$name.yaml"
        fi
        [ "$ext" = md ] && printf '# Generated article %d\n\n' "$i"
        for ((k = 0; k < take; k++)); do
            p=${paragraphs[$(((i * 5 + k * 3) % count))]}
            if [ "$ext" = md ] && [ $((k % 5)) -eq 4 ]; then printf '## Part %d\n\n' "$k"; fi
            if [ "$ext" = md ] && [ $((k % 7)) -eq 6 ]; then printf '> %s\n\n' "$p"; else printf '%s\n\n' "$p"; fi
        done
    } > "$work/in/$name.$ext"
done

build() { # jar, output, args...
    local jar=$1 out=$2; shift 2
    java -jar "$jar" "$@" -o "$out" -q > /dev/null 2> "$out.err" || { echo "identical-packs: $jar failed with $*:" >&2; cat "$out.err" >&2; }
}
runs=(
  "letter|$work/sample $work/in --no-audio --paper letter --large-print"
  "a4|$work/sample $work/in --no-audio --paper a4 --large-print"
  "grade1-a4-lp|$work/sample --no-audio --paper a4 --theme large-print --braille-grade 1"
  "audio|$work/sample --paper letter"
)
status=0
for r in "${runs[@]}"; do
    label=${r%%|*}; args=${r#*|}
    # shellcheck disable=SC2086
    build "$OLD" "$work/old-$label" $args
    # shellcheck disable=SC2086
    build "$NEW" "$work/new-$label" $args
    # EPUB: unzip both and mask the modified stamp, the one clock reading in a pack.
    for side in old new; do
        find "$work/$side-$label" -name '*.epub' | while read -r e; do
            mkdir -p "$e.d" && (cd "$e.d" && unzip -q "$e") && rm "$e"
            sed -i 's#<meta property="dcterms:modified">[^<]*</meta>#<meta property="dcterms:modified">MASKED</meta>#' "$e.d"/EPUB/*.opf
        done
    done
    files=$(find "$work/old-$label" -type f | wc -l)
    if diff -r -q "$work/old-$label" "$work/new-$label" > "$work/diff-$label.txt"; then
        echo "$label: identical ($files files, $(find "$work/old-$label" -name briefing.json | wc -l) packs)"
    else
        echo "$label: DIFFERENT ($(wc -l < "$work/diff-$label.txt") of $files files):"
        sed 's/^/  /' "$work/diff-$label.txt" | head -40
        status=1
    fi
done
[ -z "${KEEP:-}" ] || echo "kept $work"
exit $status
