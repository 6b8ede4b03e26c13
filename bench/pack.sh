#!/usr/bin/env bash
# Times whole pack builds the way a teacher runs them: a cold JVM each run.
# Usage: bench/pack.sh [RUNS]   (from the repository root, after ./mvnw -B -q package -DskipTests)
# Prints, for the PDFs+JSON variant, the full pack and the full pack with braille: median wall time and peak RSS over RUNS
# runs (default 5), each run with -Xmx256m to show the pack fits a 256 MB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=${JAR:-dist/briefing.jar} # JAR=other.jar bench/pack.sh: the same runs with another build
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp seeds/iraq-peace-settlement.txt seeds/iraq-peace-settlement.yaml "$WORK/"

measure() { # name, extra args...
  local name=$1; shift
  local walls=() rss=() cpus=()
  for i in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/out"
    /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" \
      java -Xmx256m -jar "$JAR" "$WORK/iraq-peace-settlement.txt" -o "$WORK/out" --quiet "$@" >/dev/null
    read -r wall kb user sys < "$WORK/time.txt"
    walls+=("$wall"); rss+=("$kb"); cpus+=("$(echo "$user + $sys" | bc)")
  done
  local mw mr mc
  mw=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mc=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-14s median wall %5.2f s   CPU %5.2f s   peak RSS %4d MB   (walls: %s)\n' "$name" "$mw" "$mc" $((mr / 1024)) "${walls[*]}"
}

# CPU time (user + system) is reported beside wall time: on a busy machine it still shows the
# work done, and wall time on an idle 2-core machine is about max(CPU / 2, critical path).
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)"
measure "PDFs + JSON" --no-audio --no-braille
measure "full, no braille" --no-braille
measure "full pack"
