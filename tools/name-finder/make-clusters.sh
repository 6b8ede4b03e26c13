#!/usr/bin/env bash
# Writes src/main/resources/briefingpack/lexicon/brown-clusters.txt.gz, the word clusters the
# name finder's features read (analysis.entities.WordClusters), from NLP4J's English lexica
# (edu.emory.mathcs.nlp:nlp4j-english:1.1.3 on Maven Central, Apache License 2.0; 261 MB, of
# which this uses the 4 MB cluster list). Needs the project's Maven, xz and a JDK.
#   usage: tools/name-finder/make-clusters.sh [WORK_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
(cd "$repo" && ./mvnw -B -q dependency:copy -Dartifact=edu.emory.mathcs.nlp:nlp4j-english:1.1.3 -DoutputDirectory="$work" >/dev/null)
unzip -o -q "$work/nlp4j-english-1.1.3.jar" edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz -d "$work"
xz -dc "$work/edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz" \
    | java "$here/ClusterList.java" | gzip -9n > "$repo/src/main/resources/briefingpack/lexicon/brown-clusters.txt.gz"
