#!/usr/bin/env python3
"""Write the list of person names that the name finder's dictionary feature looks up
(features.xml) into OUT_DIR/person-names.dict, an OpenNLP dictionary; the trainer's -resources
serialises it into the model.

It holds the project's US given names (src/main/resources/briefingpack/lexicon/
given-names.txt.gz, public domain, tools/given-names/make.py: "Michael") and the names of the
people WordNet 3.1 knows (instances in the lexicographer file noun.person: "Einstein",
"Albert Einstein", "Saddam Hussein"), as written. One list, because OpenNLP 2.5.4 gives every
dictionary feature the same name, and its word-cluster lists cannot be saved in a model (their
serialiser closes the model's zip stream).

usage: make-dicts.py GIVEN_NAMES_GZ WORDNET_DATA_JAR OUT_DIR
"""
import gzip, os, sys
from xml.sax.saxutils import escape

from wordnet_people import person_lemmas


def main(given_gz, wordnet_jar, out):
    os.makedirs(out, exist_ok=True)
    with gzip.open(given_gz, "rt", encoding="utf-8") as f:
        names = {(line.strip(),) for line in f if line.strip() and not line.startswith("#")}
    given = len(names)
    for lemma, instance in person_lemmas(wordnet_jar):
        # instances only: "Einstein", not "Iraqi" (a class of people)
        if instance and lemma[0].isupper():
            names.add(tuple(w for w in lemma.split("_") if w))
    with open(os.path.join(out, "person-names.dict"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<dictionary case_sensitive="true">\n')
        for tokens in sorted(names):
            f.write("<entry>%s</entry>\n" % "".join("<token>%s</token>" % escape(t) for t in tokens))
        f.write("</dictionary>\n")
    print("person names: %d given names, %d in all" % (given, len(names)), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
