#!/usr/bin/env bash
# How time and memory grow with the article: plain articles of 10, 50, 100, 500 and 1,000 KB
# (made by the test-data generator, fixed seeds), one cold-JVM pack each under -Xmx512m.
# Usage: bench/growth.sh [--audio]   (from the repository root, after ./mvnw -B -q package -DskipTests)
# Without --audio the packs are built with --no-audio. The word limit is raised (1 MB of text is
# about 170,000 words, past the default --max-words) so the growth itself is measured. Prints wall time and peak RSS per size and
# the 100 KB -> 1 MB ratios (targets: time at most 12x, RSS at most 3x).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=dist/briefing.jar
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
AUDIO=--no-audio; [ "${1:-}" = --audio ] && AUDIO=
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -cp target/test-classes app.briefingpack.fuzz.HardInputs "$WORK/in" size-10kb size-50kb size-100kb size-500kb size-1000kb >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; ${AUDIO:-with audio}"
declare -A WALL RSS
for kb in 10 50 100 500 1000; do
  rm -rf "$WORK/out"
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" java -Xmx512m -jar "$JAR" "$WORK/in/size-${kb}kb.txt" -o "$WORK/out" -q --max-words 1000000 $AUDIO >/dev/null \
    || echo "size-${kb}kb: the build failed" >&2
  read -r wall kb_rss < "$WORK/time.txt"
  WALL[$kb]=$wall; RSS[$kb]=$kb_rss
  printf '%5d KB   wall %7.2f s   peak RSS %5d MB\n' "$kb" "$wall" $((kb_rss / 1024))
done
printf '100 KB -> 1 MB: time x%.1f (target <= 12), peak RSS x%.1f (target <= 3)\n' \
  "$(echo "${WALL[1000]} / ${WALL[100]}" | bc -l)" "$(echo "${RSS[1000]} / ${RSS[100]}" | bc -l)"
