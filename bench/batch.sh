#!/usr/bin/env bash
# Batch benchmark: builds packs for 50 generated articles with --jobs 1 and with --jobs 2,
# checks the two sets of packs are identical byte for byte (the PDF writer is deterministic),
# and prints the median times of REPEAT alternating runs (default 3) and their ratio.
# Target: --jobs 2 takes under 60% of --jobs 1.
#
#   ./mvnw -B -q package -DskipTests && bench/batch.sh        (N=20 REPEAT=1 bench/batch.sh for less)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-dist/briefing.jar}
N=${N:-50}
REPEAT=${REPEAT:-3}
SAMPLE=seeds/iraq-peace-settlement.txt
[ -f "$JAR" ] || { echo "bench: $JAR not found; build it first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
[ -f "$SAMPLE" ] || { echo "bench: $SAMPLE not found" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/briefing-bench.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"

# The sample's paragraphs (blank-line separated), minus the newsletter lines and bio at the end.
mapfile -t paragraphs < <(awk 'BEGIN{RS=""} {gsub(/\n/, " "); print}' "$SAMPLE" | head -n -3)
count=${#paragraphs[@]}
months=(01 02 03 04 05 06 07 08 09 10 11 12)
for ((i = 1; i <= N; i++)); do
    name=$(printf 'article-%02d' "$i")
    {
        printf -- '---\ntitle: "Negotiating peace, part %d"\nauthor: Test Author %d\npublication: Bench Weekly\ndate: 20%02d-%s\n---\n' \
            "$i" "$i" $((i % 20 + 1)) "${months[$((i % 12))]}"
        # a different length and order for each article: rotate, and take 4 to all paragraphs
        take=$((4 + i % (count - 3)))
        for ((k = 0; k < take; k++)); do
            printf '%s\n\n' "${paragraphs[$(((i + k) % count))]}"
        done
    } > "$work/in/$name.txt"
done

run() { # jobs, output dir; prints the seconds taken
    local start end
    start=$(date +%s.%N)
    java -jar "$JAR" "$work/in" -o "$2" --no-audio --large-print --jobs "$1" -q ${ONLY:+--only "$ONLY"} > /dev/null
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN{printf "%.2f", e - s}'
}

echo "bench: $N articles, $(nproc) cores, $(java -version 2>&1 | head -1), median of $REPEAT"
java -jar "$JAR" --version
[ -z "${ONLY:-}" ] || echo "bench: --only $ONLY"
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
times1=() times2=()
for ((r = 1; r <= REPEAT; r++)); do # alternate, so a busy spell on the machine hits both
    rm -rf "$work/jobs1" "$work/jobs2"
    times1+=("$(run 1 "$work/jobs1")")
    times2+=("$(run 2 "$work/jobs2")")
    echo "run $r: --jobs 1 ${times1[-1]} s, --jobs 2 ${times2[-1]} s"
done
t1=$(median "${times1[@]}")
t2=$(median "${times2[@]}")
echo "--jobs 1: ${t1} s"
echo "--jobs 2: ${t2} s"

packs=$(find "$work/jobs1" -name briefing.json | wc -l)
[ -z "${KEEP:-}" ] || echo "bench: kept $work"
pdfs=$(find "$work/jobs1" -name '*.pdf' | wc -l)
if diff -r -q "$work/jobs1" "$work/jobs2" > "$work/diff.txt"; then
    echo "identical: $packs packs, $pdfs PDFs and every briefing.json byte for byte"
else
    echo "bench: the packs differ between --jobs 1 and --jobs 2:" >&2
    head -20 "$work/diff.txt" >&2
    exit 1
fi
[ "$packs" -eq "$N" ] || { echo "bench: expected $N packs, found $packs" >&2; exit 1; }
awk -v a="$t1" -v b="$t2" 'BEGIN{r = b / a; printf "ratio jobs2/jobs1: %.2f (%s)\n", r, (r < 0.6 ? "meets the < 0.60 target" : "misses the < 0.60 target")}'
