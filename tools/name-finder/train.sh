#!/usr/bin/env bash
# Trains the name-finder model shipped in src/main/resources/briefingpack/models/en-ner-gum.bin
# from GUM (https://github.com/amir-zeldes/gum) and scores it on GUM's own test split.
#   usage: tools/name-finder/train.sh GUM_GIT_DIR [WORK_DIR]
# GUM_GIT_DIR is a clone of amir-zeldes/gum (its .git directory or work tree); the data are read
# from its HEAD with git, so nothing is copied into this repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
gum="$1"; work="${2:-$(mktemp -d)}"
[ -d "$gum/.git" ] && gum="$gum/.git"
mkdir -p "$work"
for split in train dev test; do python3 "$here/gum2opennlp.py" "$gum" "$split" "$work/$split.txt"; done
cp_file="$work/classpath.txt"
(cd "$repo" && ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null)
simple="$(find ~/.m2/repository/org/slf4j/slf4j-simple -name 'slf4j-simple-2*.jar' | head -1)" # prints the CLI's report
cp="$(cat "$cp_file"):$simple"
nice java -cp "$cp" opennlp.tools.cmdline.CLI TokenNameFinderTrainer -lang en -encoding UTF-8 \
    -data "$work/train.txt" -model "$work/en-ner-gum.bin" -params "$here/params.txt"
nice java -cp "$cp" opennlp.tools.cmdline.CLI TokenNameFinderEvaluator -encoding UTF-8 \
    -model "$work/en-ner-gum.bin" -data "$work/test.txt" -reportOutputFile "$work/test-report.txt"
grep -E 'person-start|organization-start|place-start|event-start' "$work/test-report.txt"
cp "$work/en-ner-gum.bin" "$repo/src/main/resources/briefingpack/models/en-ner-gum.bin"
