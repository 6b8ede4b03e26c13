#!/usr/bin/env bash
# Trains the role model shipped in src/main/resources/briefingpack/models/en-role-attach.bin.gz and
# cross-validates it, one set left out at a time (see README.md).
#   usage: tools/role-model/train.sh TEXTS_DIR [cv]
# TEXTS_DIR holds setNN/texts/*.txt for every set under tools/role-model/sets (the pages each
# set's sources.tsv lists, as README.md says they were taken); the gold is read from this folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
texts="$1"; mode="${2:-train}"
work="$(mktemp -d)"
for set in "$here"/sets/set*; do
    name="$(basename "$set")"
    mkdir -p "$work/$name"
    cp "$set/people-gold.tsv" "$work/$name/"
    ln -s "$(cd "$texts/$name/texts" && pwd)" "$work/$name/texts"
done
(cd "$repo" && ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null)
cp="$repo/target/classes:$repo/target/test-classes:$(cat "$work/classpath.txt")"
if [ "$mode" = cv ]; then
    java -cp "$cp" app.briefingpack.analysis.entities.RoleModelTrainer cv "$work"/set*
else
    java -cp "$cp" app.briefingpack.analysis.entities.RoleModelTrainer train \
        "$repo/src/main/resources/briefingpack/models/en-role-attach.bin.gz" "$work"/set*
fi
