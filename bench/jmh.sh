#!/usr/bin/env bash
# Runs the JMH benchmarks (classes named *Benchmark under src/test/java).
# Usage: bench/jmh.sh [JMH options...]   e.g. bench/jmh.sh 'Pipeline' -f 1 -wi 3 -i 5
# With no options it runs every benchmark with the settings written on each class.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
CP_FILE=target/jmh-classpath.txt
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.openjdk.jmh.Main "$@"
