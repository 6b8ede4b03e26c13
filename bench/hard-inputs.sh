#!/usr/bin/env bash
# Every hard input of the test-data generator (deep nesting, huge lines and words, delimiter runs,
# floods of entities, dates and paragraphs; see src/test/java/.../fuzz/HardInputs.java) built as a
# whole pack, each in a cold JVM under -Xmx512m with a 30 s limit. Prints the outcome, wall time
# and peak RSS of each, and flags any case over 30 s or 1 GB.
# Usage: bench/hard-inputs.sh [NAME-PART ...] [-- extra options for the program]
set -uo pipefail
cd "$(dirname "$0")/.."
JAR=dist/briefing.jar
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
parts=(); while [ $# -gt 0 ] && [ "$1" != -- ]; do parts+=("$1"); shift; done; [ "${1:-}" = -- ] && shift
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -cp target/test-classes app.briefingpack.fuzz.HardInputs "$WORK/in" "${parts[@]}" >/dev/null
# Options for the pack go after "--" (bench/hard-inputs.sh -- --no-audio); anything before it names cases.
compgen -G "$WORK/in/*" >/dev/null || { echo "no such case: ${parts[*]}" >&2; exit 1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
bad=0
for f in "$WORK"/in/*; do
  name=$(basename "$f")
  case $name in *.brief.yaml) continue;; esac # a case's corrections, read beside its article
  rm -rf "$WORK/out"
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" timeout 30 java -Xmx512m -jar "$JAR" "$f" -o "$WORK/out" -q "$@" \
    >/dev/null 2>"$WORK/err.txt"
  rc=$?
  read -r wall rss < <(tail -1 "$WORK/time.txt")
  case $rc in 0) what=built;; 1) what="refused: $(head -c 100 "$WORK/err.txt" | head -1)";; 124) what="TIMED OUT";; *) what="exit $rc";; esac
  lines=$(wc -l < "$WORK/err.txt")
  flag=; { [ "$rc" = 124 ] || [ "$rc" -gt 1 ] || { [ "$rc" = 1 ] && [ "$lines" != 1 ]; } || [ "$((rss / 1024))" -gt 1024 ]; } && { flag=' <-- over the limit'; bad=$((bad + 1)); }
  printf '%-36s %6.2f s %5d MB  %s%s\n' "$name" "$wall" $((rss / 1024)) "$what" "$flag"
done
echo "$bad case(s) over 30 s or 1 GB or failing without a one-line error"
