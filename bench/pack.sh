#!/usr/bin/env bash
# Times whole pack builds the way a teacher runs them: a cold JVM each run.
# Usage: bench/pack.sh [RUNS]   (from the repository root, after ./mvnw -B -q package -DskipTests)
# Prints, for the PDFs+JSON variant and the full pack: median wall time and peak RSS over RUNS
# runs (default 5), each run with -Xmx256m to show the pack fits a 256 MB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=dist/briefing.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp seeds/iraq-peace-settlement.txt seeds/iraq-peace-settlement.yaml "$WORK/"

measure() { # name, extra args...
  local name=$1; shift
  local walls=() rss=()
  for i in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/out"
    /usr/bin/time -f '%e %M' -o "$WORK/time.txt" \
      java -Xmx256m -jar "$JAR" "$WORK/iraq-peace-settlement.txt" -o "$WORK/out" --quiet "$@" >/dev/null
    read -r wall kb < "$WORK/time.txt"
    walls+=("$wall"); rss+=("$kb")
  done
  local mw mr
  mw=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-22s median wall %5.2f s   median peak RSS %4d MB   (runs: %s)\n' "$name" "$mw" $((mr / 1024)) "${walls[*]}"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)"
measure "PDFs + JSON" --no-audio
measure "full pack" 
